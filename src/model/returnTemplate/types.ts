import type { Role } from "../templates/types";

/** A message Excel shows: its title (at most 32 characters) and text (at most 255). */
export interface ValidationMessage {
  title: string;
  text: string;
}

/** What a column of the return accepts, checked by Excel as the district types. */
export type ReturnValidation =
  /** One of these words, chosen from a drop-down list. */
  | { kind: "list"; values: readonly string[]; prompt: ValidationMessage; error: ValidationMessage }
  /** A date between two ISO days, inclusive. */
  | { kind: "date"; from: string; to: string; prompt: ValidationMessage; error: ValidationMessage };

export interface ReturnColumn {
  /** The heading, exactly as the template titles it, so PlanCheck reads the column back with its role. */
  title: string;
  role: Role;
  /** Excel character units. */
  width: number;
  /** How the column's cells are shown: dates as dd/mm/yyyy, text wrapped. */
  format: "text" | "date";
  validation: ReturnValidation | null;
}

/** One line of the Instructions sheet: column A holds the title, a heading or a label; column B the text. */
export type InstructionLine =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  /** A paragraph, in column B. */
  | { kind: "text"; text: string }
  /** A term and what it means: a column and what to write in it, a status word and when to choose it. */
  | { kind: "item"; label: string; text: string }
  /** A label and an empty cell to fill in (who to send the return to, by when). */
  | { kind: "fill"; label: string }
  | { kind: "blank" };

/**
 * The district return workbook, as data: src/workbook/returnWorkbook writes it as .xlsx. The plan sheet's
 * header row is row 1, frozen and locked; the rows below are for the district to fill in.
 */
export interface ReturnWorkbookDefinition {
  title: string;
  /** The workbook's language (document properties), and the conventions of its dates and words. */
  language: "en-GB";
  instructions: { sheet: string; widths: readonly [number, number]; lines: readonly InstructionLine[] };
  plan: { sheet: string; columns: readonly ReturnColumn[] };
  page: { paper: "A4" };
}
