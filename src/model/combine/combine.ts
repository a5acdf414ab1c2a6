import type { RowReport, SheetReport } from "../analyse/types";
import type { Rag } from "../flags/types";
import { completion } from "../flags/completion";
import { yieldsPlan } from "../report/summariseRun";
import type { FileReport } from "../report/types";
import type { Status } from "../status/types";
import { diffRows, type PreviousRow } from "./changes";
import { createRowKeyer } from "./rowKey";
import type { CombinedRow, CombinedView, DistrictSummary, FileAccount, SkippedRow } from "./types";

/** One source file after reading and analysis, with what the I/O layer knows about it. */
export interface CombineSource {
  report: FileReport;
  /** File name shown in the combined view (usually the basename). */
  file: string;
  district: string;
  /** Why the district was not named the way the rule asked, if it was not. */
  districtNote?: string;
  bytes: number;
  sha256: string;
}

export interface CombineMeta {
  asOf: string;
  amberDays: number;
  quarters: "calendar" | "financial";
  generatedAt: string;
  version: string;
}

const RAGS: Rag[] = ["red", "amber", "green", "blue", "grey"];

/**
 * Combines analysed district files into one view: every action row with its provenance and flags, a
 * summary per district, every finding, and an account per file proving rows read = combined + skipped.
 * Deterministic: the same sources in the same order give the same view (but for `generatedAt`).
 */
export function combine(sources: readonly CombineSource[], meta: CombineMeta, previous: readonly PreviousRow[] | null = null): CombinedView {
  const keyOf = createRowKeyer();
  const rows: CombinedRow[] = [];
  const skipped: SkippedRow[] = [];
  const findings: CombinedView["findings"] = [];
  const extraColumns: string[] = [];
  const statuses = new Map<string, Status[]>();
  const files: FileAccount[] = sources.map((source) => {
    const { report, file, district } = source;
    for (const message of fileNotes(source)) findings.push(fileNote(file, district, message));
    for (const sheet of report.sheets) {
      for (const f of sheet.findings) findings.push({ ...f, district, file });
      for (const s of sheet.skipped) skipped.push({ district, file, sheet: sheet.name, ...s });
      for (const r of sheet.rows) {
        rows.push(combinedRow(r, sheet, source, keyOf));
        const list = statuses.get(district);
        if (list) list.push(r.status);
        else statuses.set(district, [r.status]);
        for (const label of Object.keys(r.extras)) if (!extraColumns.includes(label)) extraColumns.push(label);
      }
    }
    return accountOf(source);
  });
  return {
    ...meta,
    rows,
    extraColumns,
    districts: summariseDistricts(rows, statuses, files, findings),
    files,
    skipped,
    findings,
    changes: previous ? diffRows(previous, rows) : null,
  };
}

/**
 * One file's account in a combined view: rows read = rows combined + rows skipped, the template of each
 * sheet, and its error (a file that was read but has no plan table is an error too: nothing came from it).
 */
export function accountOf(source: CombineSource): FileAccount {
  const { report, file, district } = source;
  const account: FileAccount = {
    district,
    file,
    bytes: source.bytes,
    sha256: source.sha256,
    error: report.error,
    rowsRead: 0,
    rowsCombined: 0,
    rowsSkipped: 0,
    templates: [],
  };
  for (const sheet of report.sheets) {
    account.rowsRead += sheet.rowsRead;
    account.rowsCombined += sheet.rows.length;
    account.rowsSkipped += sheet.skipped.length;
    if (sheet.template) account.templates.push({ sheet: sheet.name, template: sheet.template.name, score: sheet.template.score });
  }
  if (!report.error && !yieldsPlan(report.sheets)) {
    account.error = { code: "no-plan", message: `${file} has no plan table on any sheet, so nothing was combined from it.` };
  }
  return account;
}

/** How many findings a file brings to a combined view: its sheets' and its file notes. */
export function findingCountOf(source: CombineSource): number {
  return fileNotes(source).length + source.report.sheets.reduce((n, sheet) => n + sheet.findings.length, 0);
}

/** Notes about the file as a whole: how its district was named, and what the reader warned of. */
function fileNotes(source: CombineSource): string[] {
  return [...(source.districtNote ? [source.districtNote] : []), ...source.report.warnings];
}

function fileNote(file: string, district: string, message: string): CombinedView["findings"][number] {
  return {
    code: "file-note",
    severity: "info",
    sheet: "",
    cell: null,
    field: null,
    message: `${file}: ${message}`,
    hint: "Check the file is the one you meant, or the option that names its district.",
    district,
    file,
  };
}

function combinedRow(r: RowReport, sheet: SheetReport, source: CombineSource, keyOf: (district: string, action: string) => string): CombinedRow {
  const { due, status } = r;
  return {
    district: source.district,
    file: source.file,
    sheet: sheet.name,
    row: r.row,
    key: keyOf(source.district, r.action),
    section: r.section,
    objective: r.objective,
    action: r.action,
    owner: r.owner,
    dueText: due.text,
    dueKind: due.kind,
    dueDate: due.end,
    dueReading: due.reading ?? null,
    statusText: status.text,
    state: status.state,
    statusColour: status.state === "in-progress" ? (status.rag ?? null) : null,
    fraction: status.fraction,
    complete: r.complete,
    overdue: r.overdue,
    daysOverdue: r.daysOverdue,
    rag: r.rag,
    notes: r.notes,
    extras: r.extras,
    template: sheet.template?.name ?? "",
  };
}

/** One summary per district, in the order districts first appear (files with errors included). */
function summariseDistricts(
  rows: CombinedRow[],
  statuses: Map<string, Status[]>,
  files: FileAccount[],
  findings: CombinedView["findings"],
): DistrictSummary[] {
  const names = [...new Set(files.map((f) => f.district))];
  return names.map((district) => {
    const mine = rows.filter((r) => r.district === district);
    const rag = Object.fromEntries(RAGS.map((c) => [c, mine.filter((r) => r.rag === c).length])) as Record<Rag, number>;
    return {
      district,
      rows: mine.length,
      complete: mine.filter((r) => r.complete).length,
      completion: completion(statuses.get(district) ?? []).completion,
      overdue: mine.filter((r) => r.overdue).length,
      rag,
      findings: findings.filter((f) => f.district === district).length,
    };
  });
}

