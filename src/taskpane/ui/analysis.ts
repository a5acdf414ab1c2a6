/**
 * The pane's analysis steps, all through src/model (as the CLI and the PLAN.* functions use it), so the
 * three give the same answers. Nothing here touches the DOM or the host beyond the PlanHost contract.
 * Part of the analysis engine's chunk (src/taskpane/ui/engine.ts): the tabs reach it through loadEngine.
 */
import { analyseSheet, builtinTemplate, type AnalyseOptions, type SheetReport, type Template } from "../../model";
import { createRunParsers } from "../../model/analyse/analyseBook";
import type { PaneSettings, PlanHost } from "../hostApi";
import { AUTO_TEMPLATE, savedTemplateValue, type SheetTemplates } from "./choices";
import { todayIso } from "./format";

/**
 * The model's options for the pane's settings (as-of null = today in the UK; the quarter rule) and template
 * choice: automatic, a built-in template by name, or one of `saved` by its picker value.
 */
export function analyseOptions(settings: PaneSettings, templateName: string = AUTO_TEMPLATE, saved: readonly Template[] = []): AnalyseOptions {
  const template = templateName === AUTO_TEMPLATE ? undefined : (builtinTemplate(templateName) ?? saved.find((t) => savedTemplateValue(t) === templateName));
  if (templateName !== AUTO_TEMPLATE && !template) throw new Error(`There is no template called "${templateName.replace(/^saved:/, "")}".`);
  return { asOf: settings.asOf ?? todayIso(), amberDays: settings.amberDays, quarters: settings.quarters, template };
}

/**
 * Reads and analyses sheets one after another, so only one sheet's cells are held at a time; a sheet with
 * a mapping of its own is read with it, the others with `options`.
 */
export async function analyseSheets(host: PlanHost, names: readonly string[], options: AnalyseOptions, mapped: SheetTemplates = new Map()): Promise<SheetReport[]> {
  const parsers = createRunParsers(options);
  const reports: SheetReport[] = [];
  for (const name of names) {
    const grid = await host.readSheet(name);
    const own = mapped.get(name);
    reports.push(analyseSheet(grid, own ? { ...options, template: own } : options, parsers[grid.dateSystem]));
  }
  return reports;
}
