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
