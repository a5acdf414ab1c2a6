import type { CombinedView } from "../../model/combine/types";
import { fit, percent, plural } from "./layout";

/** The run's accounting: per file, rows read = combined + skipped, and what could not be combined. */
export function formatCombineSummary(view: CombinedView, output: string | null): string {
  const out = [`PlanCheck combine · as of ${view.asOf}`, "", `  ${fit("District", 18)} ${fit("File", 40)} ${fit("Read", 6)} ${fit("Combined", 9)} ${fit("Skipped", 8)} Note`];
  let read = 0;
  let combined = 0;
  let skipped = 0;
  for (const f of view.files) {
    read += f.rowsRead;
    combined += f.rowsCombined;
    skipped += f.rowsSkipped;
    const note = f.error ? `NOT COMBINED: ${f.error.message}` : "";
    out.push(`  ${fit(f.district, 18)} ${fit(f.file, 40)} ${fit(String(f.rowsRead), 6)} ${fit(String(f.rowsCombined), 9)} ${fit(String(f.rowsSkipped), 8)} ${note}`.trimEnd());
  }
  out.push(`  ${fit("Total", 18)} ${fit(plural(view.files.length, "file"), 40)} ${fit(String(read), 6)} ${fit(String(combined), 9)} ${String(skipped)}`);
  out.push("", "Districts:");
  for (const d of view.districts) {
    out.push(`  ${fit(d.district, 18)} ${plural(d.rows, "action")}, completion ${percent(d.completion)}, ${d.overdue} overdue, ${plural(d.findings, "finding")}`);
  }
  const problems = view.files.filter((f) => f.error).length;
  if (view.changes) out.push("", `Changes since the previous view: ${view.changes.length}`);
  out.push(
    "",
    `${plural(view.rows.length, "action")} combined from ${plural(view.files.length - problems, "file")}` +
      (problems > 0 ? `; ${plural(problems, "file")} ${problems === 1 ? "needs" : "need"} attention (listed above and on the Issues sheet)` : "") +
      (output ? `. Written to ${output}` : ""),
  );
  return out.join("\n");
}
