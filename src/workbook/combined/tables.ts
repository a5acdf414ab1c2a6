/** Writes a header row and data rows as an Excel table (filter buttons, banded rows) with shared column styles. */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../model/a1";
import { isFormula, type Value } from "./columns";
import { TABLE_STYLE, type ColumnFormat, type SharedStyles } from "./styles";
import { cellText } from "./text";
import { WidthTracker } from "./widths";

export interface TableSpec {
  /** Table name (unique in the workbook, no spaces). */
  name: string;
  /** Unique, one-line headings (see text.ts headerText / uniqueNames). */
  headers: readonly string[];
  formats: readonly ColumnFormat[];
  rows: readonly (readonly Value[])[];
  /** 1-based sheet row of the header; the table starts in column A. Default 1. */
  headerRow?: number;
  /**
   * How many rows the table spans, when only the first `rows` are written here (the byte writer fills in
   * the rest; see bytes.ts). Default rows.length.
   */
  totalRows?: number;
}

/** A value as exceljs should store it: source text made safe, numbers finite, formulas with their cached result. */
export function toCell(v: Value): ExcelJS.CellValue {
  if (typeof v === "string") return cellText(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (isFormula(v)) {
    const result = typeof v.result === "string" ? (cellText(v.result) ?? "") : v.result;
    return { formula: v.formula, result } as ExcelJS.CellFormulaValue;
  }
  return v;
}

/**
 * Adds the table and its rows to the sheet. Every data cell gets its column's shared style object. An
 * empty table gets one blank row, as Excel keeps one itself (a table of a header alone is not valid).
 * Returns the last sheet row the table covers.
 */
export function addTable(ws: ExcelJS.Worksheet, spec: TableSpec, styles: SharedStyles): number {
  const top = spec.headerRow ?? 1;
  const written = spec.rows.length === 0 ? [spec.headers.map(() => null)] : spec.rows;
  const columnStyles = spec.formats.map((f) => styles[f]);
  // A table that owns its columns gives them its styles too, so rows the officer adds look the same.
  if (top === 1) columnStyles.forEach((style, c) => (ws.getColumn(c + 1).style = style));
  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true, showColumnStripes: false, showFirstColumn: false, showLastColumn: false },
    columns: spec.headers.map((name) => ({ name, filterButton: true })),
    rows: written.map((row) => row.map(toCell)),
  });
  for (let i = 0; i < written.length; i++) {
    const row = ws.getRow(top + 1 + i);
    for (let c = 0; c < columnStyles.length; c++) row.getCell(c + 1).style = columnStyles[c];
  }
  return top + Math.max(1, spec.totalRows ?? spec.rows.length);
}

/** Column widths for the table's columns, from its headings and values. */
export function tableWidths(spec: Pick<TableSpec, "headers" | "formats" | "rows">): number[] {
  const tracker = new WidthTracker(spec.headers, spec.formats);
  for (const row of spec.rows) tracker.add(row);
  return tracker.result();
}

/** Sets column widths (1-based from column A), keeping any wider width already set. */
export function setWidths(ws: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, w);
  });
}

/** "A1:V101": the range a table covers. */
export function tableRange(headerRow: number, columns: number, lastRow: number): string {
  return `A${headerRow}:${columnLetters(columns - 1)}${lastRow}`;
}
