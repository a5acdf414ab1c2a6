import type { Role } from "./templates/types";

/** Finding codes, modelled on Frictionless data-validation error codes. */
export type FindingCode =
  | "missing-label"
  | "extra-label"
  | "duplicate-label"
  | "blank-label"
  | "blank-required"
  | "unparsed-due"
  /** A zero date ("1899-12-30", "0000-00-00") standing in for a blank due date. */
  | "placeholder-due"
  | "unknown-status"
  | "no-table"
  /** Content that may be a table, but no template could place its columns. */
  | "no-plan"
  /** A plan table with a header and no actions: a template nobody filled in. */
  | "not-filled-in"
  | "no-status-column"
  | "no-due-column"
  | "repeated-header"
  /** About a whole file: how its district was named, or a note from the reader (e.g. its text encoding). */
  | "file-note";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell concerned, or null for a sheet-level finding. */
  cell: string | null;
  field: Role | null;
  /** The offending value as written, when there is one. */
  value?: string;
  message: string;
  hint: string;
}
