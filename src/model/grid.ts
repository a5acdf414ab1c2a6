/**
 * The model's picture of a spreadsheet: rows of typed cells, merged ranges and the date system.
 * Readers (src/workbook) and the Excel host build these; everything in src/model reads them.
 */

/** Formatting that carries meaning in plans: bold headings, red "new" objectives. */
export interface CellStyle {
  bold?: boolean;
  /** ARGB hex of the font colour, e.g. "FFFF0000", when it is not the default. */
  color?: string;
  /**
   * When only the first line of a rich-text cell is bold: that line. Plans written in Word and
   * pasted into Excel put a stage heading as the bold first line of the cell below it.
   */
  boldLead?: string;
}

export type Cell =
  | { kind: "empty"; style?: CellStyle }
  | { kind: "text"; value: string; style?: CellStyle }
  | { kind: "number"; value: number; style?: CellStyle }
  | { kind: "boolean"; value: boolean; style?: CellStyle }
  /** A real date cell (or a date-formatted serial), as an ISO calendar date "YYYY-MM-DD". */
  | { kind: "date"; value: string; style?: CellStyle }
  /** An error value such as "#N/A" or "#REF!". */
  | { kind: "error"; value: string; style?: CellStyle };

export type CellKind = Cell["kind"];

/** A rectangle of cells, 0-based and inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type DateSystem = 1900 | 1904;

export interface Grid {
  /** Sheet name (for a CSV file: the file name without extension). */
  name: string;
  /** rows[r][c], 0-based. Rows may be shorter than others; a missing cell is empty. */
  rows: Cell[][];
  merges: CellRange[];
  dateSystem: DateSystem;
  /** True for hidden or very hidden sheets. */
  hidden?: boolean;
}

export const EMPTY: Cell = Object.freeze({ kind: "empty" }) as Cell;

export function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.rows[row]?.[col] ?? EMPTY;
}

export function isEmptyCell(cell: Cell): boolean {
  return cell.kind === "empty" || (cell.kind === "text" && cell.value.trim() === "");
}

/** The cell's value as display text (dates as ISO), trimmed. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.value.trim();
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
    case "error":
      return cell.value;
  }
}
