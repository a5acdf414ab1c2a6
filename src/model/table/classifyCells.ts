import { cellText, type Cell } from "../grid";
import { isPlaceholder } from "./headingPatterns";

/** A cell that carries something: not empty, not a bullet placeholder, not a row of dashes. */
export function isMeaningful(cell: Cell | undefined): cell is Cell {
  if (cell === undefined || cell.kind === "empty") return false;
  if (cell.kind !== "text") return true;
  const text = cell.value.trim();
  return text !== "" && !isPlaceholder(text);
}

/** Dash runs ("--", "----") mean "not started" in a status cell but are filler elsewhere in a row. */
export function isDashRun(cell: Cell): boolean {
  return cell.kind === "text" && /^\s*[-–—]+\s*$/.test(cell.value);
}

/** Indexes of the cells in a row that say something, ignoring placeholder-only rows' dashes. */
export function meaningfulCols(cells: readonly Cell[]): number[] {
  const cols: number[] = [];
  for (let c = 0; c < cells.length; c++) if (isMeaningful(cells[c])) cols.push(c);
  if (cols.every((c) => isDashRun(cells[c]))) return [];
  return cols;
}

export const textOf = (cell: Cell | undefined): string => (cell ? cellText(cell) : "");

// Numbering ("1", "1.2", "3a", "(ii)", "A.") or a figure ("£1,500", "40%", "-3"): nothing an action says.
// A letter or roman numeral counts only with its bracket or point: "a" alone could be what someone wrote.
const NUMBERING = /^(\(?\d+([.-]\d+)*[a-z]?\)?[.)]?|\(?([ivx]+|[a-z])\)|([ivx]+|[a-z])[.)])$/i;
const FIGURE = /^[£$€]?\s*-?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?\s*%?$/;
const TOTAL_LABEL = /^(grand\s+|sub-?\s*)?(totals?|sum|count|average|mean)\s*:?$/i;

/** A cell that holds only a number, numbering or a tick box: never the text of an action. */
export function isBareNumber(cell: Cell): boolean {
  if (cell.kind === "number" || cell.kind === "boolean") return true;
  if (cell.kind !== "text") return false;
  const t = cell.value.trim();
  return NUMBERING.test(t) || (/\d/.test(t) && FIGURE.test(t));
}

/**
 * A row without a word of text: numbering alone (`1 | | |`, an unfilled template's row), or a totals row
 * (counts and sums under numeric columns, perhaps labelled "Total"). Undefined for any other row.
 */
export function figuresOnly(cells: readonly Cell[], cols: readonly number[], numberingCols: ReadonlySet<number>): "numbering" | "totals" | undefined {
  let labelled = false;
  for (const c of cols) {
    const cell = cells[c];
    if (cell.kind === "text" && TOTAL_LABEL.test(cell.value.trim())) labelled = true;
    else if (!isBareNumber(cell)) return undefined;
  }
  if (!labelled && cols.every((c) => numberingCols.has(c))) return "numbering";
  return cols.length > (labelled ? 1 : 0) ? "totals" : undefined;
}
