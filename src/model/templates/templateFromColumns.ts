import { parseTemplate } from "./parseTemplate";
import type { Role, Template, TemplateField } from "./types";

/** One column of a plan table as the officer (or PlanCheck) mapped it; role null means "ignore". */
export interface MappedColumn {
  label: string;
  role: Role | null;
  /**
   * As the template that read the table had it (`plancheck template` keeps them, so "Activities" written once
   * per group is still carried down). Default: fillDown for section and objective, required for action.
   */
  fillDown?: boolean;
  required?: boolean;
}

// Values written once per group and carried down to the rows below (see TemplateField.fillDown).
const FILL_DOWN_ROLES: ReadonlySet<Role> = new Set(["section", "objective"]);

/**
 * The template that reads a table the way it was mapped: one field per role, titled with the column's own
 * heading, so reading the same sheet with it (`--template`, or a template saved in the pane) gives the same
 * columns. A second column given a role already taken becomes an alias of that field: the first column
 * keeps the role and the second is kept as an extra column. Ignored columns are left out of the template,
 * so their values are kept under their own headings as extras, never lost.
 * Returns the template and the problems parseTemplate finds (e.g. no action column mapped).
 */
export function templateFromColumns(
  name: string,
  title: string,
  columns: readonly MappedColumn[],
): { ok: true; template: Template } | { ok: false; problems: string[] } {
  const fields: TemplateField[] = [];
  for (const { label, role, fillDown, required } of columns) {
    const heading = label.trim();
    if (role === null || heading === "") continue;
    const field = fields.find((f) => f.role === role);
    if (field) {
      if (!field.aliases.includes(heading)) field.aliases.push(heading);
      continue;
    }
    fields.push({ role, title: heading, aliases: [], required: required ?? role === "action", fillDown: fillDown ?? FILL_DOWN_ROLES.has(role) });
  }
  const parsed = parseTemplate({ name, title, fields });
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems };
}
