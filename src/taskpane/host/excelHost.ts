/**
 * The Excel host: the PlanHost contract (../hostApi.ts) over Office.js. Create it once Office.onReady has
 * resolved in Excel; it checks the Excel JavaScript API first and refuses, with a message for the officer,
 * on a host too old for it. Every call runs in its own Excel.run batch and fails with an Error whose message
 * says what to do (run.ts).
 */
import { setWorkbookDateSystem, workbookDateSystem } from "../../functions/settings";
import type { PlanHost } from "../hostApi";
import { askDateSystem } from "./dateSystem";
import { clearMarks, markCells } from "./marks";
import { listSheets } from "./ownSheets";
import { readSheet } from "./readSheet";
import { ExcelTooOld, requireExcelApi } from "./requirements";
import { excelRun } from "./run";
import { loadSettings, saveSettings } from "./settings";
import { loadTemplates } from "./templateSetting";

/**
 * The pane's start in Excel, as the pane shows it. Only a host too old for the API is told to update Office;
 * anything else (the officer typing in a cell, a protected workbook, a passing fault) says what happened and
 * what to do, and trying again can mend it.
 */
export type ExcelStart = { kind: "started"; host: PlanHost } | { kind: "too-old"; message: string } | { kind: "failed"; message: string };

export async function startExcelHost(): Promise<ExcelStart> {
  try {
    return { kind: "started", host: await createExcelHost() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return error instanceof ExcelTooOld ? { kind: "too-old", message } : { kind: "failed", message };
  }
}

export async function createExcelHost(): Promise<PlanHost> {
  requireExcelApi((name, version) => Office.context.requirements.isSetSupported(name, version));
  await shareDateSystem();
  return {
    kind: "excel",
    sheetNames: () =>
      excelRun("Listing the sheets", async (context) => (await listSheets(context)).filter((s) => s.role !== "settings").map((s) => s.name)),
    activeSheetName: () =>
      excelRun("Finding the sheet you are on", async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }),
    readSheet: (name) => excelRun(`Reading the sheet "${name}"`, (context) => readSheet(context, name)),
    selectCell: (sheet, cell) =>
      excelRun(`Going to ${cell} on "${sheet}"`, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    markCells: (marks) => excelRun("Highlighting the problem cells", (context) => markCells(context, marks)),
    clearMarks: () => excelRun("Removing the highlighting", (context) => clearMarks(context)),
    loadSettings: () => excelRun("Reading PlanCheck's settings from the workbook", (context) => loadSettings(context)),
    saveSettings: (settings) => excelRun("Saving PlanCheck's settings in the workbook", (context) => saveSettings(context, settings)),
    // Loaded when first used, as the combined sheets' writer below: neither is needed to start the pane.
    addFlagColumns: (request) =>
      excelRun(`Adding the flag columns on "${request.sheet}"`, async (context) => {
        const { addFlagColumns } = await import(/* webpackChunkName: "excel-flags" */ "./flagColumns");
        return addFlagColumns(context, request);
      }),
    writeCombined: (view) =>
      excelRun("Writing the combined sheets", async (context) => {
        const { writeCombined } = await import(/* webpackChunkName: "excel-writer" */ "./writeCombined");
        return writeCombined(context, view);
      }),
    // Not Excel.run batches: the add-in settings are office.js's own copy, saved with saveAsync. Saving and
    // exporting load on first use (templateStore.ts), as the writers above do.
    loadTemplates: async () => loadTemplates(),
    saveTemplate: async (template) => (await import(/* webpackChunkName: "excel-templates" */ "./templateStore")).saveTemplate(template),
    exportTemplate: async (file) => (await import(/* webpackChunkName: "excel-templates" */ "./templateStore")).exportTemplate(file),
    writeReturnWorkbook: async (template) => (await import(/* webpackChunkName: "excel-return" */ "./returnWorkbook")).openReturnWorkbook(template),
  };
}

/**
 * Tells the PLAN.* functions (same page, another bundle) the workbook's date system, and has Excel
 * recalculate when it is not the default 1900 one, so date serials already read the old way are read again.
 */
async function shareDateSystem(): Promise<void> {
  // The start's only call into Excel: its failures read "Starting PlanCheck in this workbook did not work. …".
  await excelRun("Starting PlanCheck in this workbook", async (context) => {
    const system = askDateSystem(context);
    await context.sync();
    if (system() === workbookDateSystem()) return;
    setWorkbookDateSystem(system());
    context.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
