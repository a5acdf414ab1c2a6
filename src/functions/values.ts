import { EMPTY, type Cell, type DateSystem, type Grid } from "../model/grid";
import { invalidValue, planError } from "./errors";
import { TOP_LEFT, type Origin } from "./origin";

/**
 * Excel arguments as the model's cells. Excel passes a cell as a number (dates too: the serial), text, a
 * boolean, or a blank; a range arrives as a 2-D array of those. A blank cell reaches the function as 0 in
 * Windows and Mac desktop Excel, alone and inside a range, and as null on the web (office-js #4702, #5262,
 * #1951); an argument left out is null everywhere. On desktop a blank cell and a typed 0 are therefore the
 * same value, so wherever 0 means nothing (a due date, a status, as_of, quarters, template, any cell of a
 * range) 0 is read as blank; only amber_days, where 0 days is a setting, tells them apart (see isLeftOut).
 * Another number stays a number: the model reads a number in a due column as an Excel serial (or a typed
 * year), and in a status column as a share of the work, exactly as the CLI does for a file's number cells.
 *
 * Error values reach the functions too (functions.json allows them: webpack/functionsMetadata.js), as a
 * CustomFunctions.Error or, where Excel passes data types, as { type: "Error", basicValue: "#N/A" }.
 */

const WHITESPACE = /^\s*$/;

/**
 * Left out or written as nothing: null (an argument left out, or a blank cell on the web), "" (a formula's
 * empty text) or text of spaces only. Not 0: for amber_days, where 0 days is a setting of its own.
 */
export function isLeftOut(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  // Called on every argument of every call: text starting with a visible ASCII character is not blank.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && WHITESPACE.test(value);
}

/** Nothing written: left out, a blank cell as any Excel passes it (0 on desktop, null on the web), or spaces. */
export function isBlank(value: unknown): boolean {
  return value === 0 || isLeftOut(value);
}

/**
 * The error code of an error value, when Excel passes one (it does so only for add-ins that allow errors
 * as input): CustomFunctions.Error-shaped { code: "#N/A" } or a data-type { type: "Error", basicValue }.
 */
export function errorCodeOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code;
  if (v.type === "Error" && typeof v.basicValue === "string") return v.basicValue;
  return undefined;
}

/** An error value, a data-type value (by its plain value: a formatted number, a string) or anything else. */
function objectCell(value: unknown): Cell {
  const code = errorCodeOf(value);
  if (code !== undefined) return { kind: "error", value: code };
  if (value === null) return EMPTY;
  if (typeof value === "object" && "basicValue" in value) return cellOf((value as { basicValue: unknown }).basicValue);
  return { kind: "text", value: String(value) };
}

const NOT_A_NUMBER: Cell = Object.freeze({ kind: "error", value: "#NUM!" }) as Cell;

/**
 * One value as a cell: a range element, a due date or a status. Error values become error cells, as in a
 * file the CLI reads; 0 is an empty cell (desktop Excel's blank, see above).
 */
export function cellOf(value: unknown): Cell {
  // Text first: a range is mostly text, and FLAGS reads every cell of it.
  switch (typeof value) {
    case "string":
      return value === "" ? EMPTY : { kind: "text", value };
    case "number":
      if (value === 0) return EMPTY;
      return Number.isFinite(value) ? { kind: "number", value } : NOT_A_NUMBER;
    case "boolean":
      return { kind: "boolean", value };
    case "undefined":
      return EMPTY;
    default:
      return objectCell(value);
  }
}

/**
 * Throws when a one-value argument is an error value: #N/A stays #N/A, any other error becomes #VALUE!
 * naming it, as Excel's own answer would have been had it not passed the error in.
 */
export function passOnError(value: unknown, name: string): void {
  const code = errorCodeOf(value);
  if (code === undefined) return;
  throw code === "#N/A" ? planError("#N/A", `${name} is #N/A.`) : planError("#VALUE!", `${name} is the error ${code}: correct that cell first.`);
}

/** One scalar argument as a cell. An error passed in is passed on (see passOnError); a range is #VALUE!. */
export function argumentCell(value: unknown, name: string): Cell {
  if (Array.isArray(value)) invalidValue(`${name} must be one cell, not a range.`);
  const cell = cellOf(value);
  if (cell.kind === "error") passOnError(value, name);
  return cell;
}

/** A range argument as a 2-D array; a single value (a one-cell range passed by value) as a 1×1 range. */
export function rangeRows(value: unknown, name: string): readonly unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (!value.every(Array.isArray)) invalidValue(`${name} must be a range of cells.`);
  return value as unknown[][];
}

/** Every value of a range, row by row. */
export function rangeValues(value: unknown, name: string): unknown[] {
  return rangeRows(value, name).flat();
}

/**
 * A range as a sheet the model can analyse, placed at `origin` (empty rows above it and empty cells to its
 * left), so that rows and cells are the sheet's own. Excel passes values only: no merged areas and no
 * formatting, so a heading recognised in a file only by being bold is, here, a row like any other (see README).
 */
export function gridOf(range: readonly unknown[][], dateSystem: DateSystem, origin: Origin = TOP_LEFT): Grid {
  const rows: Cell[][] = [];
  for (let r = 0; r < origin.row; r++) rows.push([]);
  const left: Cell[] = new Array<Cell>(origin.col).fill(EMPTY);
  for (const row of range) rows.push(origin.col === 0 ? row.map(cellOf) : left.concat(row.map(cellOf)));
  return { name: "range", rows, merges: [], dateSystem };
}
