import { parseDue } from "./parseDue";

/** Day spans written with the month and year once: the deadline is the last day. */

describe("day spans", () => {
  test.each([
    ["19 - 23/2/2018", "2018-02-19", "2018-02-23"],
    ["1-30/4/2018", "2018-04-01", "2018-04-30"],
    ["19-23 Feb 2018", "2018-02-19", "2018-02-23"],
    ["19th – 23rd February 2018", "2018-02-19", "2018-02-23"],
    ["3 - 7/10/24", "2024-10-03", "2024-10-07"],
  ])("%p → %s to %s", (text, start, end) => {
    expect(parseDue(text)).toMatchObject({ kind: "range", start, end, text });
  });

  test("the reading gives both days", () => {
    expect(parseDue("19 - 23/2/2018").reading).toBe("19 Feb 2018 to 23 Feb 2018");
  });

  test("a month-first column puts the borrowed day second", () => {
    expect(parseDue("19 - 2/23/2018", { dayOrder: "month-first" })).toMatchObject({ kind: "range", start: "2018-02-19", end: "2018-02-23" });
  });

  test.each(["23 - 19/2/2018", "19 - 31/2/2018", "19 23/2/2018", "19 - 23/2", "40 - 23/2/2018"])("%p is not read", (text) => {
    expect(parseDue(text)).toMatchObject({ kind: "unparsed", start: null, end: null });
  });
});
