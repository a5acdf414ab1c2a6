import type { SheetReport } from "../analyse/types";
import type { FileReport, RunSummary } from "./types";

export function summariseRun(files: readonly FileReport[]): RunSummary {
  const summary: RunSummary = { files: files.length, unreadable: 0, rows: 0, complete: 0, overdue: 0, errors: 0, warnings: 0 };
  for (const file of files) {
    if (file.error) {
      summary.unreadable++;
      summary.errors++;
    }
    for (const sheet of file.sheets) {
      summary.rows += sheet.summary.rows;
      summary.complete += sheet.summary.complete;
      summary.overdue += sheet.summary.overdue;
      for (const f of sheet.findings) {
        if (f.severity === "error") summary.errors++;
        else if (f.severity === "warning") summary.warnings++;
      }
    }
  }
  return summary;
}

/** True when a file has something that must be fixed: it could not be read, or a finding is an error. */
export function fileHasErrors(file: FileReport): boolean {
  return file.error !== null || file.sheets.some((s) => s.findings.some((f) => f.severity === "error"));
}

/**
 * True when some sheet of a read file gave at least one action: the file yields a plan. A file that yields
 * none (no plan table, a change log, a template nobody filled in) is one `combine` cannot take in and one
 * `check` fails.
 */
export function yieldsPlan(sheets: readonly SheetReport[]): boolean {
  return sheets.some((sheet) => sheet.rows.length > 0);
}
