import { a1, columnLetters } from "../a1";
import type { Finding } from "../findings";
import { normaliseLabel } from "../templates/normaliseLabel";
import type { Template } from "../templates/types";
import type { PlanTable } from "../table/types";

const quote = (s: string) => `"${s}"`;

/** Problems with a table's header row: required columns missing, unknown, repeated or blank headings. */
export function headerFindings(sheet: string, table: PlanTable, template: Template): Finding[] {
  const { header } = table;
  const findings: Finding[] = [];
  const headerRow = header.row + 1;
  for (const field of template.fields) {
    if (!field.required || header.byRole.get(field.role)?.field === field) continue;
    const examples = [field.title, ...field.aliases.slice(0, 3)].map(quote).join(", ");
    findings.push({
      code: "missing-label",
      severity: "error",
      sheet,
      cell: a1(header.row, header.firstCol),
      field: field.role,
      message: `The header row (row ${headerRow}) has no ${quote(field.title)} column, which template ${quote(template.name)} requires.`,
      hint: `Add a column headed ${examples}, or fill it in if it was deleted.`,
    });
  }
  const seen = new Map<string, { cell: string; column: (typeof header.columns)[number] }>();
  for (const column of header.columns) {
    const cell = a1(header.row, column.col);
    const key = normaliseLabel(column.label);
    const first = seen.get(key);
    if (first) {
      findings.push({
        code: "duplicate-label",
        severity: "warning",
        sheet,
        cell,
        field: first.column.field?.role ?? null,
        value: column.label,
        message: `The heading ${quote(column.label)} appears twice in the header row (also at ${first.cell}); only the first is read as ${quote(first.column.field?.title ?? column.label)}, the second is kept as an extra column.`,
        hint: "Rename or remove one of the two columns so each heading is used once.",
      });
    } else seen.set(key, { cell, column });
    if (column.field || first) continue;
    findings.push({
      code: "extra-label",
      severity: "info",
      sheet,
      cell,
      field: null,
      value: column.label,
      message: `Column ${quote(column.label)} is not part of template ${quote(template.name)}; its values are kept as an extra column.`,
      hint: `If it is meant to be one of the template's columns, rename it to ${template.fields.map((f) => quote(f.title)).join(", ")}.`,
    });
  }
  for (const col of table.unlabelledCols) {
    findings.push({
      code: "blank-label",
      severity: "warning",
      sheet,
      cell: a1(header.row, col),
      field: null,
      message: `Column ${columnLetters(col)} holds data but has no heading in the header row (row ${headerRow}).`,
      hint: "Give the column a heading so its values can be checked; they are kept as an extra column meanwhile.",
    });
  }
  if (table.repeatedHeaders.length > 0) {
    const rows = table.repeatedHeaders.map((r) => r + 1);
    const list = rows.length === 1 ? `row ${rows[0]}` : `rows ${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}`;
    findings.push({
      code: "repeated-header",
      severity: "info",
      sheet,
      cell: a1(table.repeatedHeaders[0], header.firstCol),
      field: null,
      message: `The header row is repeated at ${list} (page breaks in the original?); ${rows.length === 1 ? "it was" : "they were"} skipped, not read as actions.`,
      hint: "Nothing to do; remove the repeated headings if the plan no longer needs to print that way.",
    });
  }
  return findings;
}
