/**
 * The pane's analysis steps, all through src/model (as the CLI and the PLAN.* functions use it), so the
 * three give the same answers. Nothing here touches the DOM or the host beyond the PlanHost contract.
 */
import { analyseSheet, builtinTemplate, type AnalyseOptions, type SheetReport } from "../../model";
import { createRunParsers } from "../../model/analyse/analyseBook";
import type { PaneSettings, PlanHost } from "../hostApi";
import { todayIso } from "./format";

/** The template picker's value for "detect the template on each sheet". */
export const AUTO_TEMPLATE = "auto";

/** The model's options for the pane's settings (as-of null = today in the UK; the quarter rule) and template choice. */
export function analyseOptions(settings: PaneSettings, templateName: string = AUTO_TEMPLATE): AnalyseOptions {
  const template = templateName === AUTO_TEMPLATE ? undefined : builtinTemplate(templateName);
  if (templateName !== AUTO_TEMPLATE && !template) throw new Error(`There is no template called "${templateName}".`);
  return { asOf: settings.asOf ?? todayIso(), amberDays: settings.amberDays, quarters: settings.quarters, template };
}

/** Reads and analyses sheets one after another, so only one sheet's cells are held at a time. */
export async function analyseSheets(host: PlanHost, names: readonly string[], options: AnalyseOptions): Promise<SheetReport[]> {
  const parsers = createRunParsers(options);
  const reports: SheetReport[] = [];
  for (const name of names) {
    const grid = await host.readSheet(name);
    reports.push(analyseSheet(grid, options, parsers[grid.dateSystem]));
  }
  return reports;
}

/** The sheet "this sheet" means: the active one, else the first; null when there is none. */
export async function currentSheet(host: PlanHost): Promise<string | null> {
  const active = await host.activeSheetName();
  if (active) return active;
  const names = await host.sheetNames();
  return names[0] ?? null;
}
