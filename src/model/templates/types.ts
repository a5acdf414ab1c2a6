/**
 * The canonical roles a plan column can play. `start` is when work begins (never read as the due date);
 * `completed` is a field whose value records that the action is done: a completion date ("Completed At",
 * "Date completed") or a resolution ("Resolution": "Done").
 */
export const ROLES = [
  "section",
  "objective",
  "action",
  "resources",
  "owner",
  "start",
  "due",
  "status",
  "completed",
  "progress",
  "notes",
  "success",
  "risk",
  "ref",
] as const;

export type Role = (typeof ROLES)[number];

export interface TemplateField {
  role: Role;
  /** The column heading as the template writes it. */
  title: string;
  /** Other headings that mean this column. Matched after normalisation (see normaliseLabel). */
  aliases: string[];
  required: boolean;
  /** Written once per group (or merged down): carry the value down to the rows below. */
  fillDown: boolean;
  /**
   * Single words that mark this column when no title or alias matches the whole heading, e.g. "date"
   * for "Timescale for completion date". The weakest kind of match; optional.
   */
  keywords?: string[];
}

export interface Template {
  /** Short id used on the command line, e.g. "generic". */
  name: string;
  title: string;
  description?: string;
  fields: TemplateField[];
}
