/**
 * A small hand-built CombinedView for the combined-workbook tests: 3 districts, rows covering every RAG
 * colour, a cancelled row, an ongoing row, an unparsed due date, extras (one named like a standard column),
 * an injection row, a skipped row, a file that could not be read, and changes. Each row's flags come from
 * computeFlags and each district's figures from completion(), as the combine engine computes them.
 */
import type { CombinedRow, CombinedView, DistrictSummary, FileAccount } from "../../src/model/combine/types";
import type { DueKind } from "../../src/model/due/types";
import { computeFlags } from "../../src/model/flags/computeFlags";
import { completion } from "../../src/model/flags/completion";
import type { Rag } from "../../src/model/flags/types";
import type { Status, StatusState } from "../../src/model/status/types";
import type { Due } from "../../src/model/due/types";

export const INJECTIONS = {
  action: '=HYPERLINK("http://evil","click")',
  owner: "+44 1234",
  notes: "-1",
  budget: "@SUM(A1)",
  theirRag: "\tTab",
} as const;

export interface RowSpec {
  district: string;
  file: string;
  sheet?: string;
  row: number;
  action: string;
  owner?: string | null;
  dueText: string;
  dueKind: DueKind;
  dueDate: string | null;
  state: StatusState;
  statusText: string;
  colour?: "red" | "amber" | "green" | null;
  fraction?: number | null;
  notes?: string | null;
  extras?: Record<string, string>;
  section?: string | null;
}

/** The Status a row's state and colour stand for (what computeFlags and completion() read). */
export function statusOf(state: StatusState, text: string, fraction: number | null, colour: "red" | "amber" | "green" | null): Status {
  switch (state) {
    case "complete":
      return { state, text, fraction: 1 };
    case "in-progress":
      return colour ? { state, text, fraction, rag: colour } : { state, text, fraction };
    case "not-started":
      return { state, text, fraction: 0 };
    default:
      return { state, text, fraction: null } as Status;
  }
}

export function dueOf(kind: DueKind, text: string, end: string | null): Due {
  if (end !== null) return { kind: "date", text, start: end, end };
  return { kind, text, start: null, end: null } as Due;
}

/** A CombinedRow whose flags are computeFlags' for the spec, as of `asOf`. */
export function rowOf(spec: RowSpec, asOf: string, amberDays: number): CombinedRow {
  const fraction = spec.fraction ?? (spec.state === "complete" ? 1 : spec.state === "not-started" ? 0 : null);
  const colour = spec.state === "in-progress" ? (spec.colour ?? null) : null;
  const status = statusOf(spec.state, spec.statusText, fraction, colour);
  const flags = computeFlags(dueOf(spec.dueKind, spec.dueText, spec.dueDate), status, { asOf, amberDays });
  return {
    district: spec.district,
    file: spec.file,
    sheet: spec.sheet ?? "Plan",
    row: spec.row,
    key: `${spec.district.toLowerCase()}-${String(spec.row).padStart(4, "0")}`,
    section: spec.section ?? null,
    objective: null,
    action: spec.action,
    owner: spec.owner === undefined ? "Head of Policy" : spec.owner,
    dueText: spec.dueText,
    dueKind: spec.dueKind,
    dueDate: spec.dueDate,
    dueReading: spec.dueKind === "unparsed" ? null : spec.dueDate ? `read as ${spec.dueDate}` : null,
    statusText: spec.statusText,
    state: spec.state,
    statusColour: colour,
    fraction,
    complete: flags.complete,
    overdue: flags.overdue,
    daysOverdue: flags.daysOverdue,
    rag: flags.rag,
    notes: spec.notes ?? null,
    extras: spec.extras ?? {},
    template: "generic",
  };
}

/** District summaries computed from the rows, as the combine engine does. */
export function summarise(rows: readonly CombinedRow[], files: readonly FileAccount[], findings: CombinedView["findings"]): DistrictSummary[] {
  const names = [...new Set(files.map((f) => f.district))];
  return names.map((district) => {
    const mine = rows.filter((r) => r.district === district);
    const rag = Object.fromEntries((["blue", "red", "amber", "green", "grey"] as Rag[]).map((c) => [c, mine.filter((r) => r.rag === c).length])) as Record<Rag, number>;
    return {
      district,
      rows: mine.length,
      complete: mine.filter((r) => r.complete).length,
      completion: completion(mine.map((r) => statusOf(r.state, r.statusText, r.fraction, r.statusColour))).completion,
      overdue: mine.filter((r) => r.overdue).length,
      rag,
      findings: findings.filter((f) => f.district === district).length,
    };
  });
}

const CRAVEN = "Craven action plan 2010.xlsx";
const HAMBLETON = "Hambleton action plan 2010.xlsx";
const SELBY = "Selby action plan 2010.xlsx";
const SELBY_OLD = "Selby action plan 2009.xls";

export const SAMPLE_SPECS: RowSpec[] = [
  // Craven
  { district: "Craven", file: CRAVEN, row: 4, action: "Draft Framework adopted by NYSP Executive", dueText: "30 April 2009", dueKind: "date", dueDate: "2009-04-30", state: "complete", statusText: "Complete", section: "Production of Framework" },
  { district: "Craven", file: CRAVEN, row: 5, action: "Gap analysis on principles, at District level", dueText: "October 2009", dueKind: "date", dueDate: "2009-10-31", state: "in-progress", statusText: "Partial", section: "Production of Framework" },
  { district: "Craven", file: CRAVEN, row: 6, action: 'Draft set of "principles" produced', dueText: "9 July 2010", dueKind: "date", dueDate: "2010-07-09", state: "in-progress", statusText: "In progress", notes: "Line one\nLine two" },
  { district: "Craven", file: CRAVEN, row: 7, action: "Principles agreed by partner organisations", dueText: "By end of September 2010", dueKind: "date", dueDate: "2010-09-30", state: "not-started", statusText: "Not started" },
  { district: "Craven", file: CRAVEN, row: 8, action: "Joint newsletter", dueText: "May 2009", dueKind: "date", dueDate: "2009-05-31", state: "cancelled", statusText: "Cancelled – no longer required" },
  { district: "Craven", file: CRAVEN, row: 9, action: "Attend parish council meetings", owner: null, dueText: "Ongoing", dueKind: "ongoing", dueDate: null, state: "none", statusText: "" },
  // Hambleton
  { district: "Hambleton", file: HAMBLETON, row: 5, action: "Neighbourhood panels meet quarterly", dueText: "Ongoing", dueKind: "ongoing", dueDate: null, state: "in-progress", statusText: "Ongoing" },
  { district: "Hambleton", file: HAMBLETON, row: 6, action: "Community engagement toolkit", dueText: "When funding allows", dueKind: "unparsed", dueDate: null, state: "not-started", statusText: "Not yet" },
  { district: "Hambleton", file: HAMBLETON, row: 7, action: "Shared customer contact points", dueText: "Dec 2010", dueKind: "date", dueDate: "2010-12-31", state: "blocked", statusText: "On hold" },
  { district: "Hambleton", file: HAMBLETON, row: 8, action: "Area structures in place", dueText: "2010/11", dueKind: "date", dueDate: "2011-03-31", state: "in-progress", statusText: "Amber – delayed", colour: "amber", fraction: 0.25 },
  { district: "Hambleton", file: HAMBLETON, row: 9, action: "Youth forum established", dueText: "2010/11", dueKind: "date", dueDate: "2011-03-31", state: "in-progress", statusText: "Red", colour: "red" },
  {
    district: "Hambleton",
    file: HAMBLETON,
    row: 10,
    action: INJECTIONS.action,
    owner: INJECTIONS.owner,
    dueText: "30/06/2010",
    dueKind: "date",
    dueDate: "2010-06-30",
    state: "none",
    statusText: "",
    notes: INJECTIONS.notes,
    extras: { Budget: INJECTIONS.budget, "Their RAG": INJECTIONS.theirRag, Owner: "=1+1" },
  },
  // Selby
  { district: "Selby", file: SELBY, row: 4, action: "Publicise to Wider Partnership", dueText: "1 Aug 2010", dueKind: "date", dueDate: "2010-08-01", state: "complete", statusText: "Completed Nov 09", extras: { Budget: "£2,000" } },
  { district: "Selby", file: SELBY, row: 5, action: "Each partner to identify a lead", dueText: "15/07/2010", dueKind: "date", dueDate: "2010-07-15", state: "in-progress", statusText: "60%", fraction: 0.6, extras: { "Their RAG": "G" } },
  { district: "Selby", file: SELBY, row: 6, action: "Review of the compact", dueText: "", dueKind: "none", dueDate: null, state: "unknown", statusText: "See notes", notes: "_x0041_ is not A" },
  { district: "Selby", file: SELBY, row: 7, action: "Training for front-line staff", dueText: "June 2010", dueKind: "date", dueDate: "2010-06-01", state: "in-progress", statusText: "Green", colour: "green" },
];

export interface SampleOptions {
  asOf?: string;
  amberDays?: number;
  withChanges?: boolean;
}

export function sampleView(options: SampleOptions = {}): CombinedView {
  const asOf = options.asOf ?? "2010-07-01";
  const amberDays = options.amberDays ?? 14;
  const rows = SAMPLE_SPECS.map((s) => rowOf(s, asOf, amberDays));
  const count = (file: string) => rows.filter((r) => r.file === file).length;
  const files: FileAccount[] = [
    { district: "Craven", file: CRAVEN, bytes: 10_240, sha256: "a".repeat(64), error: null, rowsRead: count(CRAVEN) + 1, rowsCombined: count(CRAVEN), rowsSkipped: 1, templates: [{ sheet: "Plan", template: "generic", score: 0.87 }] },
    { district: "Hambleton", file: HAMBLETON, bytes: 20_480, sha256: "b".repeat(64), error: null, rowsRead: count(HAMBLETON), rowsCombined: count(HAMBLETON), rowsSkipped: 0, templates: [{ sheet: "Plan", template: "generic", score: 0.71 }] },
    { district: "Selby", file: SELBY, bytes: 30_720, sha256: "c".repeat(64), error: null, rowsRead: count(SELBY), rowsCombined: count(SELBY), rowsSkipped: 0, templates: [{ sheet: "Plan", template: "generic", score: 1 }] },
    { district: "Selby", file: SELBY_OLD, bytes: 4_096, sha256: "d".repeat(64), error: { code: "legacy-xls", message: `${SELBY_OLD} is saved in the old Excel 97-2003 (.xls) format: open it in Excel and save it as an .xlsx workbook.` }, rowsRead: 0, rowsCombined: 0, rowsSkipped: 0, templates: [] },
  ];
  const findings: CombinedView["findings"] = [
    { district: "Craven", file: CRAVEN, code: "blank-required", severity: "error", sheet: "Plan", cell: "B9", field: "owner", message: "Row 9 has no Lead (B9 is blank).", hint: "Fill in the Lead for this action." },
    { district: "Hambleton", file: HAMBLETON, code: "unparsed-due", severity: "warning", sheet: "Plan", cell: "C6", field: "due", value: "When funding allows", message: 'The due date "When funding allows" in C6 is not a date PlanCheck can read.', hint: "Write a date such as 31/03/2010." },
    { district: "Selby", file: SELBY, code: "unknown-status", severity: "warning", sheet: "Plan", cell: "D6", field: "status", value: "See notes", message: 'The status "See notes" in D6 does not say whether the action is done.', hint: 'Start the cell with a status word: "Complete", "In progress"…' },
  ];
  return {
    asOf,
    amberDays,
    quarters: "calendar",
    generatedAt: "2010-07-01T09:30:00.000Z",
    version: "0.1.0-test",
    rows,
    extraColumns: ["Budget", "Their RAG", "Owner"],
    districts: summarise(rows, files, findings),
    files,
    skipped: [{ district: "Craven", file: CRAVEN, sheet: "Plan", row: 3, reason: "section heading", text: "Strategic Objective 1 – Engagement" }],
    findings,
    changes:
      options.withChanges === false
        ? null
        : [
            { kind: "new", key: "selby-0007", district: "Selby", action: "Training for front-line staff", before: null, after: "Green" },
            { kind: "status-changed", key: "craven-0004", district: "Craven", action: "Draft Framework adopted by NYSP Executive", before: "In progress", after: "Complete" },
            { kind: "newly-overdue", key: "craven-0005", district: "Craven", action: "Gap analysis on principles, at District level", before: null, after: "243 days overdue" },
            { kind: "removed", key: "selby-0099", district: "Selby", action: "=cmd|' /C calc'!A0", before: "Not started", after: null },
          ],
  };
}
