import type { RowReport, SheetReport } from "../../model/analyse/types";
import type { RunReport } from "../../model/report/types";
import { fit, percent, plural, ukDate } from "./layout";
import { fileHeading, sheetHeading } from "./sheetHeading";

const COLUMNS = "    Row   RAG    Due (as written)       Due by       Status                       Done Overdue  Action";

function dueBy(r: RowReport): string {
  if (r.due.end) return ukDate(r.due.end);
  return r.due.kind === "none" || r.due.kind === "unparsed" ? `(${r.due.kind})` : r.due.kind;
}

// Date cells carry ISO text; show them as the sheet does.
const asWritten = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? ukDate(text) : text);

function rowLine(r: RowReport): string {
  const overdue = r.overdue ? `${r.daysOverdue}d` : "-";
  return (
    `    ${fit(String(r.row), 5)} ${fit(r.rag, 6)} ${fit(asWritten(r.due.text), 22)} ${fit(dueBy(r), 12)} ` +
    `${fit(r.status.text ? `${r.status.state}: ${r.status.text}` : r.status.state, 28)} ` +
    `${fit(r.complete ? "yes" : "no", 4)} ${fit(overdue, 8)} ${fit(r.action, 60).trimEnd()}`
  );
}

const DAY_FIRST = /\s*\(read day first\)$/;
const PLAIN_DAY = /^\d{1,2} [A-Z][a-z]{2} \d{4}$/;

/** How ambiguous due texts were read, once each; a plain day needs no explaining. */
function readingsUsed(rows: readonly RowReport[]): string[] {
  const readings = new Set<string>();
  let dayFirst = false;
  for (const r of rows) {
    const reading = r.due.reading;
    if (!reading) continue;
    if (DAY_FIRST.test(reading)) dayFirst = true;
    const rest = reading.replace(DAY_FIRST, "");
    if (!PLAIN_DAY.test(rest)) readings.add(rest);
  }
  return dayFirst ? ["numeric dates read day first (UK)", ...readings] : [...readings];
}

function sheetLines(sheet: SheetReport): string[] {
  const out = [`  ${sheetHeading(sheet)}`];
  if (sheet.rows.length === 0) return out;
  out.push(COLUMNS);
  let section: string | null = null;
  for (const r of sheet.rows) {
    if (r.section !== section) {
      section = r.section;
      if (section) out.push(`    § ${fit(section, 100).trimEnd()}`);
    }
    out.push(rowLine(r));
  }
  const readings = readingsUsed(sheet.rows);
  if (readings.length > 0) out.push(`    Readings used: ${readings.slice(0, 6).join("; ")}${readings.length > 6 ? "; …" : ""}`);
  if (sheet.tables.length > 1) {
    sheet.tables.forEach((t, i) => {
      out.push(`    Table ${i + 1} (header ${t.headerCell}): completion ${percent(t.summary.completion)}, ${t.summary.complete} of ${plural(t.summary.rows, "action")} complete, ${t.summary.overdue} overdue`);
    });
  }
  const s = sheet.summary;
  out.push(
    `    Completion ${percent(s.completion)}: ${s.complete} of ${plural(s.rows, "action")} complete, ${s.inProgress} in progress, ` +
      `${s.overdue} overdue, ${s.dueSoon} due within the amber window, ${s.cancelled} cancelled`,
  );
  return out;
}

/** Each plan row with its due reading, status and flags, then completion per sheet. */
export function formatFlags(run: RunReport): string {
  const out: string[] = [`PlanCheck flags · as of ${run.asOf} · amber within ${run.amberDays} days · quarters: ${run.quarters}`, ""];
  for (const file of run.files) {
    out.push(fileHeading(file));
    if (file.error) out.push(`  ERROR ${file.error.message}`);
    for (const sheet of file.sheets) if (sheet.rows.length > 0 || sheet.template) out.push(...sheetLines(sheet));
    const skipped = file.sheets.filter((s) => !s.template).map((s) => `"${s.name}"`);
    if (skipped.length > 0) out.push(`  No plan table on ${skipped.join(", ")}`);
    out.push("");
  }
  const s = run.summary;
  out.push(`Summary: ${plural(s.files, "file")}, ${plural(s.rows, "action")}, ${s.complete} complete, ${s.overdue} overdue`);
  return out.join("\n");
}
