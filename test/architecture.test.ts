/**
 * The architecture's walls are enforced by eslint (eslint/walls.js, run by `npm test`). These tests
 * prove each wall really fires, by linting small snippets as if they lived at the given paths.
 */
import { ESLint } from "eslint";
import path from "node:path";

const root = path.resolve(__dirname, "..");
// The project's own config, passed in directly (jest cannot run ESLint's dynamic config import).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(root, "eslint.config.js"));
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId?.startsWith("walls/") || m.ruleId === "no-restricted-globals").map((m) => m.message);
}

describe("architecture walls", () => {
  test.each([
    ["src/model/x.ts", 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;'],
    ["src/model/x.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;'],
    ["src/model/table/x.ts", 'import { readWorkbook } from "../../workbook/readWorkbook";\nexport const x = readWorkbook;'],
    ["src/model/x.ts", 'export { readWorkbook } from "../workbook/readWorkbook";'],
    ["src/functions/x.ts", 'import { readFile } from "fs/promises";\nexport const x = readFile;'],
    ["src/functions/x.ts", 'import { readWorkbook } from "../workbook/readWorkbook";\nexport const x = readWorkbook;'],
    ["src/workbook/x.ts", 'import { main } from "../cli/main";\nexport const x = main;'],
    ["src/taskpane/App.ts", "export const run = () => Excel.run(async () => undefined);"],
    ["src/model/x.ts", "export const ready = () => Office.onReady();"],
    // CustomFunctions is allowed in src/functions/errors.ts only, and Office/Excel not even there.
    ["src/functions/functions.ts", 'export const e = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "x");'],
    ["src/functions/table.ts", 'CustomFunctions.associate("FLAGS", () => 1);'],
    ["src/model/x.ts", "export const e = typeof CustomFunctions;"],
    ["src/taskpane/App.ts", "export const e = typeof CustomFunctions;"],
    ["src/functions/errors.ts", "export const run = () => Excel.run(async () => undefined);"],
    ["src/functions/errors.ts", "export const ready = () => Office.onReady();"],
    ["src/functions/errors.ts", 'import { readWorkbook } from "../workbook/readWorkbook";\nexport const x = readWorkbook;'],
    // Office is allowed in src/functions/requirements.ts only (to ask about requirement sets), and Excel,
    // OfficeExtension and CustomFunctions not even there.
    ["src/functions/due.ts", 'export const y = () => Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.4");'],
    ["src/functions/functions.ts", "export const y = typeof Office;"],
    ["src/functions/requirements.ts", "export const run = () => Excel.run(async () => undefined);"],
    ["src/functions/requirements.ts", 'export const e = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "x");'],
    ["src/functions/requirements.ts", 'import { readFile } from "fs/promises";\nexport const x = readFile;'],
    // The task pane's UI knows hosts only by the PlanHost contract.
    ["src/taskpane/ui/check/CheckTab.tsx", 'import { createExcelHost } from "../../host/excelHost";\nexport const x = createExcelHost;'],
    ["src/taskpane/ui/App.tsx", 'import { Workspace } from "../browser/workspace";\nexport const x = Workspace;'],
    ["src/taskpane/ui/App.tsx", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;'],
    ["src/taskpane/ui/App.tsx", "export const run = () => Excel.run(async () => undefined);"],
    ["src/taskpane/browser/browserHost.ts", 'import { officeStart } from "../host/officeReady";\nexport const x = officeStart;'],
    // HyperFormula (GPL-3.0) is for the tests only: nothing built or shipped may load it.
    ["src/taskpane/host/x.ts", 'import { HyperFormula } from "hyperformula";\nexport const x = HyperFormula;'],
    ["src/workbook/x.ts", 'export const x = () => import("hyperformula");'],
    ["bench/x.ts", 'export { HyperFormula } from "hyperformula";'],
    ["webpack/x.js", 'module.exports = require("hyperformula/commonjs/index.js");'],
  ])("%s may not: %s", async (file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });

  test.each([
    ["src/model/table/x.ts", 'import { a1 } from "../a1";\nimport * as chrono from "chrono-node";\nexport const x = [a1, chrono];'],
    ["src/functions/x.ts", 'import { parseDue } from "../model/due/parseDue";\nexport const x = parseDue;'],
    ["src/cli/x.ts", 'import { main } from "./main";\nexport const x = main;'],
    ["src/taskpane/host/excelHost.ts", "export const run = () => Excel.run(async () => undefined);"],
    ["src/taskpane/ui/check/CheckTab.tsx", 'import { useState } from "preact/hooks";\nimport type { PlanHost } from "../../hostApi";\nimport { analyseSheet } from "../../../model";\nexport const x: [unknown, PlanHost | null, unknown] = [useState, null, analyseSheet];'],
    ["src/taskpane/browser/browserHost.ts", 'import { readXlsxBuffer } from "../../workbook/readBuffer";\nimport { App } from "../ui/App";\nexport const x = [readXlsxBuffer, App];'],
    ["src/functions/errors.ts", 'export const e = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "x");'],
    ["src/functions/requirements.ts", 'export const y = () => Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.4");'],
    ["test/taskpane/calc/x.ts", 'import { HyperFormula } from "hyperformula";\nexport const x = HyperFormula;'],
  ])("%s may: %s", async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
