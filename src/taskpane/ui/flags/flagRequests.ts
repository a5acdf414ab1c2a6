/**
 * "Add flag columns": what to ask the host for, worked out from the model's report of the sheet. One request
 * per plan table that has action rows and a due-date column.
 */
import { cellText, EMPTY, FLAG_COLUMN_TITLES, findFlagColumns, isEmptyCell, isFlagsSpill, parseA1, type Grid, type RowReport, type SheetReport, type TableReport } from "../../../model";
import type { FlagColumnsRequest, PaneSettings, RowFlags } from "../../hostApi";
import { PaneProblem } from "../messages";

export function flagColumnRequests(grid: Grid, report: SheetReport, mode: FlagColumnsRequest["mode"], settings: PaneSettings): FlagColumnsRequest[] {
  if (report.tables.length === 0) {
    throw new PaneProblem(`No plan table was found on "${report.name}", so there is nothing to flag.`, "Go to the sheet that holds the plan, or give its table a header row such as Action | Lead | Due | Status.");
  }
  const requests: FlagColumnsRequest[] = [];
  report.tables.forEach((table, index) => {
    const rows = report.rows.filter((r) => r.table === index);
    const dueCol = columnOf(table, "due");
    if (rows.length === 0 || dueCol === null) return;
    const lastRow = rows.reduce((max, r) => Math.max(max, r.row), 0);
    requests.push({
      sheet: report.name,
      headerRow: table.headerRow,
      lastRow,
      dueCol,
      statusCol: columnOf(table, "status"),
      firstFlagCol: flagColumnStart(grid, table.headerRow, lastRow),
      rows: rows.map(rowFlags),
      mode,
      settings,
    });
  });
  if (requests.length === 0) {
    throw new PaneProblem(
      `The plan on "${report.name}" has no due-date column${report.rows.length === 0 ? " and no actions" : ""}, so no action can be flagged.`,
      'Add a column such as "Due", "Deadline" or "Timescale" with a date for each action, then add the flag columns again.',
    );
  }
  return requests;
}

function columnOf(table: TableReport, role: "due" | "status"): number | null {
  const column = table.columns.find((c) => c.role === role);
  return column ? (parseA1(column.cell)?.col ?? null) : null;
}

function rowFlags(r: RowReport): RowFlags {
  return { row: r.row, complete: r.complete, overdue: r.overdue, daysOverdue: r.daysOverdue, rag: r.rag };
}

/**
 * The first free column right of the table (right of every value and merged cell from its header row to its
 * last row) — or, when the header row already has the flag columns (flags added before), their first
 * column, so that adding them again replaces them. The same four headings at the end of a PLAN.FLAGS spill
 * are the spill's, not earlier flag columns: the new columns go right of it.
 */
export function flagColumnStart(grid: Grid, headerRow: number, lastRow: number): number {
  const labels = Array.from(grid.rows[headerRow - 1] ?? [], (c) => (c?.kind === "text" ? c.value : ""));
  const statusesAbove = (col: number) => grid.rows.slice(headerRow, lastRow).map((cells) => cellText(cells[col - 1] ?? EMPTY));
  for (let c = findFlagColumns(labels); c >= 0; c = findFlagColumns(labels, c + FLAG_COLUMN_TITLES.length)) {
    if (!isFlagsSpill(labels, c, statusesAbove(c))) return c;
  }
  let end = 0;
  for (let r = headerRow - 1; r < lastRow; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = cells.length - 1; c >= end; c--) {
      if (!isEmptyCell(cells[c])) {
        end = c + 1;
        break;
      }
    }
  }
  for (const m of grid.merges) if (m.top <= lastRow - 1 && m.bottom >= headerRow - 1) end = Math.max(end, m.right + 1);
  return end;
}
