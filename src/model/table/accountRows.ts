import { cellText, isEmptyCell, type Cell, type Grid } from "../grid";
import type { SkipReason } from "../combine/types";
import { oneLine } from "../oneLine";
import type { PlanTable } from "./types";

export interface RowAccount {
  /** Non-empty rows on the sheet: every one is either an action row or skipped with a reason. */
  rowsRead: number;
  skipped: { row: number; reason: SkipReason; text: string }[];
}

const REASON_BY_HEADING: Record<PlanTable["headings"][number]["kind"], SkipReason> = {
  section: "section heading",
  annotation: "note or label row",
  group: "group heading (carried down to the rows below)",
  note: "note or label row",
  numbering: "numbering only (no action text)",
  totals: "totals row (figures only)",
  dates: "a date only (no action text)",
  unfilled: "template not filled in (no action text)",
};

function firstText(cells: Grid["rows"][number]): string {
  for (const cell of cells) {
    if (!cell || isEmptyCell(cell)) continue;
    return oneLine(cellText(cell));
  }
  return "";
}

/** True when every non-empty cell of a row is in PlanCheck's own flag columns (the action was deleted since). */
function onlyFlags(cells: readonly Cell[], flagCols: readonly number[]): boolean {
  if (flagCols.length === 0) return false;
  const own = new Set(flagCols);
  return cells.every((c, col) => !c || isEmptyCell(c) || own.has(col));
}

/**
 * Accounts for every non-empty row of a sheet: the action rows the tables read, and every other row with
 * the reason it is not an action (header, heading, title, legend…). Nothing is left unexplained.
 */
export function accountRows(grid: Grid, tables: readonly PlanTable[]): RowAccount {
  const reasons = new Map<number, SkipReason>();
  const actions = new Set<number>();
  for (const table of tables) {
    reasons.set(table.header.row, "header row");
    if (table.header.groupRow !== undefined) reasons.set(table.header.groupRow, "header row");
    for (const r of table.repeatedHeaders) reasons.set(r, "repeated header (page break)");
    for (const h of table.headings) if (!reasons.has(h.row)) reasons.set(h.row, REASON_BY_HEADING[h.kind]);
    for (const row of table.rows) actions.add(row.row);
  }
  // A table runs from its header to its end row; a key/legend or footnotes end it early, and what follows
  // them up to the next table (or the sheet's end) belongs to them.
  const headerRows = tables.map((t) => t.header.row).sort((a, b) => a - b);
  const limitOf = (t: PlanTable) => (headerRows.find((h) => h > t.header.row) ?? grid.rows.length) - 1;
  const where = (r: number): SkipReason => {
    if (tables.length === 0) return "no plan table on this sheet";
    for (const t of tables) {
      if (r > t.header.row && r <= t.endRow) {
        return onlyFlags(grid.rows[r], t.header.flagCols) ? "PlanCheck's flag values only (no action left in the row)" : "placeholder row (bullets or dashes only)";
      }
      if (r > t.endRow && r <= limitOf(t)) return t.endedBy === "footnote" ? "footnote under the table" : "key or legend";
    }
    return "title or notes outside the plan table";
  };
  const skipped: RowAccount["skipped"] = [];
  let rowsRead = 0;
  grid.rows.forEach((cells, r) => {
    if (!cells || cells.every((c) => !c || isEmptyCell(c))) return;
    rowsRead++;
    if (actions.has(r)) return;
    skipped.push({ row: r + 1, reason: reasons.get(r) ?? where(r), text: firstText(cells) });
  });
  return { rowsRead, skipped };
}
