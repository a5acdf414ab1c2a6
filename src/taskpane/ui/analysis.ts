/**
 * The pane's analysis steps, all through src/model (as the CLI and the PLAN.* functions use it), so the
 * three give the same answers. Nothing here touches the DOM or the host beyond the PlanHost contract.
 */
import { analyseSheet, builtinTemplate, type AnalyseOptions, type Role, type SheetReport, type Template } from "../../model";
import { createRunParsers } from "../../model/analyse/analyseBook";
import type { PaneSettings, PlanHost } from "../hostApi";
import { todayIso } from "./format";

/** The template picker's value for "detect the template on each sheet". */
export const AUTO_TEMPLATE = "auto";

/** The picker's value for a saved template (kept apart from the built-in names: a saved one may share a name). */
export const savedTemplateValue = (template: Template): string => `saved:${template.name}`;

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
 * Columns the officer mapped in the Columns view, by sheet: each sheet's template is made from its own
 * mapping and read that sheet only (AnalyseOptions.template applies to every sheet it is given).
 */
export type SheetTemplates = ReadonlyMap<string, Template>;

/** One column as the officer mapped it: its heading and cell on the header row, and the role (null: ignore). */
export interface ColumnChoice {
  label: string;
  cell: string;
  role: Role | null;
}

/** A sheet's mapping: the officer's choice for each column (kept as chosen), and the template made from them. */
export interface SheetMapping {
  columns: readonly ColumnChoice[];
  template: Template;
}

/** The templates of the mapped sheets, for analyseSheets. */
export function sheetTemplates(mappings: ReadonlyMap<string, SheetMapping>): SheetTemplates {
  return new Map([...mappings].map(([sheet, m]) => [sheet, m.template]));
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

/** The sheet "this sheet" means: the active one, else the first; null when there is none. */
export async function currentSheet(host: PlanHost): Promise<string | null> {
  const active = await host.activeSheetName();
  if (active) return active;
  const names = await host.sheetNames();
  return names[0] ?? null;
}
