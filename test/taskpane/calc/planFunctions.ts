/**
 * The PLAN.* functions as the calculator calls them: each call goes through the functions' model of Excel
 * (test/functions/excelCalls.ts, the one model of how Excel marshals a call to the add-in, used by every
 * function test and the parity test), with the metadata the build ships (generated from
 * src/functions/functions.ts and patched: loadFunctions). This file only translates: the engine's arguments
 * into excelCalls' (a reference keeps its sheet and top-left cell, so CHECK's parameterAddresses are the
 * sheet's own; a value that is no reference, such as TODAY() or IF(…), is a constant; an argument left out is
 * omitted), and what the cell shows back into the engine's results (a formatted number, PLAN.DUE's date on
 * CustomFunctionsRuntime 1.4, is its number to the formulas that read it).
 *
 * #BUSY!-free: a function that answers with a Promise (Excel shows #BUSY! until it settles) or streams fails
 * the calculation (excelCalls' PendingResult and not-modelled errors), so no test passes on a value Excel
 * would not have shown at once.
 *
 * The functions read the workbook's date system from the page, where the Excel host puts it
 * (src/functions/settings.ts): a test without the host sets it itself. Call `await loadFunctions()` (in
 * beforeAll) before the first calculation.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "../../../scripts/addin/checkManifest";
import { FLAG_TITLES } from "../../../src/functions/table";
import { basicValueOf, excelCall, shippedMetadata, type Argument, type FunctionsMetadata, type Profile, type SheetValue, type ShownValue } from "../../functions/excelCalls";
import type { CustomFunctionSet, ExcelArg, ExcelCell, ExcelResult, ExcelResultCell, FunctionInfo, Size } from "./customFunctions";

export { loadFunctions, DESKTOP, DESKTOP_365, WEB, type Profile } from "../../functions/excelCalls";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** A spill's size, where the arguments' sizes tell it: FLAGS is as tall as its table and six columns wide. */
const SPILL_SIZES: Record<string, (args: readonly Size[]) => Size | undefined> = {
  FLAGS: (args) => (args[0] ? { rows: args[0].rows, cols: FLAG_TITLES.length } : undefined),
};

/** The add-in's namespace, from the manifest (the formula prefix: =PLAN.DUE). */
export function planNamespace(): string {
  const namespace = checkManifest(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).namespace;
  if (!namespace) throw new Error("manifest.xml declares no custom functions namespace");
  return namespace;
}

function infoOf(metadata: FunctionsMetadata): FunctionInfo[] {
  return metadata.functions.map((f) => ({
    id: f.id,
    parameters: f.parameters.map((p) => ({ name: p.name, optional: p.optional === true, matrix: p.dimensionality === "matrix" })),
    volatile: f.options?.volatile === true,
    // CHECK's spill (one row per problem) only its values can size: the calculator refuses it.
    ...(f.result.dimensionality === "matrix" ? { spillSize: SPILL_SIZES[f.id] ?? (() => undefined) } : {}),
  }));
}

function sheetValue(cell: ExcelCell): SheetValue {
  switch (cell.kind) {
    case "value":
      return cell.value;
    case "blank":
      return null;
    case "error":
      return { error: cell.code };
  }
}

function argumentOf(arg: ExcelArg): Argument {
  switch (arg.kind) {
    case "omitted":
      return { kind: "omitted" };
    case "value":
      return { kind: "value", value: sheetValue(arg.cell) };
    case "reference":
      return { kind: "reference", sheet: arg.at.sheet, at: { row: arg.at.row, col: arg.at.col }, cells: arg.rows.map((row) => row.map(sheetValue)) };
  }
}

function resultCell(shown: ShownValue): ExcelResultCell {
  const v = basicValueOf(shown);
  if (typeof v !== "object") return { kind: "value", value: v };
  if ("error" in v) return { kind: "error", code: v.error, message: v.message ?? "" };
  throw new Error(`a result the calculator cannot hold: ${JSON.stringify(v)}`);
}

/**
 * The PLAN.* functions as a `profile` Excel calls them (DESKTOP: perpetual Office 2021/2024; DESKTOP_365;
 * WEB). `metadata` is the shipped functions.json unless given.
 */
export function planFunctions(profile: Profile, metadata?: FunctionsMetadata): CustomFunctionSet {
  let functions: FunctionInfo[] | undefined;
  return {
    namespace: planNamespace(),
    // Read when the engine is built, after the test's loadFunctions.
    get functions() {
      return (functions ??= infoOf(metadata ?? shippedMetadata()));
    },
    invoke(id, args): ExcelResult {
      const { shown } = excelCall(profile, id, args.map(argumentOf), metadata);
      return Array.isArray(shown) ? { kind: "array", rows: shown.map((row) => row.map(resultCell)) } : resultCell(shown);
    },
  };
}
