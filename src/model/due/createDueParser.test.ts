import type { Cell } from "../grid";
import { DUE_CACHE_LIMIT, createDueParser } from "./createDueParser";
import { dueFromCell, parseDue } from "./parseDue";

describe("createDueParser", () => {
  test("gives the same result as dueFromCell", () => {
    const read = createDueParser();
    const cells: Cell[] = [
      { kind: "text", value: "May 2009" },
      { kind: "text", value: "Q2 2010" },
      { kind: "text", value: "When funding allows" },
      { kind: "number", value: 40268 },
      { kind: "date", value: "2010-03-31" },
      { kind: "empty" },
      { kind: "boolean", value: true },
      { kind: "error", value: "#N/A" },
    ];
    for (const cell of cells) expect(read(cell)).toEqual(dueFromCell(cell));
  });

  test("a repeated value returns the identical (cached) object", () => {
    const read = createDueParser();
    const first = read({ kind: "text", value: "Ongoing from May 2009" });
    const again = read({ kind: "text", value: "Ongoing from May 2009" });
    expect(again).toBe(first);
    expect(again).toEqual(parseDue("Ongoing from May 2009"));
    expect(read({ kind: "number", value: 40268 })).toBe(read({ kind: "number", value: 40268 }));
    expect(read({ kind: "date", value: "2010-03-31" })).toBe(read({ kind: "date", value: "2010-03-31" }));
  });

  test("cached results are frozen, so one caller cannot change another's", () => {
    const read = createDueParser();
    const due = read({ kind: "text", value: "May 2009" });
    expect(Object.isFrozen(due)).toBe(true);
    expect(Object.isFrozen(read({ kind: "empty" }))).toBe(true);
  });

  test("text and numbers with the same spelling are cached apart", () => {
    const read = createDueParser();
    expect(read({ kind: "number", value: 40268 }).reading).not.toMatch(/written as a number/);
    expect(read({ kind: "text", value: "40268" }).reading).toMatch(/written as a number/);
  });

  test("the options are applied, per parser", () => {
    const calendar = createDueParser();
    const financial = createDueParser({ quarters: "financial", dateSystem: 1904, yearPairs: "range" });
    const q2: Cell = { kind: "text", value: "Q2 2010" };
    expect(calendar(q2).end).toBe("2010-06-30");
    expect(financial(q2).end).toBe("2010-09-30");
    expect(financial({ kind: "number", value: 38806 }).end).toBe("2010-03-31");
    expect(financial({ kind: "text", value: "2010-2011" }).kind).toBe("range");
  });

  test("the cache is bounded: past the limit it starts again, and results stay correct", () => {
    const read = createDueParser();
    const first = read({ kind: "text", value: "May 2009" });
    for (let i = 0; i < DUE_CACHE_LIMIT; i++) read({ kind: "number", value: 20000 + i });
    const after = read({ kind: "text", value: "May 2009" });
    expect(after).not.toBe(first);
    expect(after).toEqual(first);
  });
});
