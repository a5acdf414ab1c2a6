/**
 * The PLAN.* functions as the calculator calls them: a minimal model of Excel marshalling a call to the
 * add-in, calling src/functions/functions.ts directly. It is the one file to replace when the full model of
 * Excel's marshalling (the functions' test harness) lands: the calculator only needs a CustomFunctionSet.
 *
 * What it models (excel-platform.md; design-11.md item 1):
 * - a blank cell arrives as 0 on Windows and Mac desktop ("desktop") and as null on the web ("web"), in a
 *   scalar argument and inside a range alike; an argument left out arrives as null on both;
 * - if any argument (or any cell of a range argument) is an error, Excel does not call the function and the
 *   cell shows the first such error, unless the metadata has allowErrorForDataTypeAny: then the error is
 *   passed in as a CustomFunctions.Error-shaped { code, message };
 * - a range passed where the function takes one value, or a value where it takes a range: a 1×1 range is its
 *   cell and a value a 1×1 range; a bigger range for a scalar parameter (Excel would call the function once
 *   per cell and spill) is not modelled and throws;
 * - a thrown CustomFunctions.Error shows its code and message; anything else thrown shows #VALUE!; null
 *   inside a returned array shows 0 (office-js #1503).
 *
 * Metadata comes from the functions' own signatures and JSDoc, read as the metadata generator reads them
 * (test/addin/functionSignatures.ts, which the build test holds equal to the emitted functions.json), and the
 * namespace from the manifest. The functions read the workbook's date system from the page, where the
 * Excel host puts it (src/functions/settings.ts): a test without the host sets it itself.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "../../../scripts/addin/checkManifest";
import * as functions from "../../../src/functions/functions";
import { FLAG_TITLES } from "../../../src/functions/table";
import { customFunctionsIn } from "../../addin/functionSignatures";
import type { CustomFunctionSet, ExcelArg, ExcelCell, ExcelResult, ExcelResultCell, FunctionInfo, Size } from "./customFunctions";

/** How Excel hands a blank cell to a custom function: 0 on desktop (Windows, Mac), null on the web. */
export type MarshallingProfile = "desktop" | "web";

export interface PlanFunctionOptions {
  profile: MarshallingProfile;
  /** functions.json's top-level allowErrorForDataTypeAny (default: false, as the metadata generator emits). */
  allowErrors?: boolean;
}

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** A spill's size, where the arguments' sizes tell it: FLAGS is as tall as its table and six columns wide. */
const SPILL_SIZES: Record<string, (args: readonly Size[]) => Size | undefined> = {
  FLAGS: (args) => (args[0] ? { rows: args[0].rows, cols: FLAG_TITLES.length } : undefined),
  CHECK: () => undefined, // one row per problem found
};

let signatures: { info: FunctionInfo; call: (...args: unknown[]) => unknown }[] | undefined;

function planSignatures(): NonNullable<typeof signatures> {
  signatures ??= customFunctionsIn(path.join(ROOT, "src", "functions", "functions.ts")).map((f) => {
    const call = (functions as Record<string, unknown>)[f.functionName];
    if (typeof call !== "function") throw new Error(`src/functions/functions.ts does not export ${f.functionName}`);
    return {
      info: {
        id: f.id,
        parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional, matrix: p.dimensionality === "matrix" })),
        volatile: f.volatile,
        ...(f.result.dimensionality === "matrix" ? { spillSize: SPILL_SIZES[f.id] ?? (() => undefined) } : {}),
      },
      call: call as (...args: unknown[]) => unknown,
    };
  });
  return signatures;
}

/** The add-in's namespace, from the manifest (the formula prefix: =PLAN.DUE). */
export function planNamespace(): string {
  const namespace = checkManifest(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).namespace;
  if (!namespace) throw new Error("manifest.xml declares no custom functions namespace");
  return namespace;
}

/** What the function's JavaScript receives for one cell. */
function cellValue(cell: ExcelCell, profile: MarshallingProfile): unknown {
  switch (cell.kind) {
    case "value":
      return cell.value;
    case "blank":
      return profile === "desktop" ? 0 : null;
    case "error":
      return { code: cell.code, message: "" };
  }
}

function firstError(args: readonly ExcelArg[]): string | undefined {
  for (const a of args) {
    if (a.kind === "error") return a.code;
    if (a.kind === "range") for (const row of a.rows) for (const c of row) if (c.kind === "error") return c.code;
  }
  return undefined;
}

function marshal(arg: ExcelArg | undefined, matrix: boolean, profile: MarshallingProfile, where: string): unknown {
  if (arg === undefined || arg.kind === "omitted") return null;
  if (arg.kind === "range") {
    if (matrix) return arg.rows.map((row) => row.map((c) => cellValue(c, profile)));
    if (arg.rows.length !== 1 || arg.rows[0].length !== 1) throw new Error(`${where}: a range for a one-value parameter (Excel lifts the call over each cell) is not modelled`);
    return cellValue(arg.rows[0][0], profile);
  }
  const value = cellValue(arg, profile);
  return matrix ? [[value]] : value;
}

function resultCell(value: unknown): ExcelResultCell {
  if (value === null || value === undefined) return { kind: "value", value: 0 };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "value", value } : { kind: "error", code: "#NUM!", message: "" };
  if (typeof value === "string" || typeof value === "boolean") return { kind: "value", value };
  const e = value as { code?: unknown; message?: unknown };
  if (typeof e.code === "string" && e.code.startsWith("#")) return { kind: "error", code: e.code, message: typeof e.message === "string" ? e.message : "" };
  throw new Error(`a custom function returned ${JSON.stringify(value)}, which Excel cannot show`);
}

function thrownResult(e: unknown): ExcelResult {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === "string" && code.startsWith("#")) return { kind: "error", code, message: typeof message === "string" ? message : "" };
  throw e; // not a CustomFunctions.Error: Excel would show #VALUE!, but here it is a bug to see
}

/** The PLAN.* functions, called as Excel calls them under `options.profile`. */
export function planFunctions(options: PlanFunctionOptions): CustomFunctionSet {
  const all = planSignatures();
  const byId = new Map(all.map((s) => [s.info.id, s]));
  return {
    namespace: planNamespace(),
    functions: all.map((s) => s.info),
    invoke(id, args) {
      const fn = byId.get(id);
      if (!fn) throw new Error(`PLAN.${id} is not a function of the add-in`);
      const params = fn.info.parameters;
      if (args.length > params.length) throw new Error(`PLAN.${id} takes at most ${params.length} arguments: Excel would not accept a formula with ${args.length}`);
      const required = params.filter((p) => !p.optional).length;
      if (args.length < required) throw new Error(`PLAN.${id} needs ${required} arguments: Excel would not accept a formula with ${args.length}`);
      if (!options.allowErrors) {
        const code = firstError(args);
        if (code !== undefined) return { kind: "error", code, message: "" };
      }
      const values = params.map((p, i) => marshal(args[i], p.matrix, options.profile, `PLAN.${id}'s ${p.name}`));
      let result: unknown;
      try {
        result = fn.call(...values);
      } catch (e) {
        return thrownResult(e);
      }
      if (typeof (result as { then?: unknown } | null)?.then === "function") throw new Error(`PLAN.${id} returned a promise: Excel would show #BUSY! until it settles`);
      return Array.isArray(result) ? { kind: "array", rows: result.map((row: unknown[]) => row.map(resultCell)) } : resultCell(result);
    },
  };
}
