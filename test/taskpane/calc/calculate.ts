/**
 * Calculates a fake Excel workbook (test/taskpane/fakeExcelModel.ts) as Excel would and stores each formula's
 * result in its cell, so that reading `values` through the fake then gives what Excel shows. The workbook's
 * sheets, defined names and date system go into HyperFormula (engine.ts), with the add-in's custom functions
 * when it is loaded; every formula is calculated afresh (a stored result is never trusted).
 *
 * What the fake reports, by cell address ("Sheet!A1"):
 * - errors: every formula whose result is an error value (#N/A, #VALUE!, #NAME?, #REF!…), with the message a
 *   custom function gave — values Excel shows, so a test asserts on them;
 * - cycles: formulas in (or fed by) a circular reference. Excel shows 0 and a warning; the fake stores 0 too,
 *   but fails the calculation unless asked to report them (`cycles: "report"`), so no test misses one;
 * - problems: formulas the calculator cannot answer for Excel (a formula Excel would not accept, a function
 *   the engine lacks, a COUNTIFS criterion it reads otherwise than Excel, a custom function that throws or
 *   spills an unknowable size). They always fail it.
 *
 * A spill's first value is its formula cell's result; the whole array is in `spills` (the cells it spills
 * into stay empty in the fake).
 */
import type { HyperFormula, RawCellContent, Sheets } from "hyperformula";
import { DetailedCellError, ErrorType } from "hyperformula";
import { columnLetters } from "../../../src/model/a1";
import { parseAddress, sheetPrefix, shownValue, type FakeSheet, type FakeWorkbook, type FormulaResult, type Raw, type Rect, type Scalar } from "../fakeExcelModel";
import type { CustomFunctionSet, ExcelResultCell } from "./customFunctions";
import { addressOf, buildEngine, ERROR_TYPES, type EngineContext, type EngineProblem } from "./engine";
import { planNamespace } from "./planFunctions";

export interface CalculateOptions {
  /** The add-in's functions, loaded; leave out for a colleague without the add-in (=PLAN.* is #NAME?). */
  functions?: CustomFunctionSet;
  /** A circular reference fails the calculation (the default) or is only reported, its cells showing 0. */
  cycles?: "fail" | "report";
}

export interface CellErrorReport {
  address: string;
  code: string;
  message: string;
}

export interface Calculation {
  /** Every formula cell's result, by address. */
  results: Map<string, FormulaResult>;
  errors: CellErrorReport[];
  cycles: string[];
  problems: EngineProblem[];
  /**
   * How many cells calling each custom function (by id, e.g. OVERDUE) Excel evaluated: each runs the
   * add-in's JavaScript, unless an argument is an error Excel withholds.
   */
  evaluations: Record<string, number>;
  /** The arrays custom functions spilled, by the address of the formula's cell. */
  spills: Map<string, ExcelResultCell[][]>;
}

export class CalculationFailed extends Error {
  constructor(readonly calculation: Calculation) {
    const lines = [
      ...calculation.problems.map((p) => `${p.address}: ${p.message}`),
      ...(calculation.cycles.length ? [`circular reference (Excel shows 0 and warns): ${calculation.cycles.join(", ")}`] : []),
    ];
    super(`The fake Excel cannot calculate this workbook as Excel would:\n${lines.join("\n")}`);
    this.name = "CalculationFailed";
  }
}

const isFormula = (raw: Raw | undefined): raw is { formula: string } => raw !== undefined && typeof raw === "object" && "formula" in raw;

function rangeText(sheet: FakeSheet, r: Rect): string {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  return r.rows === 1 && r.cols === 1 ? `${sheetPrefix(sheet.name)}!${a}` : `${sheetPrefix(sheet.name)}!${a}:$${columnLetters(r.left + r.cols - 1)}$${r.top + r.rows}`;
}

/** A cell's content as HyperFormula reads it: text always as text (a leading apostrophe), errors as codes. */
function content(raw: Raw | undefined, where: () => string, problems: EngineProblem[]): RawCellContent {
  if (raw === undefined) return null;
  if (typeof raw === "string") return `'${raw}`;
  if (typeof raw !== "object") return raw;
  if ("formula" in raw) return `=${raw.formula}`;
  if (!ERROR_TYPES.has(raw.error)) problems.push({ address: where(), message: `the error value ${raw.error} has no equivalent in the engine` });
  return raw.error;
}

/** Function names a formula calls (outside its text literals and quoted sheet names such as 'Combined (PlanCheck)'). */
function calledFunctions(formula: string): Set<string> {
  const bare = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, '""');
  return new Set([...bare.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase()));
}

function sheetsOf(workbook: FakeWorkbook, problems: EngineProblem[]): Sheets {
  const names = namesOf(workbook);
  const sheets: Sheets = {};
  for (const sheet of workbook.sheets) {
    sheets[sheet.name] = Array.from({ length: sheet.rows.length }, (_, r) => {
      const row = sheet.rows[r] ?? [];
      return Array.from({ length: row.length }, (_, c) => {
        const raw = row[c];
        return isFormula(raw) ? `=${resolveNames(raw.formula, names)}` : content(raw, () => `${sheet.name}!${columnLetters(c)}${r + 1}`, problems);
      });
    });
  }
  return sheets;
}

/**
 * The formula with each of the workbook's names replaced by the reference it stands for (outside text and
 * quoted sheet names). HyperFormula's own named expressions are formulas of their own, so a name of a blank
 * cell would read as 0 (with evaluateNullToZero) where Excel reads a blank: ISBLANK(AsOf), or a blank as-of
 * cell handed to a custom function.
 */
function resolveNames(formula: string, references: ReadonlyMap<string, string>): string {
  if (references.size === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![A-Za-z0-9_.$!\\])[A-Za-z_\\][A-Za-z0-9_.\\]*(?![A-Za-z0-9_.(!])/g, (word) => references.get(word.toLowerCase()) ?? word)))
    .join("");
}

function namesOf(workbook: FakeWorkbook): Map<string, string> {
  return new Map(workbook.names.map((n) => [n.name.toLowerCase(), n.sheet ? rangeText(n.sheet, n.rect) : "#REF!"]));
}

/**
 * Calculates every formula of `workbook` and stores the results in its cells. Throws CalculationFailed on a
 * problem, or on a circular reference unless `cycles: "report"`.
 */
function load(workbook: FakeWorkbook, options: CalculateOptions): { hf: HyperFormula; ctx: EngineContext } {
  const problems: EngineProblem[] = [];
  const sheets = sheetsOf(workbook, problems);
  const ctx: EngineContext = {
    dateSystem: workbook.dateSystem,
    functions: options.functions,
    sheetNames: workbook.sheets.map((s) => s.name),
    evaluations: new Map(),
    problems,
    spills: new Map(),
  };
  return { hf: buildEngine(sheets, ctx), ctx };
}

export function calculateWorkbook(workbook: FakeWorkbook, options: CalculateOptions = {}): Calculation {
  const { hf, ctx } = load(workbook, options);
  const problems = ctx.problems;
  const known = new Set(hf.getRegisteredFunctionNames().map((n) => n.toUpperCase()));
  const addIn = `${(options.functions?.namespace ?? planNamespace()).toUpperCase()}.`;
  const calc: Calculation = { results: new Map(), errors: [], cycles: [], problems, evaluations: {}, spills: ctx.spills };

  workbook.sheets.forEach((sheet, s) => {
    sheet.rows.forEach((row, r) => {
      row?.forEach((raw, c) => {
        if (!isFormula(raw)) return;
        const address = addressOf(ctx, { sheet: s, row: r, col: c });
        for (const name of calledFunctions(raw.formula)) {
          if (!known.has(name) && !name.startsWith(addIn)) problems.push({ address, message: `the engine has no function ${name} (Excel may: calculate such formulas another way)` });
        }
        const value = hf.getCellValue({ sheet: s, row: r, col: c });
        let result: FormulaResult;
        if (value instanceof DetailedCellError) {
          if (value.type === ErrorType.CYCLE) {
            calc.cycles.push(address);
            result = 0;
          } else if (value.type === ErrorType.ERROR || value.type === ErrorType.LIC) {
            problems.push({ address, message: `=${raw.formula}: ${value.message} (Excel would not accept it, or the engine cannot read it)` });
            result = { error: "#VALUE!" };
          } else {
            calc.errors.push({ address, code: value.value, message: value.message ?? "" });
            result = { error: value.value };
          }
        } else {
          result = value ?? 0; // a formula that gives nothing shows 0
        }
        calc.results.set(address, result);
        sheet.setRaw(r, c, { formula: raw.formula, result });
      });
    });
  });
  hf.destroy();
  workbook.calculated = true;
  calc.evaluations = Object.fromEntries(ctx.evaluations);
  if (problems.length > 0 || (calc.cycles.length > 0 && options.cycles !== "report")) throw new CalculationFailed(calc);
  return calc;
}

/**
 * The custom-function cells Excel evaluates (by function id) to recalculate `workbook` after an officer types
 * `value` into one cell: those that depend on that cell, and every volatile formula and its dependents —
 * what decides whether a big plan flickers #BUSY! at each keystroke.
 */
export function evaluationsAfterEdit(workbook: FakeWorkbook, options: CalculateOptions, edit: { sheet: string; address: string; value: Scalar }): Record<string, number> {
  const { hf, ctx } = load(workbook, options);
  const sheet = hf.getSheetId(edit.sheet);
  if (sheet === undefined) throw new Error(`no sheet "${edit.sheet}"`);
  const at = parseAddress(edit.address);
  ctx.evaluations.clear();
  hf.setCellContents({ sheet, row: at.top, col: at.left }, [[content(edit.value, () => edit.address, ctx.problems)]]);
  hf.destroy();
  if (ctx.problems.length > 0) throw new CalculationFailed({ results: new Map(), errors: [], cycles: [], problems: ctx.problems, evaluations: {}, spills: ctx.spills });
  return Object.fromEntries(ctx.evaluations);
}

/** A calculator for FakeOptions.calculate: the fake then recalculates after each change, as Excel does. */
export function autoCalculation(options: CalculateOptions = {}): { calculate: (workbook: FakeWorkbook) => void; calculations: Calculation[]; last: () => Calculation } {
  const calculations: Calculation[] = [];
  return {
    calculate: (workbook) => void calculations.push(calculateWorkbook(workbook, options)),
    calculations,
    last: () => {
      const c = calculations[calculations.length - 1];
      if (!c) throw new Error("the fake has not calculated anything yet");
      return c;
    },
  };
}

/** What Range.values shows for `address` ("B2", "A1:C3") of a calculated sheet, row by row. */
export function sheetValues(sheet: FakeSheet, address: string): (string | number | boolean)[][] {
  const r = parseAddress(address);
  return Array.from({ length: r.rows }, (_, i) =>
    Array.from({ length: r.cols }, (_, j) => {
      const v = shownValue(sheet.raw(r.top + i, r.left + j));
      if (v === undefined) throw new Error(`${sheet.name}!${columnLetters(r.left + j)}${r.top + i + 1} has not been calculated`);
      return v;
    }),
  );
}
