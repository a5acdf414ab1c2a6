import type { Cell } from "../grid";
import { isoToSerial } from "../excelDate";
import { dueFromCell } from "./parseDue";

describe("date cells", () => {
  test("a date cell is that day, with the ISO text kept", () => {
    expect(dueFromCell({ kind: "date", value: "2010-03-31" })).toEqual({
      kind: "date",
      text: "2010-03-31",
      start: "2010-03-31",
      end: "2010-03-31",
    });
  });

  test("a time part never moves the day", () => {
    expect(dueFromCell({ kind: "date", value: "2010-03-31T23:30:00" })).toMatchObject({ kind: "date", end: "2010-03-31" });
  });

  test("an impossible date cell is unparsed", () => {
    expect(dueFromCell({ kind: "date", value: "2010-02-30" })).toMatchObject({ kind: "unparsed", text: "2010-02-30" });
  });
});

describe("number cells as Excel serials", () => {
  test.each([
    [40268, 1900, "2010-03-31"],
    [38806, 1904, "2010-03-31"],
    [39933, 1900, "2009-04-30"],
    [38471, 1904, "2009-04-30"],
    [40268.75, 1900, "2010-03-31"],
  ] as const)("%p in the %p system → %s", (serial, dateSystem, iso) => {
    const due = dueFromCell({ kind: "number", value: serial }, { dateSystem });
    expect(due).toMatchObject({ kind: "date", start: iso, end: iso, text: String(serial) });
    expect(due.reading).toBe(`Excel date serial ${serial} in the ${dateSystem} date system`);
  });

  test("the 1900 system is the default", () => {
    expect(dueFromCell({ kind: "number", value: 40268 }).end).toBe("2010-03-31");
  });

  test("the serial window is 1 Jan 1950 – 31 Dec 2099 in either system", () => {
    for (const system of [1900, 1904] as const) {
      const first = isoToSerial("1950-01-01", system);
      const last = isoToSerial("2099-12-31", system);
      expect(dueFromCell({ kind: "number", value: first }, { dateSystem: system }).end).toBe("1950-01-01");
      expect(dueFromCell({ kind: "number", value: last }, { dateSystem: system }).end).toBe("2099-12-31");
      expect(dueFromCell({ kind: "number", value: first - 1 }, { dateSystem: system }).kind).toBe("unparsed");
      expect(dueFromCell({ kind: "number", value: last + 1 }, { dateSystem: system }).kind).toBe("unparsed");
    }
  });

  test("a whole number 1900–2099 is a year typed into the cell, read like the text", () => {
    expect(dueFromCell({ kind: "number", value: 2010 })).toMatchObject({
      kind: "date",
      text: "2010",
      start: "2010-12-31",
      end: "2010-12-31",
      reading: "end of 2010 (31 Dec 2010)",
    });
  });

  // 0 is a placeholder zero date: no date, with its own finding (placeholder.test.ts).
  test.each([1, 7, 1234, 2100, 5000, 2958465, -40268, 3.5, 2010.5, Number.NaN, Number.POSITIVE_INFINITY])(
    "%p is not a date",
    (value) => {
      expect(dueFromCell({ kind: "number", value })).toMatchObject({ kind: "unparsed", start: null, end: null });
    },
  );
});

describe("other cells", () => {
  test("text cells go through parseDue, keeping the text as written", () => {
    expect(dueFromCell({ kind: "text", value: " By Sept 2010 " })).toMatchObject({
      kind: "date",
      text: " By Sept 2010 ",
      end: "2010-09-30",
    });
  });

  test("text quarters follow the options", () => {
    expect(dueFromCell({ kind: "text", value: "Q2 2010" }, { quarters: "financial" }).end).toBe("2010-09-30");
  });

  test("an empty cell has no date", () => {
    expect(dueFromCell({ kind: "empty" })).toEqual({ kind: "none", text: "", start: null, end: null });
  });

  test.each<[Cell, string]>([
    [{ kind: "boolean", value: true }, "TRUE"],
    [{ kind: "boolean", value: false }, "FALSE"],
    [{ kind: "error", value: "#N/A" }, "#N/A"],
    [{ kind: "error", value: "#REF!" }, "#REF!"],
  ])("%p is unparsed", (cell, text) => {
    expect(dueFromCell(cell)).toMatchObject({ kind: "unparsed", text, start: null, end: null });
  });
});
