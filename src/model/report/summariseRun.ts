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
