import { createDueParsers } from "./createDueParser";
import { parseDue } from "./parseDue";
import type { DayOrderOptions } from "./types";

/** Reading under a day order a column's values decided (see dayOrder.ts). */

const MONTH_FIRST: DayOrderOptions = {
  dayOrder: "month-first",
  dayOrderWhy: "column D's dates are written month first, e.g. 11/14/24",
};
const NOTE = "read month first: column D's dates are written month first, e.g. 11/14/24";

describe("a column read month first", () => {
  test.each([
    ["11/14/24", "2024-11-14"],
    ["1/10/09", "2009-01-10"],
    ["12/31/2024", "2024-12-31"],
    ["By 3/31/2025", "2025-03-31"],
    ["11/14/2024 10:30 AM", "2024-11-14"],
    ["Thu 11/14/2024", "2024-11-14"],
  ])("%p → %s, and the reading says why", (text, iso) => {
    const due = parseDue(text, MONTH_FIRST);
    expect(due).toMatchObject({ kind: "date", end: iso });
    expect(due.reading).toContain(NOTE);
  });

  test("the reading of one day is the one the issue asks for", () => {
    expect(parseDue("11/14/24", MONTH_FIRST).reading).toBe(`14 Nov 2024 (${NOTE})`);
  });

  test("a range of numeric dates says so too", () => {
    const due = parseDue("11/1/24 - 11/14/24", MONTH_FIRST);
    expect(due).toMatchObject({ kind: "range", start: "2024-11-01", end: "2024-11-14" });
    expect(due.reading).toBe(`1 Nov 2024 to 14 Nov 2024; ${NOTE}`);
  });

  test("dates written in words or ISO are not affected, and say nothing about the order", () => {
    expect(parseDue("14 November 2024", MONTH_FIRST)).toMatchObject({ end: "2024-11-14", reading: "14 Nov 2024" });
    expect(parseDue("2024-11-14", MONTH_FIRST)).toMatchObject({ end: "2024-11-14", reading: "14 Nov 2024" });
    expect(parseDue("March 2025", MONTH_FIRST).end).toBe("2025-03-31");
  });

  test("a value only day first can read stays unparsed: the column decides, never the single value", () => {
    expect(parseDue("14/11/24", MONTH_FIRST)).toMatchObject({
      kind: "unparsed",
      reading:
        "not read as a date: not a real date read month first (day first it would be 14 Nov 2024); column D's dates are written month first, e.g. 11/14/24",
    });
  });
});

describe("the UK default", () => {
  test("day first, and a month-first-only value says what it would be", () => {
    expect(parseDue("1/10/09")).toMatchObject({ end: "2009-10-01", reading: "1 Oct 2009 (read day first)" });
    expect(parseDue("11/14/24")).toMatchObject({
      kind: "unparsed",
      reading: "not read as a date: not a real date read day first (month first it would be 14 Nov 2024)",
    });
  });

  test("a conflicting column keeps day first and says so in every numeric reading", () => {
    const why = "column C has dates written both ways (14/11/24 and 11/14/24), so UK day first is kept";
    expect(parseDue("1/10/09", { dayOrder: "day-first", dayOrderWhy: why }).reading).toBe(`1 Oct 2009 (read day first: ${why})`);
  });
});

describe("createDueParsers: one reader per day order, remembered", () => {
  test("no order gives the run's default reader; the same order gives the same reader", () => {
    const readers = createDueParsers({ quarters: "financial" });
    expect(readers()).toBe(readers({}));
    expect(readers(MONTH_FIRST)).toBe(readers({ ...MONTH_FIRST }));
    expect(readers(MONTH_FIRST)).not.toBe(readers());
  });

  test("each reader keeps the run's options and adds the order", () => {
    const readers = createDueParsers({ quarters: "financial" });
    expect(readers(MONTH_FIRST)({ kind: "text", value: "Q2 2010" }).end).toBe("2010-09-30");
    expect(readers(MONTH_FIRST)({ kind: "text", value: "2/1/2010" }).end).toBe("2010-02-01");
    expect(readers()({ kind: "text", value: "2/1/2010" }).end).toBe("2010-01-02");
  });
});
