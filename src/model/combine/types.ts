import type { DueKind } from "../due/types";
import type { Finding } from "../findings";
import type { Rag } from "../flags/types";
import type { StatusState } from "../status/types";

/** Where a combined row came from. */
export interface Provenance {
  district: string;
  /** File name as given (basename). */
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /**
   * Stable key of the action: survives row insertions and small edits (see rowKey.ts), unique within a
   * combined view. Used to match rows against a previous combined workbook.
   */
  key: string;
}

/** One action in the combined view. */
export interface CombinedRow extends Provenance {
  section: string | null;
  objective: string | null;
  action: string;
  owner: string | null;
  /** The due cell as written. */
  dueText: string;
  dueKind: DueKind;
  /** The deadline PlanCheck reads (ISO), or null (ongoing, none, unparsed…). */
  dueDate: string | null;
  /** How the due text was read, when it needed explaining. */
  dueReading: string | null;
  statusText: string;
  state: StatusState;
  /** Colour written in the status cell ("Red", "Amber", "Delayed"), which can make the RAG worse. */
  statusColour: "red" | "amber" | "green" | null;
  /** Fraction done (0..1) when known. */
  fraction: number | null;
  complete: boolean;
  overdue: boolean;
  daysOverdue: number;
  rag: Rag;
  notes: string | null;
  /** Source columns the template does not know, by heading. */
  extras: Record<string, string>;
  /** The template that read the sheet. */
  template: string;
}

/** A non-empty source row that is not in the combined rows, and why. */
export interface SkippedRow {
  district: string;
  file: string;
  sheet: string;
  row: number;
  reason: SkipReason;
  /** The row's first text, shortened, so the officer can recognise it. */
  text: string;
}

export type SkipReason =
  | "header row"
  | "repeated header (page break)"
  | "section heading"
  | "group heading (carried down to the rows below)"
  | "note or label row"
  | "title or notes outside the plan table"
  | "key or legend"
  | "footnote under the table"
  | "numbering only (no action text)"
  | "totals row (figures only)"
  | "a date only (no action text)"
  | "template not filled in (no action text)"
  | "no plan table on this sheet"
  | "placeholder row (bullets or dashes only)"
  | "PlanCheck's flag values only (no action left in the row)";

/** Rows read = rows combined + rows skipped, per file. */
export interface FileAccount {
  district: string;
  file: string;
  /** Size in bytes and SHA-256 of the source, recorded for the About sheet. */
  bytes: number;
  sha256: string;
  /** Null when read; otherwise why the whole file could not be combined. */
  error: { code: string; message: string } | null;
  rowsRead: number;
  rowsCombined: number;
  rowsSkipped: number;
  /** Template per sheet that has a plan table. */
  templates: { sheet: string; template: string; score: number }[];
}

export interface DistrictSummary {
  district: string;
  rows: number;
  complete: number;
  /** As in the flags: (complete + in-progress fractions) / rows not cancelled; null when no status is recorded. */
  completion: number | null;
  overdue: number;
  rag: Record<Rag, number>;
  findings: number;
}

/** What changed since a previous combined workbook, matched by row key. */
export interface Change {
  kind: "new" | "removed" | "status-changed" | "newly-overdue" | "no-longer-overdue";
  key: string;
  district: string;
  action: string;
  before: string | null;
  after: string | null;
}

export interface CombinedView {
  asOf: string;
  amberDays: number;
  quarters: "calendar" | "financial";
  /** ISO timestamp of the run. */
  generatedAt: string;
  version: string;
  rows: CombinedRow[];
  /** Extra source column headings, in first-seen order (the combined view's trailing columns). */
  extraColumns: string[];
  districts: DistrictSummary[];
  files: FileAccount[];
  skipped: SkippedRow[];
  /** Every finding, with its file and district. */
  findings: (Finding & { district: string; file: string })[];
  /** Present when a previous combined workbook was given. */
  changes: Change[] | null;
}
