/**
 * The contract between the calculator (calculate.ts) and a set of custom functions such as PLAN.*: the
 * arguments as Excel holds them before it marshals them to the add-in's JavaScript, and what a function can
 * give back. How Excel turns these into JavaScript values (a blank cell as 0 on desktop, null on the web;
 * errors withheld unless the metadata allows them; the Invocation) is the invoker's business, not the
 * engine's: planFunctions.ts hands each call to the functions' model of Excel (test/functions/excelCalls.ts).
 */

export type ExcelScalar = number | string | boolean;

/** One cell as Excel holds it: a value, nothing at all, or an error value such as #N/A. */
export type ExcelCell = { kind: "value"; value: ExcelScalar } | { kind: "blank" } | { kind: "error"; code: string };

/** Where a reference starts: its sheet's name and its top-left cell (0-based). */
export interface CellAt {
  sheet: string;
  row: number;
  col: number;
}

/**
 * One argument of a call: a reference to cells (one cell or a range, with where it starts: Excel tells a
 * function that asks the address of each reference), a value that is no reference (a literal, or another
 * formula's answer: TODAY(), IF(…)), or an argument left out.
 */
export type ExcelArg = { kind: "reference"; at: CellAt; rows: ExcelCell[][] } | { kind: "value"; cell: ExcelCell } | { kind: "omitted" };

/** An error a function gives: the code shows in the cell, the message in its error flag. */
export interface ExcelError {
  kind: "error";
  code: string;
  message: string;
}

export type ExcelResultCell = { kind: "value"; value: ExcelScalar } | ExcelError;

/** What a call gives back: one value, an error, or a 2-D array that spills from the formula's cell. */
export type ExcelResult = ExcelResultCell | { kind: "array"; rows: ExcelResultCell[][] };

export interface Size {
  rows: number;
  cols: number;
}

/** What Excel knows of a function from its metadata (functions.json). */
export interface FunctionInfo {
  /** The id without the namespace, e.g. "OVERDUE" for =PLAN.OVERDUE(…). */
  id: string;
  parameters: readonly { name: string; optional: boolean; matrix: boolean }[];
  volatile: boolean;
  /**
   * For a function whose result is a matrix: the size of its spill from the sizes of its arguments (a cell is
   * 1×1), or undefined when only the values can tell (the calculator then refuses the formula).
   */
  spillSize?: (argumentSizes: readonly Size[]) => Size | undefined;
}

/** A loaded add-in's functions: what the engine registers, and how a call is made. */
export interface CustomFunctionSet {
  /** The formula prefix, e.g. "PLAN". */
  namespace: string;
  functions: readonly FunctionInfo[];
  invoke: (id: string, args: readonly ExcelArg[]) => ExcelResult;
}
