import type { Cell } from "../grid";
import { dueFromCell, parseDue } from "./parseDue";
import { PLACEHOLDER_READING } from "./results";

/** Zero dates standing in for a blank date: no date, and marked so the officer is told to fix them. */

describe("zero dates written as text", () => {
  test.each(["1899-12-30", "1899-12-31", "1900-01-00", "1900-01-01", "1900-12-30", "0000-00-00", "0000-00-00 00:00:00", "00/01/1900", "30/12/1899", "0-Jan-00", "30-Dec-1899", "1/0/1900"])(
    "%p → no date, a placeholder",
    (text) => {
      expect(parseDue(text)).toEqual({ kind: "none", text, start: null, end: null, reading: PLACEHOLDER_READING, placeholder: true });
    },
  );

  test("the reading says what it is", () => {
    expect(PLACEHOLDER_READING).toBe("a placeholder zero date (what a blank date becomes in Excel or a database), not a deadline: no date");
  });

  test.each([
    ["1900", "date"], // a bare year is left to the year rule
    ["01/01/1901", "date"],
    ["0/1/2010", "unparsed"],
    ["00/01/2010", "unparsed"],
  ])("%p is not a placeholder (%s)", (text, kind) => {
    const due = parseDue(text);
    expect(due.kind).toBe(kind);
    expect("placeholder" in due).toBe(false);
  });
});

describe("zero dates in cells", () => {
  test.each<[Cell, 1900 | 1904]>([
    [{ kind: "number", value: 0 }, 1900], // a blank date cell's formula, or a date-formatted 0 the reader left a number
    [{ kind: "number", value: 0 }, 1904],
    [{ kind: "date", value: "1899-12-30" }, 1900],
    [{ kind: "date", value: "1899-12-31" }, 1900],
    [{ kind: "date", value: "1900-01-00" }, 1900],
    [{ kind: "date", value: "1900-01-01" }, 1900], // serial 1, date-formatted
    [{ kind: "date", value: "1904-01-01" }, 1904], // serial 0 of the 1904 system
    [{ kind: "date", value: "1904-01-02" }, 1904],
  ])("%p in the %p system → no date, a placeholder", (cell, dateSystem) => {
    expect(dueFromCell(cell, { dateSystem })).toMatchObject({ kind: "none", start: null, end: null, placeholder: true });
  });

  test("1 January 1904 is a real day in a 1900-system workbook (if an odd deadline)", () => {
    expect(dueFromCell({ kind: "date", value: "1904-01-01" }).kind).toBe("date");
  });

  test("a plain 1 stays a number that is not a date", () => {
    expect(dueFromCell({ kind: "number", value: 1 }).kind).toBe("unparsed");
  });
});
