import { findFlagColumns, FLAG_COLUMN_TITLES } from "./flagColumns";

describe("findFlagColumns", () => {
  const flags = [...FLAG_COLUMN_TITLES];

  test("finds the four headings side by side, in order, wherever they start", () => {
    expect(findFlagColumns(flags)).toBe(0);
    expect(findFlagColumns(["Action", "Due", "Status", ...flags, "Notes"])).toBe(3);
  });

  test("ignores case and spacing, as the headings may be retyped", () => {
    expect(findFlagColumns(["Action", "COMPLETE ", " overdue", "Days\u00a0 Overdue", "rag"])).toBe(1);
  });

  test("not when apart, out of order, incomplete or spelt otherwise", () => {
    expect(findFlagColumns(["Complete", "Overdue", "Days overdue", "Notes", "RAG"])).toBe(-1);
    expect(findFlagColumns(["Overdue", "Complete", "Days overdue", "RAG"])).toBe(-1);
    expect(findFlagColumns(["Action", "Complete", "Overdue", "Days overdue"])).toBe(-1);
    expect(findFlagColumns(["Complete?", "Overdue", "Days overdue", "RAG"])).toBe(-1);
    expect(findFlagColumns(["Complete", undefined, "Overdue", "Days overdue", "RAG"])).toBe(-1);
    expect(findFlagColumns([])).toBe(-1);
  });

  test("from a column on, for a second block on the same row", () => {
    const row = ["Action", ...flags, "Notes", ...flags];
    expect(findFlagColumns(row)).toBe(1);
    expect(findFlagColumns(row, 5)).toBe(6);
    expect(findFlagColumns(row, 7)).toBe(-1);
  });
});
