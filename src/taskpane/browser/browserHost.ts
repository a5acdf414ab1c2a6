/**
 * PlanHost for the standalone page (no Excel): the sheets are those of the workbooks opened from disk,
 * "going to" a cell scrolls the sheet view to it, highlights and flag columns are shown in that view (a
 * browser cannot write into the officer's file), settings live in localStorage, and the combined workbook
 * is downloaded, as is an exported template; saved templates live in localStorage too. The combined-workbook writer (exceljs) is a separate chunk, loaded on the first download.
 */
import type { CombinedView, Grid } from "../../model";
import type { Template } from "../../model/templates/types";
import { downloadFile } from "../files/download";
import type { CellMark, FlagColumnsRequest, PaneSettings, PlanHost, TemplateFile } from "../hostApi";
import { loadStoredSettings, saveStoredSettings } from "./settingsStore";
import { loadStoredTemplates, saveStoredTemplate, TEMPLATES_KEY } from "./templateStore";
import type { Workspace } from "./workspace";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const JSON_TYPE = "application/json";

export interface BrowserHostOptions {
  /** Where settings are kept; null where the browser allows no storage. */
  storage: Storage | null;
  /** localStorage key (the sample page keeps its own, dated 2010, apart from the officer's). */
  settingsKey: string;
  defaults: PaneSettings;
  /** localStorage key of the saved templates (TEMPLATES_KEY: the officer's own, whichever workbooks are open). */
  templatesKey?: string;
  /** Saves the file; by default the browser downloads it. */
  save?: (bytes: Uint8Array, fileName: string, type: string) => void;
}

/** The download's name: "PlanCheck combined 2010-07-01.xlsx". */
export const combinedFileName = (view: CombinedView): string => `PlanCheck combined ${view.asOf}.xlsx`;

export function createBrowserHost(workspace: Workspace, options: BrowserHostOptions): PlanHost {
  const save = options.save ?? downloadFile;
  const templatesKey = options.templatesKey ?? TEMPLATES_KEY;
  const sheet = (name: string) => {
    const open = workspace.sheet(name);
    if (!open) throw new Error(`no sheet "${name}" is open; open its workbook again with Open workbooks…`);
    return open;
  };
  return {
    kind: "browser",
    sheetNames: async () => workspace.state.sheets.map((s) => s.name),
    activeSheetName: async () => workspace.state.active,
    readSheet: async (name: string): Promise<Grid> => sheet(name).grid,
    selectCell: async (name: string, cell: string) => {
      sheet(name);
      workspace.select(name, cell);
    },
    markCells: async (marks: readonly CellMark[]) => workspace.mark([...workspace.state.marks, ...marks]),
    clearMarks: async () => workspace.mark([]),
    loadSettings: async () => loadStoredSettings(options.storage, options.settingsKey, options.defaults),
    saveSettings: async (settings: PaneSettings) => saveStoredSettings(options.storage, options.settingsKey, settings),
    addFlagColumns: async (request: FlagColumnsRequest) => {
      sheet(request.sheet);
      workspace.addFlags(request);
    },
    writeCombined: async (view: CombinedView) => {
      const { combinedWorkbookBytes } = await import(/* webpackChunkName: "writer" */ "../../workbook/combined/browser");
      const bytes = await combinedWorkbookBytes(view);
      const name = combinedFileName(view);
      save(bytes, name, XLSX_TYPE);
      return `downloaded as "${name}"`;
    },
    loadTemplates: async () => loadStoredTemplates(options.storage, templatesKey),
    saveTemplate: async (template: Template) => {
      saveStoredTemplate(options.storage, templatesKey, template);
      return "in this browser";
    },
    exportTemplate: async (file: TemplateFile) => {
      save(new TextEncoder().encode(file.text), file.name, JSON_TYPE);
      return `downloaded as "${file.name}"`;
    },
    writeReturnWorkbook: async (template: Template) => {
      const { buildReturnWorkbook, returnFileName } = await import(/* webpackChunkName: "return-writer" */ "../../workbook/returnWorkbook");
      const name = returnFileName(template);
      save(await buildReturnWorkbook(template), name, XLSX_TYPE);
      return `downloaded as "${name}"`;
    },
  };
}
