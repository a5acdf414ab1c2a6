import { EMPTY, type Cell, type DateSystem, type Grid } from "../model/grid";
import { invalidValue, planError } from "./errors";

/**
 * Excel arguments as the model's cells. Excel passes a cell as a number (dates too: the serial), text, a
 * boolean, or a blank ("" in a range, null for an omitted argument); a range arrives as a 2-D array of those.
 * A number stays a number: the model reads a number in a due column as an Excel serial (or a typed year),
 * and in a status column as a share of the work, exactly as the CLI does for a file's number cells.
 */

const WHITESPACE = /^\s*$/;

/** Nothing written: an omitted argument, an empty cell, or text of spaces only. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  // Called on every argument of every call: text starting with a visible ASCII character is not blank.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && WHITESPACE.test(value);
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

/** One range element as a cell. Error values become error cells, as in a file the CLI reads. */
export function cellOf(value: unknown): Cell {
  // Text first: a range is mostly text, and FLAGS reads every cell of it.
  switch (typeof value) {
    case "string":
      return value === "" ? EMPTY : { kind: "text", value };
    case "number":
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
 * One scalar argument as a cell. An error passed in is passed on (#N/A stays #N/A; any other becomes
 * #VALUE! naming it); a range where one value belongs is #VALUE!.
 */
export function argumentCell(value: unknown, name: string): Cell {
  if (Array.isArray(value)) invalidValue(`${name} must be one cell, not a range.`);
  const cell = cellOf(value);
  if (cell.kind === "error") {
    throw cell.value === "#N/A"
      ? planError("#N/A", `${name} is #N/A.`)
      : planError("#VALUE!", `${name} is the error ${cell.value}: correct that cell first.`);
  }
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
 * A range as a sheet the model can analyse. Excel passes values only: no merged areas and no formatting,
 * so a heading recognised in a file only by being bold is, here, a row like any other (see README).
 */
export function gridOf(range: readonly unknown[][], dateSystem: DateSystem): Grid {
  return { name: "range", rows: range.map((row) => row.map(cellOf)), merges: [], dateSystem };
}
