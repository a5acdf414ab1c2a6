import type { Cell, Grid } from "../grid";
import { meaningfulCols, textOf } from "./classifyCells";

/** The row of a sheet that looks most like a table's header, with its labels. */
export interface CandidateHeader {
  /** 0-based sheet row. */
  row: number;
  labels: { col: number; label: string }[];
}

const MAX_LABEL_LENGTH = 40;
// How far below a candidate its first data row may be (a two-row header, a blank line).
const DATA_WITHIN = 4;

/** Short text with a letter in it, not a date written as text: what a column heading looks like. */
function isLabel(cell: Cell): boolean {
  if (cell.kind !== "text") return false;
  const t = cell.value.trim();
  return t.length <= MAX_LABEL_LENGTH && /\p{L}/u.test(t) && !/\d{1,4}[/.-]\d{1,2}([/.-]\d{2,4})?/.test(t);
}

/** A row that holds data under a candidate's columns: two cells or more there. */
function holdsData(cells: readonly Cell[], cols: ReadonlySet<number>): boolean {
  return meaningfulCols(cells).filter((c) => cols.has(c)).length >= 2;
}

/**
 * When no template recognises a header, the row that looks most like one: a row of short text labels (two
 * at least, nothing else on the row) that starts a block (the row above it is blank, or not labels in the
 * same columns, so data rows of short words under a header do not count) and has data under it. The row
 * with the most labels wins; the earlier wins a tie. Undefined when the sheet has no such row (prose, a
 * list of figures).
 */
export function bestCandidateHeader(grid: Grid): CandidateHeader | undefined {
  const none: ReadonlySet<number> = new Set();
  let best: CandidateHeader | undefined;
  let above = none;
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    const cols = meaningfulCols(cells);
    if (cols.length < 2 || !cols.every((c) => isLabel(cells[c]))) {
      above = none;
      continue;
    }
    const startsBlock = cols.filter((c) => above.has(c)).length * 2 < cols.length;
    const colSet = new Set(cols);
    above = colSet;
    if (!startsBlock || (best && cols.length <= best.labels.length)) continue;
    const below = grid.rows.slice(r + 1, r + 1 + DATA_WITHIN);
    if (!below.some((row) => row && holdsData(row, colSet))) continue;
    best = { row: r, labels: cols.map((col) => ({ col, label: textOf(cells[col]) })) };
  }
  return best;
}
