import { findFlagColumns, FLAG_COLUMN_TITLES, FLAGS_SPILL_TITLES, isFlagsSpill } from "./flagColumns";

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

describe("isFlagsSpill", () => {
  const labels = ["Action", "Due", "Status", "Due by", "Status", ...FLAG_COLUMN_TITLES];

  test("the four headings after FLAGS's Due by and Status, over FLAGS's own states, are a spill's", () => {
    expect(isFlagsSpill(labels, 5, ["complete", "in-progress", "", "not-started", "blocked", "cancelled", "unknown"])).toBe(true);
  });

  test("not over states an officer writes, nor after other headings", () => {
    expect(isFlagsSpill(labels, 5, ["complete", "In progress"])).toBe(false);
    expect(isFlagsSpill(labels, 5, ["Complete – see notes"])).toBe(false);
    expect(isFlagsSpill(["Action", "Deadline", "Progress", ...FLAG_COLUMN_TITLES], 3, ["complete"])).toBe(false);
    expect(isFlagsSpill([...FLAG_COLUMN_TITLES], 0, [])).toBe(false);
  });

  test("its titles are FLAGS's own columns", () => expect(FLAGS_SPILL_TITLES).toEqual(["Due by", "Status", ...FLAG_COLUMN_TITLES]));
});
