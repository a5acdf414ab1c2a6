/**
 * HyperFormula set up to calculate as Excel does, for the tests only: it is GPL-3.0, a dev dependency that
 * only test/ may import (eslint's walls/no-packages) and that nothing built carries (notShipped.test.ts).
 * What Excel-likeness needed beyond the defaults:
 *
 * - serials: the 1900 system counts from 31 Dec 1899 with Lotus's phantom 29 Feb 1900 (serial 60), so
 *   DATE(1900,1,1) is 1 and DATE(2010,7,1) 40360; the 1904 system counts from 1 Jan 1904 (38898);
 * - TODAY() is HyperFormula's own: this computer's date, volatile as in Excel, read from the clock the PLAN.*
 *   functions read too (so jest's fake timers move both);
 * - Excel's sheet size, so a 100,000-row sheet loads; TRUE and FALSE as literals, not only as TRUE();
 * - a formula that gives nothing is 0 wherever it is read (ISNUMBER of it is TRUE, ISBLANK FALSE);
 * - COUNTIFS and its kin refuse (as a problem) a criterion HyperFormula would read otherwise than Excel;
 * - custom functions are bridged to a CustomFunctionSet (customFunctions.ts): each argument reaches it as
 *   Excel holds it — a reference to a cell or a range (with its sheet and top-left cell), a value that is no
 *   reference, an argument left out; a blank cell, an error — and the set decides what its JavaScript sees.
 *   Without a set, =PLAN.* is #NAME?, as for a colleague without the add-in.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition, type ImplementedFunctions, type Sheets, type SimpleCellAddress } from "hyperformula";
import { columnLetters } from "../../../src/model/a1";
import type { DateSystem } from "../../../src/model/grid";
import type { CellAt, CustomFunctionSet, ExcelArg, ExcelCell, ExcelResultCell, FunctionInfo, Size } from "./customFunctions";

/** What went wrong where, in a cell the engine cannot answer for Excel. */
export interface EngineProblem {
  address: string;
  message: string;
}

/** Shared by the engine's plugins through HyperFormula's `context` setting. */
export interface EngineContext {
  dateSystem: DateSystem;
  functions: CustomFunctionSet | undefined;
  sheetNames: readonly string[];
  evaluations: Map<string, number>;
  problems: EngineProblem[];
  spills: Map<string, ExcelResultCell[][]>;
}

interface Address {
  sheet: number;
  row: number;
  col: number;
}

/** The parts of HyperFormula's AST the bridge reads (its AST types are not exported). */
interface Ast {
  type: string;
  procedureName?: string;
  args?: Ast[];
  /** A CELL_REFERENCE's cell. */
  reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
}

interface State {
  formulaAddress: Address;
}

export function addressOf(ctx: Pick<EngineContext, "sheetNames">, a: Address): string {
  return `${ctx.sheetNames[a.sheet] ?? "?"}!${columnLetters(a.col)}${a.row + 1}`;
}

const EXCEL_CODES: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

/** The Excel error codes HyperFormula can hold, and its type for each. */
export const ERROR_TYPES: ReadonlyMap<string, ErrorType> = new Map(
  [ErrorType.DIV_BY_ZERO, ErrorType.NAME, ErrorType.VALUE, ErrorType.NUM, ErrorType.NA, ErrorType.REF].map((t) => [EXCEL_CODES[t], t]),
);

const excelCode = (type: ErrorType): string => EXCEL_CODES[type];

function scalarSize(s: ArraySize): Size {
  return { rows: s.height, cols: s.width };
}

/** A plugin that hands every call of `set`'s functions to its invoker. */
function bridgeFor(set: CustomFunctionSet): FunctionPluginDefinition {
  const byName = new Map(set.functions.map((f) => [`${set.namespace}.${f.id}`.toUpperCase(), f]));

  class CustomFunctionBridge extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
      set.functions.map((f) => [
        `${set.namespace}.${f.id}`.toUpperCase(),
        { method: "invokeCustom", isVolatile: f.volatile, ...(f.spillSize ? { sizeOfResultArrayMethod: "customSpillSize" } : {}) },
      ]),
    );

    private get ctx(): EngineContext {
      return this.config.context as EngineContext;
    }

    private info(ast: Ast): FunctionInfo {
      const f = byName.get(String(ast.procedureName).toUpperCase());
      if (!f) throw new Error(`no custom function ${ast.procedureName}`);
      return f;
    }

    private cell(v: unknown): ExcelCell {
      if (v === EmptyValue) return { kind: "blank" };
      if (v instanceof CellError) return { kind: "error", code: excelCode(v.type) };
      if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { kind: "value", value: v };
      const rich = v as { val?: unknown };
      if (typeof rich.val === "number") return { kind: "value", value: rich.val };
      throw new Error(`unexpected value ${String(v)} from the engine`);
    }

    private at(a: SimpleCellAddress): CellAt {
      return { sheet: this.ctx.sheetNames[a.sheet] ?? "?", row: a.row, col: a.col };
    }

    /** An argument as Excel holds it: a reference (with where it starts), a value, or nothing. */
    private argument(ast: Ast, state: State): ExcelArg {
      if (ast.type === "EMPTY") return { kind: "omitted" };
      const v: unknown = this.evaluateAst(ast as never, state as never);
      if (v instanceof SimpleRangeValue) {
        const rows = v.data.map((row) => row.map((x) => this.cell(x)));
        if (v.range) return { kind: "reference", at: this.at(v.range.start), rows };
        if (rows.length === 1 && rows[0].length === 1) return { kind: "value", cell: rows[0][0] };
        throw new Error("an array that is no reference (an array constant, or a function's array) is not modelled as an argument");
      }
      if (ast.type === "CELL_REFERENCE" && ast.reference) return { kind: "reference", at: this.at(ast.reference.toSimpleCellAddress(state.formulaAddress)), rows: [[this.cell(v)]] };
      return { kind: "value", cell: this.cell(v) };
    }

    private expectedSize(ast: Ast, state: State, f: FunctionInfo): Size | undefined {
      const sizes = (ast.args ?? []).map((a) => (a.type === "EMPTY" ? { rows: 1, cols: 1 } : scalarSize(this.arraySizeForAst(a as never, state as never))));
      return f.spillSize?.(sizes);
    }

    customSpillSize(ast: Ast, state: State): ArraySize {
      const size = this.expectedSize(ast, state, this.info(ast));
      if (size === undefined) {
        this.ctx.problems.push({ address: addressOf(this.ctx, state.formulaAddress), message: `${ast.procedureName}: the size of its spill depends on the values, which the calculator cannot know in advance` });
        return ArraySize.error();
      }
      return new ArraySize(size.cols, size.rows);
    }

    invokeCustom(ast: Ast, state: State): unknown {
      const f = this.info(ast);
      const where = addressOf(this.ctx, state.formulaAddress);
      const fail = (message: string): CellError => {
        this.ctx.problems.push({ address: where, message });
        return new CellError(ErrorType.VALUE, message);
      };
      let result;
      try {
        const args = (ast.args ?? []).map((a) => this.argument(a, state));
        this.ctx.evaluations.set(f.id, (this.ctx.evaluations.get(f.id) ?? 0) + 1);
        result = set.invoke(f.id, args);
      } catch (e) {
        return fail(`${ast.procedureName}: ${(e as Error).message}`);
      }
      if (result.kind !== "array") return toEngine(result);
      const size = this.expectedSize(ast, state, f);
      const rows = result.rows.length;
      const cols = Math.max(0, ...result.rows.map((r) => r.length));
      if (!size || size.rows !== rows || size.cols !== cols || result.rows.some((r) => r.length !== cols)) {
        return fail(`${ast.procedureName} gave a ${rows}×${cols} array where ${size ? `${size.rows}×${size.cols}` : "one value"} was expected`);
      }
      this.ctx.spills.set(where, result.rows);
      return SimpleRangeValue.onlyValues(result.rows.map((r) => r.map(toEngine)));
    }
  }
  return CustomFunctionBridge;
}

function toEngine(cell: ExcelResultCell): number | string | boolean | CellError {
  if (cell.kind === "value") return cell.value;
  const type = ERROR_TYPES.get(cell.code);
  return type === undefined ? new CellError(ErrorType.ERROR, `${cell.code} (an error code the engine does not have)`) : new CellError(type, cell.message || undefined);
}

/** Where each conditional aggregation takes its criteria: COUNTIFS(range, criterion, range, criterion…). */
const CRITERIA: Record<string, (index: number) => boolean> = {
  countif: (i) => i === 1,
  sumif: (i) => i === 1,
  averageif: (i) => i === 1,
  countifs: (i) => i % 2 === 1,
  sumifs: (i) => i >= 2 && i % 2 === 0,
  minifs: (i) => i >= 2 && i % 2 === 0,
  maxifs: (i) => i >= 2 && i % 2 === 0,
};

/**
 * Why HyperFormula would read a criterion otherwise than Excel, or undefined. Excel reads one leading
 * operator (=, <>, <, >, <=, >=) and compares with the rest as it is, so "==York" means equal to "=York";
 * HyperFormula takes the first run of <, > and = anywhere as the operator ("a=b" becomes "=b", "==York"
 * fails), and reads "=TRUE" as the boolean, where LibreOffice also matches the text TRUE (Excel unverified).
 */
function criterionMisread(criterion: string): string | undefined {
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(criterion) as RegExpExecArray;
  if (/[<>=]/.test(m[2])) return `the criterion "${criterion}" has <, > or = after its operator, which the engine misreads`;
  if (m[1] !== undefined && /^(true|false)$/i.test(m[2])) return `the criterion "${criterion}" compares with TRUE or FALSE written as text, which the engine reads as a boolean only`;
  return undefined;
}

/** What a plugin method reaches of its plugin (protected in HyperFormula's types). */
interface PluginInternals {
  config: { context: EngineContext };
  evaluateAst(ast: never, state: never): unknown;
}

type PluginMethod = (this: PluginInternals, ast: Ast, state: State) => unknown;

/** COUNTIFS and its kin, failing the calculation where a criterion would be read otherwise than in Excel. */
function criteriaGuard(): FunctionPluginDefinition {
  const Base = HyperFormula.getFunctionPlugin("COUNTIFS") as FunctionPluginDefinition;
  const base = Base.prototype as unknown as Record<string, PluginMethod>;
  class CriteriaGuard extends (Base as unknown as new (interpreter: never) => object) {}
  const guarded = CriteriaGuard.prototype as unknown as Record<string, PluginMethod>;
  for (const [method, isCriterion] of Object.entries(CRITERIA)) {
    guarded[method] = function (ast, state) {
      (ast.args ?? []).forEach((arg, i) => {
        const v = isCriterion(i) ? this.evaluateAst(arg as never, state as never) : undefined;
        const why = typeof v === "string" ? criterionMisread(v) : undefined;
        if (why) this.config.context.problems.push({ address: addressOf(this.config.context, state.formulaAddress), message: `${ast.procedureName}: ${why}` });
      });
      return base[method].call(this, ast, state);
    };
  }
  return CriteriaGuard as unknown as FunctionPluginDefinition;
}

const translated = new Set<string>();

/** HyperFormula parses a function name only through its language's translations: give each name its own. */
function translate(names: readonly string[]): void {
  const fresh = names.filter((n) => !translated.has(n));
  if (fresh.length === 0) return;
  HyperFormula.getLanguage("enGB").extendFunctions(Object.fromEntries(fresh.map((n) => [n, n])));
  for (const n of fresh) translated.add(n);
}

/** HyperFormula reads TRUE and FALSE only as functions, TRUE(); as names (which Excel forbids) they are the literals. */
const BOOLEAN_LITERALS = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/**
 * An engine over `sheets` (cell contents as HyperFormula reads them, the workbook's names already replaced by
 * their references: see calculate.ts).
 */
export function buildEngine(sheets: Sheets, ctx: EngineContext): HyperFormula {
  const plugins: FunctionPluginDefinition[] = [...HyperFormula.getAllFunctionPlugins(), criteriaGuard()];
  if (ctx.functions) {
    const bridge = bridgeFor(ctx.functions);
    translate(Object.keys(bridge.implementedFunctions));
    plugins.push(bridge);
  }
  return HyperFormula.buildFromSheets(
    sheets,
    {
      licenseKey: "gpl-v3",
      functionPlugins: plugins,
      context: ctx,
      ...(ctx.dateSystem === 1900 ? { nullDate: { year: 1899, month: 12, day: 31 }, leapYear1900: true } : { nullDate: { year: 1904, month: 1, day: 1 }, leapYear1900: false }),
      // A formula that gives nothing (=Z99 over an empty cell) is 0, to other formulas as in its cell.
      evaluateNullToZero: true,
      maxRows: 1_048_576,
      maxColumns: 16_384,
    },
    BOOLEAN_LITERALS,
  );
}
