/** Templates made in the pane, as names and files: what "Save as template…" and "Export template" write. */
import { templateFromColumns, type MappedColumn } from "../../../model/templates/templateFromColumns";
import type { Template } from "../../../model/templates/types";
import type { TemplateFile } from "../../hostApi";

/** A template's short name from the officer's title: "Craven plan 2010" → "craven-plan-2010". */
export function templateName(title: string): string {
  const name = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name || "my-template";
}

/** The template a sheet's mapping makes, titled by the officer (or "Your columns for …"), or what stops it. */
export function mappedTemplate(title: string, columns: readonly MappedColumn[]): ReturnType<typeof templateFromColumns> {
  return templateFromColumns(templateName(title), title.trim(), columns);
}

/** The title of a sheet's mapping until the officer names it. */
export const mappingTitle = (sheet: string): string => `Your columns for "${sheet}"`;

/** The template as the file `plancheck check --template FILE` reads (parseTemplate takes it back as it was). */
export function templateFile(template: Template): TemplateFile {
  return { name: `${template.name}.json`, text: `${JSON.stringify(template, null, 2)}\n` };
}
