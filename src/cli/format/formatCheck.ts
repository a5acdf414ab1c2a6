import type { Finding } from "../../model/findings";
import { yieldsPlan } from "../../model/report/summariseRun";
import type { RunReport } from "../../model/report/types";
import { columnLines } from "./formatColumns";
import { fit, plural } from "./layout";
import { fileHeading, sheetHeading } from "./sheetHeading";

function findingLines(f: Finding): string[] {
  const where = fit(f.cell ?? "-", 6);
  const field = fit(f.field ?? "", 9);
  return [`    ${fit(f.severity, 7)} ${where} ${field} ${f.message}`, `    ${" ".repeat(7 + 1 + 6 + 1 + 9)} → ${f.hint}`];
}

/** Human-readable findings per file and sheet, then the run's totals. */
export function formatCheck(run: RunReport): string {
  const out: string[] = [`PlanCheck check · as of ${run.asOf}`, ""];
  for (const file of run.files) {
    out.push(fileHeading(file));
    if (file.error) {
      out.push(`  ERROR ${file.error.message}`, "");
      continue;
    }
    for (const w of file.warnings) out.push(`  note: ${w}`);
    for (const sheet of file.sheets) {
      out.push(`  ${sheetHeading(sheet)}`, ...columnLines(sheet));
      if (sheet.findings.length === 0) out.push("    ✓ no problems found");
      for (const f of sheet.findings) out.push(...findingLines(f));
    }
    if (!yieldsPlan(file.sheets)) out.push("  ✗ no plan in this file: no sheet gives a single action (combine would leave it out)");
    out.push("");
  }
  const s = run.summary;
  out.push(
    `Summary: ${plural(s.files, "file")} (${s.unreadable} unreadable), ${plural(s.rows, "action")}, ` +
      `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}`,
  );
  return out.join("\n");
}
