import { normaliseLabel } from "../templates/normaliseLabel";
import { templateFromColumns, type MappedColumn } from "../templates/templateFromColumns";
import type { Template } from "../templates/types";
import type { SheetReport } from "./types";

export type SheetTemplate = { ok: true; template: Template } | { ok: false; problems: string[] };

/**
 * The template PlanCheck inferred for a sheet, as a file the officer can edit and pass back with
 * `--template`: the columns of every table on the sheet with the roles they were given (a later table's
 * different heading for a role becomes an alias). A heading already placed keeps its first role, so the
 * template never names one heading twice. `reader` is the template that read the sheet: each role keeps
 * its fill-down and required settings, so the sheet reads back with the same rows and the same checks.
 */
export function templateFromSheet(sheet: SheetReport, reader: Template | undefined, name: string, title: string): SheetTemplate {
  const columns: MappedColumn[] = [];
  const placed = new Set<string>();
  for (const table of sheet.tables) {
    for (const { label, role } of table.columns) {
      const key = normaliseLabel(label);
      if (key === "" || placed.has(key)) continue;
      placed.add(key);
      const field = role === null ? undefined : reader?.fields.find((f) => f.role === role);
      columns.push(field ? { label, role, fillDown: field.fillDown, required: field.required } : { label, role });
    }
  }
  if (columns.length === 0) return { ok: false, problems: ["no plan table was found on the sheet"] };
  return templateFromColumns(name, title, columns);
}

export { templateName } from "../templates/templateName";
