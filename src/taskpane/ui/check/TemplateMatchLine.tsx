import type { SheetReport } from "../../../model";
import { count, plural } from "../format";

/** Which template read the sheet and why: its columns recognised, the required ones found, the match score. */
export function TemplateMatchLine({ report }: { report: SheetReport }) {
  const t = report.template;
  if (!t) return <p class="template-line">No plan table found on this sheet.</p>;
  const how = t.chosen ? "chosen" : "detected";
  const tables = report.tables.length > 1 ? `, ${count(report.tables.length)} tables` : "";
  return (
    <p class="template-line">
      Template <strong>{t.title}</strong> ({how}): {count(t.matchedColumns)} of {plural(t.columns, "heading")} recognised, {count(t.requiredFound)} of{" "}
      {count(t.requiredTotal)} required columns found, match {Math.round(t.score * 100)}%. Header row {report.headerRow}
      {tables}, {plural(report.rows.length, "action")}.
    </p>
  );
}
