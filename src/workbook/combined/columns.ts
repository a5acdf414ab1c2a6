/**
 * The Combined sheet's columns, in order, and each row's values. The same definitions feed the workbook
 * (both writers) and the CSV, so the three cannot drift apart.
 */
import { columnLetters } from "../../model/a1";
import type { CombinedRow, CombinedView } from "../../model/combine/types";
import { isoDate } from "./dates";
import { daysOverdueFormula, overdueFormula, ragFormula, type FlagCells } from "./formulas";
import type { ColumnFormat } from "./styles";
import { headerText, uniqueNames } from "./text";

/** A cell value before it is written: raw source text (made safe by the writer), or a formula with its cached result. */
export type Value = string | number | boolean | Date | null | Formula;

export interface Formula {
  formula: string;
  result: string | number | boolean;
}

export function isFormula(v: Value): v is Formula {
  return typeof v === "object" && v !== null && !(v instanceof Date);
}

/** How one column's cells are made from a table's rows (of type R). */
export interface CellSource<R> {
  /** The value for `row`, written on sheet row `sheetRow` (1-based; formulas refer to it). */
  value: (row: R, sheetRow: number) => Value;
  /**
   * For a formula column: the cached result alone (what `value(row, n).result` is), so writers that do not
   * need each row's formula text need not build it. A formula column's formulas differ from row to row
   * only by their relative row numbers, so it can be written as one shared formula.
   */
  result?: (row: R) => string | number | boolean;
  /** Values that rarely repeat (row keys, actions): writers need not look for repeats to share. */
  unique?: boolean;
}

/** A Combined sheet column. */
export interface Column extends CellSource<CombinedRow> {
  header: string;
  format: ColumnFormat;
}

/** The value to show for `row`: the cached result of a formula column, else the value. */
export function shownValue(column: Column, row: CombinedRow, sheetRow: number): Exclude<Value, Formula> {
  if (column.result) return column.result(row);
  const v = column.value(row, sheetRow);
  return isFormula(v) ? v.result : v;
}

export const STANDARD_HEADERS = [
  "District", "File", "Sheet", "Row", "Row key", "Section", "Objective", "Action", "Owner", "Due", "Due date",
  "Due reading", "Status", "State", "Status colour", "Fraction", "Complete", "Overdue", "Days overdue", "RAG",
  "Notes", "Template",
] as const;

type StandardHeader = (typeof STANDARD_HEADERS)[number];

/** Letter of a standard column. */
export function letterOf(header: StandardHeader): string {
  return columnLetters(STANDARD_HEADERS.indexOf(header));
}

function flagCells(sheetRow: number): FlagCells {
  return {
    dueDate: `${letterOf("Due date")}${sheetRow}`,
    state: `${letterOf("State")}${sheetRow}`,
    complete: `${letterOf("Complete")}${sheetRow}`,
    colour: `${letterOf("Status colour")}${sheetRow}`,
    overdue: `${letterOf("Overdue")}${sheetRow}`,
  };
}

const STANDARD: Record<StandardHeader, Omit<Column, "header">> = {
  District: { format: "text", value: (r) => r.district },
  File: { format: "text", value: (r) => r.file },
  Sheet: { format: "text", value: (r) => r.sheet },
  Row: { format: "number", value: (r) => r.row },
  "Row key": { format: "text", value: (r) => r.key, unique: true },
  Section: { format: "wrap", value: (r) => r.section },
  Objective: { format: "wrap", value: (r) => r.objective },
  Action: { format: "wrap", value: (r) => r.action, unique: true },
  Owner: { format: "wrap", value: (r) => r.owner },
  Due: { format: "text", value: (r) => r.dueText },
  "Due date": { format: "date", value: (r) => isoDate(r.dueDate) },
  "Due reading": { format: "wrap", value: (r) => r.dueReading },
  Status: { format: "wrap", value: (r) => r.statusText },
  State: { format: "text", value: (r) => r.state },
  "Status colour": { format: "text", value: (r) => r.statusColour },
  Fraction: { format: "percent", value: (r) => (r.fraction !== null && Number.isFinite(r.fraction) ? r.fraction : null) },
  Complete: { format: "boolean", value: (r) => r.complete },
  Overdue: { format: "boolean", value: (r, n) => ({ formula: overdueFormula(flagCells(n)), result: r.overdue }), result: (r) => r.overdue },
  "Days overdue": { format: "number", value: (r, n) => ({ formula: daysOverdueFormula(flagCells(n)), result: r.daysOverdue }), result: (r) => r.daysOverdue },
  RAG: { format: "text", value: (r, n) => ({ formula: ragFormula(flagCells(n)), result: r.rag }), result: (r) => r.rag },
  Notes: { format: "wrap", value: (r) => r.notes },
  Template: { format: "text", value: (r) => r.template },
};

/**
 * Headings for the view's extra columns: a heading that is also a standard column's gets " (source)";
 * then every heading is made unique (case-insensitively, as Excel requires of table columns).
 */
export function extraHeaders(extraColumns: readonly string[]): string[] {
  const standard = new Set(STANDARD_HEADERS.map((h) => h.toLowerCase()));
  const wanted = extraColumns.map((name) => {
    const h = headerText(name);
    return standard.has(h.toLowerCase()) ? `${h} (source)` : h;
  });
  return uniqueNames(wanted, STANDARD_HEADERS);
}

/** Every column of the Combined sheet for this view: the standard ones, then one per extra column. */
export function combinedColumns(view: Pick<CombinedView, "extraColumns">): Column[] {
  const headers = extraHeaders(view.extraColumns);
  const extras = view.extraColumns.map((source, i): Column => ({
    header: headers[i],
    format: "wrap",
    value: (r) => {
      const v = Object.prototype.hasOwnProperty.call(r.extras, source) ? r.extras[source] : null;
      return typeof v === "string" ? v : null;
    },
  }));
  return [...STANDARD_HEADERS.map((header): Column => ({ header, ...STANDARD[header] })), ...extras];
}
