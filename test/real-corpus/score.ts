/**
 * Scores PlanCheck's reading of one real plan against its hand-written answer key (keys/<id>.json).
 * Pure: a key and the SheetReport[] that analyseBook gave in, a score out. The test that reads the files
 * and prints the table is score.test.ts; the corpus and how keys are written are in README.md.
 */
import type { SheetReport } from "../../src/model/analyse/types";

export interface KeyRow {
  /** 1-based sheet row (CSV: 1-based record number, the header being 1). */
  row: number;
  /** The first words of the action, so a reader of the key can find the row. Not compared. */
  action: string;
  /** The deadline's end as an ISO date, or null when the plan gives no date for it. */
  due: string | null;
  /** Done, by the plan's own record. */
  complete: boolean;
}

export interface KeySheet {
  name: string;
  plan: boolean;
  rows: KeyRow[];
}

export interface AnswerKey {
  id: string;
  asOf: string;
  /** False for a file that is not a plan at all: no sheet may yield an action. */
  plan: boolean;
  /** Sheets the key speaks for. A sheet of the file not listed here must yield no action. */
  sheets: KeySheet[];
  notes: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string" || !ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Everything wrong with a parsed key file, one plain line each; empty when the key is well-formed. */
export function keyProblems(key: unknown, expectedId?: string): string[] {
  const problems: string[] = [];
  if (typeof key !== "object" || key === null) return ["the key is not a JSON object"];
  const k = key as Record<string, unknown>;
  if (typeof k.id !== "string" || k.id === "") problems.push("id is missing");
  else if (expectedId !== undefined && k.id !== expectedId) problems.push(`id "${k.id}" does not match the file name "${expectedId}"`);
  if (!isIsoDate(k.asOf)) problems.push("asOf is not an ISO date");
  if (typeof k.plan !== "boolean") problems.push("plan is not true or false");
  if (typeof k.notes !== "string" || k.notes.trim().length < 20) problems.push("notes are missing: say how the key was decided");
  if (!Array.isArray(k.sheets)) return [...problems, "sheets is not a list"];
  const names = new Set<string>();
  k.sheets.forEach((s: unknown, i) => {
    const where = `sheets[${i}]`;
    if (typeof s !== "object" || s === null) return void problems.push(`${where} is not an object`);
    const sheet = s as Record<string, unknown>;
    if (typeof sheet.name !== "string") problems.push(`${where}.name is missing`);
    else if (names.has(sheet.name)) problems.push(`${where}: sheet "${sheet.name}" is listed twice`);
    else names.add(sheet.name);
    if (typeof sheet.plan !== "boolean") problems.push(`${where}.plan is not true or false`);
    if (!Array.isArray(sheet.rows)) return void problems.push(`${where}.rows is not a list`);
    if (sheet.plan === false && sheet.rows.length > 0) problems.push(`${where} is not a plan but lists action rows`);
    if (k.plan === false && sheet.plan === true) problems.push(`${where} is a plan in a file whose key says it is not one`);
    const seen = new Set<number>();
    sheet.rows.forEach((r: unknown, j) => {
      const at = `${where}.rows[${j}]`;
      if (typeof r !== "object" || r === null) return void problems.push(`${at} is not an object`);
      const row = r as Record<string, unknown>;
      if (!Number.isInteger(row.row) || (row.row as number) < 1) problems.push(`${at}.row is not a 1-based row number`);
      else if (seen.has(row.row as number)) problems.push(`${at}: row ${row.row} is listed twice`);
      else seen.add(row.row as number);
      if (typeof row.action !== "string" || row.action.trim() === "") problems.push(`${at}.action is empty`);
      if (row.due !== null && !isIsoDate(row.due)) problems.push(`${at}.due is neither null nor an ISO date`);
      if (typeof row.complete !== "boolean") problems.push(`${at}.complete is not true or false`);
    });
  });
  return problems;
}

/** The key's own overdue verdict: a dated deadline before the as-of date that the plan does not record as done. */
export function keyOverdue(row: KeyRow, asOf: string): boolean {
  return row.due !== null && row.due < asOf && !row.complete;
}

export interface FileScore {
  id: string;
  /** Action rows the key has and PlanCheck missed, and those PlanCheck read that the key does not have ("Sheet!row"). */
  missing: string[];
  extra: string[];
  /** Rows both agree are actions, and of those how many have the wrong completion or overdue verdict. */
  common: number;
  completionWrong: string[];
  overdueWrong: string[];
  /** Key rows with a dated deadline, and of those how many PlanCheck read to the same end date. */
  dated: number;
  dueRight: number;
  dueWrong: string[];
  /** Action rows, completion and overdue all as the key says. */
  right: boolean;
}

const ref = (sheet: string, row: number) => `${sheet}!${row}`;

export function scoreFile(key: AnswerKey, reports: readonly SheetReport[]): FileScore {
  const expected = new Map<string, KeyRow>();
  for (const sheet of key.sheets) for (const row of sheet.rows) expected.set(ref(sheet.name, row.row), row);
  const found = new Map<string, SheetReport["rows"][number]>();
  for (const report of reports) for (const row of report.rows) found.set(ref(report.name, row.row), row);

  const missing = [...expected.keys()].filter((r) => !found.has(r));
  const extra = [...found.keys()].filter((r) => !expected.has(r));
  const completionWrong: string[] = [];
  const overdueWrong: string[] = [];
  const dueWrong: string[] = [];
  let common = 0;
  let dated = 0;
  let dueRight = 0;
  for (const [r, want] of expected) {
    const got = found.get(r);
    if (want.due !== null) dated++;
    if (!got) {
      if (want.due !== null) dueWrong.push(r);
      continue;
    }
    common++;
    if (got.complete !== want.complete) completionWrong.push(r);
    if (got.overdue !== keyOverdue(want, key.asOf)) overdueWrong.push(r);
    if (want.due !== null) {
      if (got.due.end === want.due) dueRight++;
      else dueWrong.push(r);
    }
  }
  const right = missing.length === 0 && extra.length === 0 && completionWrong.length === 0 && overdueWrong.length === 0;
  return { id: key.id, missing, extra, common, completionWrong, overdueWrong, dated, dueRight, dueWrong, right };
}

export interface CorpusTotals {
  files: number;
  filesRight: number;
  dated: number;
  dueRight: number;
  /** dueRight / dated as a percentage (100 when no row is dated). */
  duePercent: number;
}

export function totalsOf(scores: readonly FileScore[]): CorpusTotals {
  const dated = scores.reduce((n, s) => n + s.dated, 0);
  const dueRight = scores.reduce((n, s) => n + s.dueRight, 0);
  return {
    files: scores.length,
    filesRight: scores.filter((s) => s.right).length,
    dated,
    dueRight,
    duePercent: dated === 0 ? 100 : (100 * dueRight) / dated,
  };
}

/** Acceptance (issue 12): at least 19 files in 20 right, and at least 95% of dated rows' due ends. */
export function meetsAcceptance(t: CorpusTotals): boolean {
  return t.files > 0 && t.filesRight * 20 >= t.files * 19 && t.duePercent >= 95;
}

function yesNo(ok: boolean, wrong: number, of: number): string {
  return ok ? "yes" : `no (${wrong}/${of})`;
}

function someOf(label: string, refs: readonly string[]): string[] {
  if (refs.length === 0) return [];
  const shown = refs.slice(0, 5).join(", ");
  return [`    ${label}: ${shown}${refs.length > 5 ? ` (+${refs.length - 5} more)` : ""}`];
}

/** For each wrong file, the first few rows behind each "no": where to look. */
export function formatScoreDetails(scores: readonly FileScore[]): string {
  return scores
    .filter((s) => !s.right || s.dueWrong.length > 0)
    .flatMap((s) => [
      `${s.id}:`,
      ...someOf("action rows missed", s.missing),
      ...someOf("rows read as actions that are not", s.extra),
      ...someOf("completion wrong", s.completionWrong),
      ...someOf("overdue wrong", s.overdueWrong),
      ...someOf("due end wrong or not read", s.dueWrong),
    ])
    .join("\n");
}

/** The printed table: one line per file, then the skipped files and the totals line. */
export function formatScoreTable(scores: readonly FileScore[], skipped: readonly { id: string; why: string }[] = []): string {
  const header = ["file", "right", "action rows", "completion", "overdue", "due ends"];
  const lines = scores.map((s) => {
    const rows = s.missing.length === 0 && s.extra.length === 0 ? "yes" : `no (-${s.missing.length} +${s.extra.length})`;
    return [
      s.id,
      s.right ? "RIGHT" : "wrong",
      rows,
      yesNo(s.completionWrong.length === 0, s.completionWrong.length, s.common),
      yesNo(s.overdueWrong.length === 0, s.overdueWrong.length, s.common),
      s.dated === 0 ? "-" : `${s.dueRight}/${s.dated}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const t = totalsOf(scores);
  return [
    fmt(header),
    ...lines.map(fmt),
    ...skipped.map((s) => `${s.id}  skipped: ${s.why}`),
    `files right ${t.filesRight}/${t.files}, due ends ${t.duePercent.toFixed(1)}% of ${t.dated} dated rows`,
  ].join("\n");
}
