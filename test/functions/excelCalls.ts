/**
 * A model of Excel calling the PLAN.* custom functions, shared by the function tests, the parity test and the
 * formula engine that calculates what the add-in writes. It reads the functions' real metadata — generated
 * from src/functions/functions.ts by the generator that custom-functions-metadata-plugin runs in the build,
 * then patched by the build's own patch (webpack/functionsMetadata.js) — passes each argument as Excel does on
 * a platform (a "marshalling profile"), and turns what the function returned or threw into what the cell shows.
 *
 * What it models, and where that comes from:
 * - A blank cell reaches the function as 0 in Windows and Mac desktop Excel, alone and inside a range, and as
 *   null on the web (office-js #4702, #5262, #1951). An omitted optional argument is null everywhere, and the
 *   runtime passes every declared parameter, omitted ones as null ("Custom functions parameter options").
 * - A required argument left out: Excel shows #VALUE! without calling the function (office-js #710).
 * - An error value in an argument: unless functions.json has the top-level allowErrorForDataTypeAny, Excel shows
 *   that error without calling the function ("Handle and return errors from your custom function", "Errors as
 *   custom function inputs"; the first error in argument order here). With it, every "any" parameter receives
 *   the error. The runtime (office-js dist/custom-functions-runtime.js, CustomFunctionProxy) hands it over as a
 *   CustomFunctions.Error of that code (_transferCustomFunctionError) or, where data types reach custom
 *   functions (allowCustomDataForDataTypeAny and CustomFunctionsRuntime 1.4), as the data type's own JSON
 *   (_transferCustomFunctionRichData): { type: "Error", basicType: "Error", basicValue: "#N/A", errorType }.
 *   A cell holding a formatted number likewise arrives as { type: "Double", basicValue, numberFormat } there,
 *   and as its plain number elsewhere.
 * - The runtime appends an Invocation after the declared parameters. With @requiresParameterAddresses and
 *   CustomFunctionsRuntime 1.3 its parameterAddresses give each argument's range, "Plan!C5:H9", the sheet
 *   quoted ('Latest plan'!C5) when its name holds a space or punctuation (custom-function-sheetname-note);
 *   an argument that is not a reference gets "" here (the docs do not say).
 * - Results: null inside a returned array shows as 0 (office-js #1503, by design). A CustomFunctions.Error
 *   shows its code, with its message for #VALUE! and #N/A only; #REF! and #NAME? cannot be results and show
 *   #VALUE! (thrown: the runtime's _getCustomFunctionResultErrorCodeFromErrorCode, which keeps the message;
 *   returned: CustomFunctionError.toJSON, which drops it); anything else thrown is #VALUE!; NaN and ±Infinity fail (#NUM! here). { type: "Double", basicValue, numberFormat } is a
 *   formatted number ("Use data types with custom functions") where CustomFunctionsRuntime 1.4 and
 *   allowCustomDataForDataTypeAny allow it, #VALUE! elsewhere. A ragged array is padded with #N/A. A
 *   Promise shows #BUSY! until it settles: the model refuses one (PendingResult), as the functions answer at once.
 * - While a function runs, the page has the runtime's CustomFunctions global (its Error class modelled on the
 *   runtime's CustomFunctionError) and office.js's Office.context.requirements.isSetSupported, answering for the
 *   profile's CustomFunctionsRuntime version.
 *
 * Not modelled: a multi-cell range given to a one-cell parameter (Excel then calls the function once per cell
 * and spills the answers), whole-column references, streaming and cancelable functions. Each throws, so a
 * test that needs one fails loudly instead of passing on a guess.
 *
 *   await loadFunctions();                                   // once per test file (beforeAll)
 *   callFunction(DESKTOP, "OVERDUE", [cell("May 2009", "D5"), blank, omitted]);   // → true
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { patchFunctionsMetadata } = require("../../webpack/functionsMetadata.js") as { patchFunctionsMetadata: (m: FunctionsMetadata) => FunctionsMetadata };

const FUNCTIONS_SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

// ── Profiles ─────────────────────────────────────────────────────────────────────────────────────

export type RuntimeVersion = "1.1" | "1.2" | "1.3" | "1.4";

/** How one kind of Excel passes arguments to custom functions, and which CustomFunctionsRuntime it has. */
export interface Profile {
  readonly name: string;
  /** What an empty cell reaches the function as, alone or inside a range. */
  readonly blank: 0 | null;
  /** The highest CustomFunctionsRuntime requirement set the host supports. */
  readonly runtime: RuntimeVersion;
}

/**
 * Windows and Mac desktop Excel: a blank cell is 0. CustomFunctionsRuntime 1.3, as perpetual Office 2021 and
 * 2024 (no formatted results: a date is its serial); Microsoft 365 on the desktop is DESKTOP_365.
 */
export const DESKTOP: Profile = Object.freeze({ name: "desktop", blank: 0, runtime: "1.3" });
/** Microsoft 365 on Windows and Mac: a blank cell is 0; CustomFunctionsRuntime 1.4 (dates shown as dates). */
export const DESKTOP_365: Profile = Object.freeze({ name: "desktop (Microsoft 365)", blank: 0, runtime: "1.4" });
/** Excel on the web: a blank cell is null; CustomFunctionsRuntime 1.4. */
export const WEB: Profile = Object.freeze({ name: "web", blank: null, runtime: "1.4" });
/** The two ways a blank cell arrives, which every function test runs under. */
export const PROFILES: readonly Profile[] = [DESKTOP, WEB];

const atLeast = (profile: Profile, version: RuntimeVersion) => Number(profile.runtime.slice(2)) >= Number(version.slice(2));

// ── Metadata ─────────────────────────────────────────────────────────────────────────────────────

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: { volatile?: boolean; stream?: boolean; cancelable?: boolean; requiresAddress?: boolean; requiresParameterAddresses?: boolean };
}
export interface FunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

interface Loaded {
  /** functions.json as the generator writes it. */
  generated: FunctionsMetadata;
  /** functions.json as the build ships it. */
  patched: FunctionsMetadata;
  /**
   * Each function id's implementation, as CustomFunctions.associate registers it: looked up when called, so
   * a test may stand in for one (jest.spyOn) to see what Excel makes of an answer no real function gives.
   */
  implementations: Map<string, () => ((...args: unknown[]) => unknown) | undefined>;
}

let loading: Promise<Loaded> | undefined;
let loaded: Loaded | undefined;

async function load(): Promise<Loaded> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length > 0) throw new Error(`the metadata generator rejects src/functions/functions.ts:\n${result.errors.join("\n")}`);
  const generated = JSON.parse(result.metadataJson) as FunctionsMetadata;
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const implementations = new Map(result.associate.map((a) => [a.id, () => exported[a.functionName]] as const));
  return { generated, patched: patchFunctionsMetadata(structuredClone(generated)), implementations };
}

/** Generates and patches the metadata, once per test file; call it in beforeAll. */
export async function loadFunctions(): Promise<{ generated: FunctionsMetadata; patched: FunctionsMetadata }> {
  loaded ??= await (loading ??= load());
  return { generated: loaded.generated, patched: loaded.patched };
}

/** functions.json as the build ships it, once loadFunctions has run. */
export function shippedMetadata(): FunctionsMetadata {
  return ready().patched;
}

function ready(): Loaded {
  if (!loaded) throw new Error("call `await loadFunctions()` (in beforeAll) before calling a function");
  return loaded;
}

// ── What a test passes ───────────────────────────────────────────────────────────────────────────

/** An error value in a cell, such as #N/A. */
export interface SheetError {
  error: string;
}
/** A formatted number value (CustomFunctionsRuntime 1.4), such as PLAN.DUE's date where Excel supports it. */
export interface FormattedNumber {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}
/** What a cell holds: null when it is empty; a date is its serial number. */
export type SheetValue = null | string | number | boolean | SheetError | FormattedNumber;

/** A reference to cells of a sheet: `at` is the 0-based top-left cell. */
export interface Reference {
  kind: "reference";
  sheet: string;
  at: { row: number; col: number };
  cells: SheetValue[][];
}
/** A constant written in the formula, or another function's answer: a value without an address. */
export interface Constant {
  kind: "value";
  value: SheetValue;
}
export interface Omitted {
  kind: "omitted";
}
export type Argument = Reference | Constant | Omitted;

const SHEET = "Plan";

function topLeft(address: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address);
  if (!m) throw new Error(`"${address}" is not a cell address such as C5`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** A range of cells whose top-left cell is `at` (A1 unless given). */
export function range(cells: SheetValue[][], at = "A1", sheet = SHEET): Reference {
  if (cells.length === 0 || cells[0].length === 0) throw new Error("a range has at least one cell");
  return { kind: "reference", sheet, at: topLeft(at), cells };
}
/** One cell holding `value`. */
export const cell = (value: SheetValue, at = "A1", sheet = SHEET): Reference => range([[value]], at, sheet);
/** A constant in the formula (no address). */
export const value = (v: SheetValue): Constant => ({ kind: "value", value: v });
/** A reference to an empty cell. */
export const blank: Reference = cell(null);
/** An argument left out: =PLAN.RAG(D5,E5,,14) leaves out as_of. */
export const omitted: Omitted = Object.freeze({ kind: "omitted" });
/** A cell holding an error value. */
export const errorCell = (code: string, at = "A1"): Reference => cell({ error: code }, at);

/** Plain values are cells (A1 of the plan), a 2-D array is a range from A1; null must say blank or omitted. */
function argumentOf(arg: Argument | SheetValue | SheetValue[][] | undefined): Argument {
  if (arg === undefined) return omitted;
  if (arg === null) throw new Error("say `blank` (an empty cell) or `omitted` (left out), not null");
  if (Array.isArray(arg)) return range(arg);
  if (typeof arg === "object" && "kind" in arg) return arg;
  return cell(arg);
}

// ── The runtime's side ───────────────────────────────────────────────────────────────────────────

const ERROR_TYPES: Record<string, string> = {
  "#VALUE!": "Value",
  "#DIV/0!": "Div0",
  "#N/A": "NotAvailable",
  "#NUM!": "Num",
  "#NAME?": "Name",
  "#REF!": "Ref",
  "#NULL!": "Null",
};
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
/** Codes a function's result may carry; any other shows #VALUE!. */
const RESULT_CODES = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#NUM!", "#NULL!"]);
/** Codes whose message Excel shows. */
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

/** The runtime's CustomFunctions.Error (CustomFunctionError): an Error that is also an error value. */
export class RuntimeError extends Error {
  readonly type = "Error";
  readonly basicType = "Error";
  readonly code: string;
  readonly basicValue: string;
  constructor(code?: string, message?: string) {
    super(message ?? "");
    this.code = code ?? "#VALUE!";
    this.basicValue = this.code;
  }
}

/** The globals a function sees on the page while Excel runs it, and a way to put the page back. */
function installRuntime(profile: Profile): () => void {
  const page = globalThis as { CustomFunctions?: unknown; Office?: unknown };
  const before = { CustomFunctions: page.CustomFunctions, Office: page.Office };
  page.CustomFunctions = { Error: RuntimeError, ErrorCode: ERROR_CODES };
  const isSetSupported = (name: string, version = "1.1") =>
    name === "CustomFunctionsRuntime" && /^1\.[1-4]$/.test(version) && atLeast(profile, version as RuntimeVersion);
  page.Office = { context: { requirements: { isSetSupported } } };
  return () => {
    if (before.CustomFunctions === undefined) delete page.CustomFunctions;
    else page.CustomFunctions = before.CustomFunctions;
    if (before.Office === undefined) delete page.Office;
    else page.Office = before.Office;
  };
}

const isError = (v: unknown): v is SheetError => typeof v === "object" && v !== null && typeof (v as SheetError).error === "string";
const isFormatted = (v: unknown): v is FormattedNumber =>
  typeof v === "object" && v !== null && (v as FormattedNumber).type === "Double" && typeof (v as FormattedNumber).basicValue === "number";

interface Passing {
  profile: Profile;
  /** Whether this parameter receives error values (allowErrorForDataTypeAny, and the parameter is "any"). */
  allowErrors: boolean;
  dataTypes: boolean;
  /** The first error withheld from the function, if any. */
  withheld?: string;
}

/** Thrown for what the model does not cover: the test fails rather than pass on a guess. */
class NotModelled extends Error {}

/**
 * Thrown when a function answers with a Promise: Excel shows #BUSY! in the cell until it settles, and with
 * hundreds of such cells the sheet flickers #BUSY! at every recalculation (office-js #901). The PLAN.*
 * functions answer at once, and a test that calls one and gets a Promise fails rather than wait.
 */
export class PendingResult extends Error {}

const isThenable = (v: unknown): boolean => (typeof v === "object" || typeof v === "function") && v !== null && typeof (v as { then?: unknown }).then === "function";

/** One cell's value as the function receives it. */
function passed(v: SheetValue, how: Passing): unknown {
  if (v === null) return how.profile.blank;
  if (isError(v)) {
    if (!how.allowErrors) {
      how.withheld ??= v.error;
      return undefined;
    }
    if (how.dataTypes) return { type: "Error", basicType: "Error", basicValue: v.error, errorType: ERROR_TYPES[v.error] };
    return new RuntimeError(v.error);
  }
  if (isFormatted(v)) return how.dataTypes ? { ...v } : v.basicValue;
  return v;
}

function quoteSheet(name: string): string {
  return /[\s~`!@#$%^&()\-_=+{}|;:,'<.>]/.test(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "Plan!C5:G9" (or "Plan!C5" for one cell), as parameterAddresses gives a reference. */
export function addressOf(ref: Reference): string {
  const { row, col } = ref.at;
  const start = `${letters(col)}${row + 1}`;
  const end = `${letters(col + ref.cells[0].length - 1)}${row + ref.cells.length}`;
  return `${quoteSheet(ref.sheet)}!${start === end ? start : `${start}:${end}`}`;
}

// ── What the cell shows ──────────────────────────────────────────────────────────────────────────

export interface ShownError {
  error: string;
  message?: string;
}
export type ShownValue = string | number | boolean | ShownError | FormattedNumber;
/** A cell's value, or a spill's rows. */
export type Shown = ShownValue | ShownValue[][];

function shownError(code: string, message: string | undefined): ShownError {
  const shown = RESULT_CODES.has(code) ? code : "#VALUE!";
  return MESSAGE_CODES.has(shown) && message ? { error: shown, message } : { error: shown };
}

function shownValue(v: unknown, inArray: boolean, dataTypes: boolean, id: string): ShownValue {
  if (v === null && inArray) return 0;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : { error: "#NUM!" };
    case "string":
    case "boolean":
      return v;
  }
  // A returned error keeps its message only for #VALUE! and #N/A (the runtime's CustomFunctionError.toJSON).
  if (v instanceof RuntimeError) return shownError(v.code, MESSAGE_CODES.has(v.code) ? v.message : undefined);
  if (isFormatted(v)) return dataTypes && typeof v.numberFormat === "string" ? { type: "Double", basicValue: v.basicValue, numberFormat: v.numberFormat } : { error: "#VALUE!" };
  throw new NotModelled(`PLAN.${id} returned ${String(v)}${inArray ? " inside its array" : ""}: not modelled (what Excel shows is not documented)`);
}

/**
 * What the cell shows for a function's result: `dataTypes` when the host takes data types from custom
 * functions (CustomFunctionsRuntime 1.4 and allowCustomDataForDataTypeAny).
 */
export function shownResult(result: unknown, fn: Pick<FunctionMetadata, "id" | "result">, dataTypes: boolean): Shown {
  if (fn.result.dimensionality !== "matrix") {
    if (Array.isArray(result)) throw new NotModelled(`PLAN.${fn.id} returned an array for a one-cell result: not modelled`);
    return shownValue(result, false, dataTypes, fn.id);
  }
  const rows = Array.isArray(result) ? result : [[result]];
  if (rows.length === 0 || !rows.every(Array.isArray) || rows.every((r: unknown[]) => r.length === 0)) {
    throw new NotModelled(`PLAN.${fn.id} returned ${JSON.stringify(result)} for a spill: not modelled`);
  }
  const width = Math.max(...rows.map((r: unknown[]) => r.length));
  return rows.map((r: unknown[]) => Array.from({ length: width }, (_, c) => (c < r.length ? shownValue(r[c], true, dataTypes, fn.id) : { error: "#N/A" })));
}

/** What the cell shows when the function threw `e`. */
export function shownThrown(e: unknown): ShownError {
  return e instanceof RuntimeError ? shownError(e.code, e.message) : { error: "#VALUE!" };
}

/** The number (or text…) a formula referring to the cell sees: a formatted number's plain value. */
export function basicValueOf(shown: ShownValue): ShownValue {
  return isFormatted(shown) ? shown.basicValue : shown;
}

// ── Calling ──────────────────────────────────────────────────────────────────────────────────────

export interface ExcelCall {
  /** What the cell shows (a spill's rows for a matrix result). */
  shown: Shown;
  /** False when Excel answered without calling the function (a withheld error, a missing argument). */
  called: boolean;
  /** The arguments the function received, the Invocation last (empty when not called). */
  received: unknown[];
}

/**
 * Excel calling PLAN.<id> with `args` on a `profile` host. Each argument is an Argument (cell, range, value,
 * blank, omitted), or shorthand: a plain value is a cell holding it, a 2-D array a range from A1. Arguments
 * past the last one given are omitted. `metadata` is the shipped functions.json unless given.
 */
export function excelCall(profile: Profile, id: string, args: readonly (Argument | SheetValue | SheetValue[][])[], metadata?: FunctionsMetadata): ExcelCall {
  const { patched, implementations } = ready();
  const meta = metadata ?? patched;
  const fn = meta.functions.find((f) => f.id === id);
  const implementation = implementations.get(id)?.();
  if (!fn || !implementation) throw new Error(`PLAN.${id} is not in functions.json`);
  if (args.length > fn.parameters.length) throw new Error(`PLAN.${id} takes ${fn.parameters.length} arguments, not ${args.length}: Excel refuses the formula`);
  const options = fn.options ?? {};
  if (options.stream || options.cancelable) throw new NotModelled(`PLAN.${id} is streaming or cancelable: not modelled`);

  const dataTypes = meta.allowCustomDataForDataTypeAny === true && atLeast(profile, "1.4");
  const how: Passing = { profile, allowErrors: false, dataTypes };
  const given = fn.parameters.map((_, i) => argumentOf(args[i]));
  const values = fn.parameters.map((p, i) => {
    const arg = given[i];
    if (p.repeating) throw new NotModelled(`PLAN.${id}'s ${p.name} repeats: not modelled`);
    how.allowErrors = meta.allowErrorForDataTypeAny === true && (p.type ?? "any") === "any";
    const matrix = p.dimensionality === "matrix";
    switch (arg.kind) {
      case "omitted":
        return null;
      case "value":
        return matrix ? [[passed(arg.value, how)]] : passed(arg.value, how);
      case "reference":
        if (matrix) return arg.cells.map((row) => row.map((v) => passed(v, how)));
        if (arg.cells.length !== 1 || arg.cells[0].length !== 1) throw new NotModelled(`PLAN.${id}'s ${p.name} is one cell: a range there (Excel lifts the function over it) is not modelled`);
        return passed(arg.cells[0][0], how);
    }
  });
  const missing = fn.parameters.some((p, i) => !p.optional && given[i].kind === "omitted");
  if (missing) return { shown: { error: "#VALUE!" }, called: false, received: [] };
  if (how.withheld !== undefined) return { shown: { error: how.withheld }, called: false, received: [] };

  const invocation: { functionName: string; parameterAddresses?: string[] } = { functionName: fn.name };
  if (options.requiresParameterAddresses && atLeast(profile, "1.3")) {
    invocation.parameterAddresses = given.map((arg) => (arg.kind === "reference" ? addressOf(arg) : ""));
  }
  const received = [...values, invocation];
  const restore = installRuntime(profile);
  let outcome: { returned: unknown } | { thrown: unknown };
  try {
    outcome = { returned: implementation(...received) };
  } catch (e) {
    outcome = { thrown: e };
  } finally {
    restore();
  }
  if ("returned" in outcome && isThenable(outcome.returned)) {
    throw new PendingResult(`PLAN.${id} returned a Promise: Excel shows #BUSY! in its cell until it settles (the PLAN.* functions must answer at once)`);
  }
  const shown = "returned" in outcome ? shownResult(outcome.returned, fn, dataTypes) : shownThrown(outcome.thrown);
  return { shown, called: true, received };
}

/** What the cell shows when Excel calls PLAN.<id> with `args` on a `profile` host (see excelCall). */
export function callFunction(profile: Profile, id: string, args: readonly (Argument | SheetValue | SheetValue[][])[], metadata?: FunctionsMetadata): Shown {
  return excelCall(profile, id, args, metadata).shown;
}
