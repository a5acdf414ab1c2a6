/** "Add flag columns": the request the pane computes from the model's report of a sheet. */
import path from "node:path";
import { analyseSheet, type Cell, type Grid } from "../../../src/model";
import { FLAG_COLUMN_TITLES } from "../../../src/taskpane/hostApi";
import { flagColumnRequests, flagColumnStart } from "../../../src/taskpane/ui/flags/flagRequests";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { gridOf, PLAN } from "./fakeHost";
import { FIXTURES } from "./sampleFiles";

const SETTINGS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };

async function sheetOf(file: string, index = 0): Promise<Grid> {
  const read = await readWorkbook(path.join(FIXTURES, file));
  if (!read.ok) throw new Error(read.error.message);
  return read.book.sheets[index];
}

test("one request per plan table: Selby's two tables each get flags beside them, for their own rows", async () => {
  const grid = await sheetOf("Selby action plan 2010.xlsx");
  const report = analyseSheet(grid, SETTINGS);
  const requests = flagColumnRequests(grid, report, "formulas", SETTINGS);
  expect(requests.map((r) => [r.headerRow, r.lastRow, r.dueCol, r.statusCol, r.firstFlagCol])).toEqual([
    [3, Math.max(...report.rows.filter((r) => r.table === 0).map((r) => r.row)), 2, 3, 6],
    [15, Math.max(...report.rows.filter((r) => r.table === 1).map((r) => r.row)), 2, 3, 6],
  ]);
  expect(requests.flatMap((r) => r.rows.map((f) => f.row))).toEqual(report.rows.map((r) => r.row));
  expect(requests[0].rows[0]).toEqual({ row: report.rows[0].row, complete: report.rows[0].complete, overdue: report.rows[0].overdue, daysOverdue: report.rows[0].daysOverdue, rag: report.rows[0].rag });
});

test("a plan with no status column (police) gets flags with statusCol null", async () => {
  const grid = await sheetOf("police-engagement-plan.xlsx");
  const [request] = flagColumnRequests(grid, analyseSheet(grid, SETTINGS), "values", SETTINGS);
  expect(request.statusCol).toBeNull();
  expect(request.mode).toBe("values");
});

test.each(["formulas", "values"] as const)("police, flags added as %s and the sheet read again: the same request, with no status column", async (mode) => {
  const grid = await sheetOf("police-engagement-plan.xlsx");
  const first = flagColumnRequests(grid, analyseSheet(grid, SETTINGS), mode, SETTINGS);
  // The sheet as Excel shows it after the first time: the headings, then each action row's flags (calculated).
  const rows = grid.rows.map((cells) => [...cells]);
  for (const r of first) {
    const put = (row: number, col: number, cell: Cell) => {
      while (rows[row].length < col) rows[row].push({ kind: "empty" });
      rows[row][col] = cell;
    };
    FLAG_COLUMN_TITLES.forEach((value, i) => put(r.headerRow - 1, r.firstFlagCol + i, { kind: "text", value }));
    for (const f of r.rows) {
      const shown: Cell[] = [{ kind: "boolean", value: f.complete }, { kind: "boolean", value: f.overdue }, { kind: "number", value: f.daysOverdue }, { kind: "text", value: f.rag }];
      shown.forEach((cell, i) => put(f.row - 1, r.firstFlagCol + i, cell));
    }
  }
  const again = { ...grid, rows };
  const second = flagColumnRequests(again, analyseSheet(again, SETTINGS), mode, SETTINGS);
  expect(second).toEqual(first);
  expect(second.map((r) => [r.statusCol, r.firstFlagCol])).toEqual([[null, 5]]);
});

test("flag columns start right of every value and merged cell between the header and the last row", () => {
  expect(flagColumnStart(PLAN, 3, 7)).toBe(5);
  const wide = { ...PLAN, rows: PLAN.rows.map((r, i) => (i === 5 ? [...r, null as never, { kind: "text" as const, value: "a note" }] : r)) };
  expect(flagColumnStart(wide, 3, 7)).toBe(7);
  const merged = { ...PLAN, merges: [{ top: 4, bottom: 5, left: 4, right: 8 }] };
  expect(flagColumnStart(merged, 3, 7)).toBe(9);
  const titleAbove = { ...PLAN, merges: [{ top: 0, bottom: 0, left: 0, right: 12 }] };
  expect(flagColumnStart(titleAbove, 3, 7)).toBe(5);
});

test("adding flags again puts them where they already are, instead of beside them", () => {
  const rows = PLAN.rows.map((cells, i) => (i === 2 ? [...cells, ...FLAG_COLUMN_TITLES.map((value) => ({ kind: "text" as const, value }))] : i > 2 ? [...cells, ...["TRUE", "FALSE", "0", "blue"].map((value) => ({ kind: "text" as const, value }))] : cells));
  const flagged = { ...PLAN, rows };
  expect(flagColumnStart(flagged, 3, 7)).toBe(5);
  const [request] = flagColumnRequests(flagged, analyseSheet(flagged, SETTINGS), "formulas", SETTINGS);
  expect(request.firstFlagCol).toBe(5);
  expect([request.dueCol, request.statusCol]).toEqual([3, 4]);
});

test("a PLAN.FLAGS spill beside the plan is not earlier flag columns: new ones go right of it", () => {
  const text = (value: string): Cell => ({ kind: "text", value });
  const spill = (status: string) => ["40360", status, "FALSE", "TRUE", "92", "red"].map(text);
  // =PLAN.FLAGS(A3:E7) in G3 (a blank column F between): its titles on the header row, its states below.
  const rows = PLAN.rows.map((cells, i) =>
    i === 2 ? [...cells, { kind: "empty" as const }, ...["Due by", "Status", ...FLAG_COLUMN_TITLES].map(text)] : i > 2 ? [...cells, { kind: "empty" as const }, ...spill(i % 2 ? "in-progress" : "complete")] : cells,
  );
  expect(flagColumnStart({ ...PLAN, rows }, 3, 7)).toBe(12);
  // A plan whose own last columns are "Due by | Status", flagged before: its flag columns are replaced.
  const own = PLAN.rows.map((cells, i) =>
    i === 2 ? [...cells, ...["Due by", "Status", ...FLAG_COLUMN_TITLES].map(text)] : i > 2 ? [...cells, ...["30/06/2010", "In progress – see notes", "FALSE", "TRUE", "1", "red"].map(text)] : cells,
  );
  expect(flagColumnStart({ ...PLAN, rows: own }, 3, 7)).toBe(7);
});

test("no plan table, or no due column, is a problem that says what to do", () => {
  const notes = gridOf("Notes", [["Read me"]]);
  expect(() => flagColumnRequests(notes, analyseSheet(notes, SETTINGS), "formulas", SETTINGS)).toThrow('No plan table was found on "Notes"');
  const noDue = gridOf("Plan", [
    ["Action", "Lead officer", "Status"],
    ["Do it", "Me", "Complete"],
  ]);
  expect(() => flagColumnRequests(noDue, analyseSheet(noDue, SETTINGS), "formulas", SETTINGS)).toThrow(/has no due-date column/);
});
