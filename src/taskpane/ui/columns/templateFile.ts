/** Templates made in the pane, as names and files: what "Save as template…" and "Export template" write. */
import { templateFromColumns, type MappedColumn } from "../../../model/templates/templateFromColumns";
import { templateJson } from "../../../model/templates/templateJson";
import { templateName } from "../../../model/templates/templateName";
import type { Template } from "../../../model/templates/types";
import type { TemplateFile } from "../../hostApi";

/**
 * The template a sheet's mapping makes, titled by the officer (or "Your columns for …"), or what stops it.
 * `reader` is the template that read the sheet: a role it knows keeps its fill-down and required settings,
 * so mapping one column never switches off the checks for a missing lead or due date on the others.
 */
export function mappedTemplate(title: string, columns: readonly MappedColumn[], reader?: Template): ReturnType<typeof templateFromColumns> {
  const withSettings = columns.map((c): MappedColumn => {
    const field = c.role === null ? undefined : reader?.fields.find((f) => f.role === c.role);
    return field ? { label: c.label, role: c.role, fillDown: field.fillDown, required: field.required } : { label: c.label, role: c.role };
  });
  return templateFromColumns(templateName(title), title.trim(), withSettings);
}

/** The title of a sheet's mapping until the officer names it. */
export const mappingTitle = (sheet: string): string => `Your columns for "${sheet}"`;

/** The template as the file `plancheck check --template FILE` reads (parseTemplate takes it back as it was). */
export function templateFile(template: Template): TemplateFile {
  return { name: `${template.name}.json`, text: templateJson(template) };
}
