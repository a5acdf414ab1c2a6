import type { Cell } from "../grid";
import type { Role } from "../templates/types";
import type { HeaderMatch } from "./matchHeaderRow";

/** One action row of a plan table, its values keyed by role after fill-down and merges. */
export interface PlanRow {
  /** 0-based sheet row. */
  row: number;
  /** The heading or section-column value this row sits under, or null. */
  section: string | null;
  values: Partial<Record<Role, Cell>>;
  /** 0-based column of each role's cell in this row (the row's own cell, even when its value was carried down). */
  cols: Partial<Record<Role, number>>;
  /** Roles whose value was carried down from a row above (written once per group, or merged). */
  filledDown: Role[];
  /** Values of columns the template does not know, kept under their own headings. */
  extras: { label: string; col: number; cell: Cell }[];
}

/**
 * What a row inside a table is when it is not an action: a heading (section, annotation, group value), a
 * note ("Note: …"), numbering or totals with no action text, or a row of a template nobody filled in.
 */
export type HeadingKind = "section" | "annotation" | "group" | "note" | "numbering" | "totals" | "dates" | "unfilled";

export interface PlanTable {
  header: HeaderMatch;
  /** 0-based last row that belongs to the table. */
  endRow: number;
  rows: PlanRow[];
  /** 0-based rows where the same header appears again (page breaks): skipped, not data. */
  repeatedHeaders: number[];
  /** 0-based rows inside the table that are not actions, and what each is. */
  headings: { row: number; text: string; kind: HeadingKind }[];
  /** What ended the table before the next table or the sheet's end: a key/legend, or footnotes under it. */
  endedBy?: "key" | "footnote";
  /** 0-based columns that hold data under a blank header cell. */
  unlabelledCols: number[];
}
