import type { Due, QuarterRule } from "../due/types";
import type { Finding } from "../findings";
import type { Rag } from "../flags/types";
import type { Status } from "../status/types";
import type { Role, Template } from "../templates/types";
import type { SkipReason } from "../combine/types";

export interface AnalyseOptions {
  /** ISO date the flags are computed as of. */
  asOf: string;
  amberDays?: number;
  quarters?: QuarterRule;
  /** Use this template for every sheet; otherwise each sheet picks the best of `templates`. */
  template?: Template;
  /** Candidates for auto-detection. Default: the built-in templates. */
  templates?: readonly Template[];
}

export interface RowReport {
  /** 1-based sheet row. */
  row: number;
  /** 0-based index of the table on the sheet. */
  table: number;
  section: string | null;
  /** The action column's text (for checklist rows without one, the objective's). */
  action: string;
  objective: string | null;
  owner: string | null;
  due: Due;
  /**
   * The status column as read, with what the `completed` field records applied: complete when it holds a
   * completion date or a done resolution, cancelled for "Won't Do" and the like (`reading` says which).
   */
  status: Status;
  complete: boolean;
  /**
   * The role of the field that decided the row is complete: "status" (it reads complete, e.g. "Done",
   * "100%") or "completed" (a completion date, a resolution such as Jira's "Done"); null when not complete.
   */
  completedBy: Role | null;
  overdue: boolean;
  daysOverdue: number;
  rag: Rag;
  notes: string | null;
  /** Every mapped value as text, by role. */
  values: Partial<Record<Role, string>>;
  /** 0-based column of each role's cell (see cellsOf for A1 addresses). */
  cols: Partial<Record<Role, number>>;
  /** Columns the template does not know, by their heading. */
  extras: Record<string, string>;
}

export interface CompletionSummary {
  rows: number;
  complete: number;
  overdue: number;
  /** (complete + in-progress fractions) / rows not cancelled; null when no row records a status. */
  completion: number | null;
  inProgress: number;
  notStarted: number;
  blocked: number;
  cancelled: number;
  dueSoon: number;
}

export interface TableReport {
  /** 1-based header row and the A1 address of its first cell. */
  headerRow: number;
  headerCell: string;
  /**
   * Every labelled column of the header row and the role it was given; `why` says in plain English what
   * decided it (its heading, its values, or both), e.g. "heading \"Due Date\" names the due date".
   */
  columns: { label: string; cell: string; role: Role | null; why?: string }[];
  /** Columns that could have taken a role another column was given, and why they were passed over. */
  alternatives?: { role: Role; label: string; cell: string; why: string }[];
  /**
   * PlanCheck's own flag columns on the header row (Complete | Overdue | Days overdue | RAG, written by "Add
   * flag columns"): recognised as the add-in's output and left out of `columns` and of every row.
   */
  planCheckColumns: { label: string; cell: string }[];
  repeatedHeaderRows: number[];
  rowCount: number;
  summary: CompletionSummary;
}

export interface TemplateMatch {
  name: string;
  title: string;
  /** 0..1 */
  score: number;
  /** Header cells the template recognised, of those on the header row. */
  matchedColumns: number;
  columns: number;
  requiredFound: number;
  requiredTotal: number;
  /** True when the template was named by the user rather than detected. */
  chosen: boolean;
}

export interface SheetReport {
  name: string;
  hidden: boolean;
  template: TemplateMatch | null;
  /** 1-based header row of the first table, or null when there is no plan table. */
  headerRow: number | null;
  tables: TableReport[];
  rows: RowReport[];
  findings: Finding[];
  summary: CompletionSummary;
  /** Non-empty rows on the sheet: rows.length of them are actions, the rest are in `skipped`. */
  rowsRead: number;
  skipped: { row: number; reason: SkipReason; text: string }[];
}
