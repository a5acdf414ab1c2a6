/**
 * What the officer chose, as the pane keeps it between checks: the template picker's value and the columns
 * mapped per sheet; and which sheet "this sheet" means. Start-up code: nothing here runs the analysis
 * engine (src/taskpane/ui/engine.ts, loaded on first use), so the tabs can draw without it.
 */
import type { Role, Template } from "../../model/templates/types";
import type { PlanHost } from "../hostApi";

/** The template picker's value for "detect the template on each sheet". */
export const AUTO_TEMPLATE = "auto";

/** The picker's value for a saved template (kept apart from the built-in names: a saved one may share a name). */
export const savedTemplateValue = (template: Template): string => `saved:${template.name}`;

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

/** The sheet "this sheet" means: the active one, else the first; null when there is none. */
export async function currentSheet(host: PlanHost): Promise<string | null> {
  const active = await host.activeSheetName();
  if (active) return active;
  const names = await host.sheetNames();
  return names[0] ?? null;
}
