/**
 * Templates saved from the pane's Columns view, kept in the workbook's add-in settings
 * (Office.context.document.settings: per workbook and per add-in, stored in the file, ExcelApi not needed).
 *
 * Why there and not on the PlanCheck settings sheet (settings.ts): the flag settings live in named cells
 * because the flag columns' =PLAN.* formulas read them, and the officer may set them by hand. Nothing reads a
 * template from a cell: on the sheet it would be a JSON blob the officer could break by typing (or hit the
 * 32,767-character cell limit), and saving one would create the settings sheet with its names. The add-in
 * settings are Office's own place for an add-in's data in a document, travel with the file, and are the
 * same for everyone who opens it with PlanCheck.
 *
 * As Office documents (the Office.Settings interface): `set` changes only the pane's copy in memory; the
 * settings reach the document when `saveAsync` succeeds (and the file, when the workbook is saved). So a
 * save that fails puts the pane's copy back as it was, and the officer is told.
 *
 * Loaded on the first save or export (as the flag columns' writer is): only the reading (templateSetting.ts)
 * is start-up code.
 */
import type { Template } from "../../model/templates/types";
import { downloadFile } from "../files/download";
import { savedTemplatesFrom, withSavedTemplate } from "../files/savedTemplates";
import type { TemplateFile } from "../hostApi";
import { officerError } from "./run";
import { TEMPLATES_SETTING } from "./templateSetting";

function saveSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message || "the settings were not saved")),
    ),
  );
}

/** Keeps `template` in the workbook, in place of a saved one of the same name; says where it went. */
export async function saveTemplate(template: Template): Promise<string> {
  const settings = Office.context.document.settings;
  const before: unknown = settings.get(TEMPLATES_SETTING);
  settings.set(TEMPLATES_SETTING, withSavedTemplate(savedTemplatesFrom(before), template));
  try {
    await saveSettings(settings);
  } catch (error) {
    if (before === null || before === undefined) settings.remove(TEMPLATES_SETTING);
    else settings.set(TEMPLATES_SETTING, before);
    throw officerError(error, `Saving the template "${template.title}" in the workbook`);
  }
  return "in this workbook: it stays with the file once the workbook is saved";
}

/**
 * Downloads the template's file where the pane can download (Excel on Windows and on the web). Excel on Mac
 * runs the pane in WKWebView, which ignores downloads from a pane (office-js #2700, "by design"): there the
 * officer is told to copy the text the pane shows.
 */
export function exportTemplate(file: TemplateFile): string {
  if (Office.context.platform === Office.PlatformType.Mac) {
    return `shown below: Excel on Mac cannot save files from the pane, so copy the text into a new text file named "${file.name}"`;
  }
  downloadFile(file.text, file.name, "application/json");
  return `downloaded as "${file.name}"`;
}
