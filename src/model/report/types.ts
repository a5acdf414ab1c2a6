import type { SheetReport } from "../analyse/types";

/** One input file's outcome: its sheets, or why it could not be read. */
export interface FileReport {
  file: string;
  error: { code: string; message: string } | null;
  /** Reader notes that are not problems with the plan (e.g. the text encoding a CSV was read in). */
  warnings: string[];
  sheets: SheetReport[];
}

export interface RunSummary {
  files: number;
  /** Files that could not be read. */
  unreadable: number;
  rows: number;
  complete: number;
  overdue: number;
  errors: number;
  warnings: number;
}

export interface RunReport {
  asOf: string;
  amberDays: number;
  quarters: "calendar" | "financial";
  files: FileReport[];
  summary: RunSummary;
}
