/** The Combined sheet: every combined row in one Excel table, flags as formulas of AsOf and AmberDays. */
import type ExcelJS from "exceljs";
import type { CombinedView } from "../../model/combine/types";
import { combinedColumns, letterOf, type Column, type Value } from "./columns";
import type { CombinedRanges } from "./formulas";
import { RAG_COLOURS, RAG_ORDER, type SharedStyles } from "./styles";
import { addTable, setWidths, tableWidths } from "./tables";

export const COMBINED_SHEET = "Combined";
export const COMBINED_TABLE = "Combined";

export interface CombinedLayout {
  columns: Column[];
  /** Every row's values, in column order (row i is on sheet row i + 2). */
  values: Value[][];
  /** Last sheet row of the table (at least 2: an empty table keeps one blank row). */
  lastRow: number;
  ranges: CombinedRanges;
}

/** The values of every combined row, in column order. */
export function combinedValues(view: CombinedView, columns: readonly Column[]): Value[][] {
  return view.rows.map((row, i) => columns.map((c) => c.value(row, i + 2)));
}

/** Absolute ranges over the data rows, for the Summary's formulas. */
export function combinedRanges(lastRow: number): CombinedRanges {
  const range = (header: Parameters<typeof letterOf>[0]): string => {
    const l = letterOf(header);
    return `${COMBINED_SHEET}!$${l}$2:$${l}$${lastRow}`;
  };
  return {
    district: range("District"),
    state: range("State"),
    fraction: range("Fraction"),
    complete: range("Complete"),
    overdue: range("Overdue"),
    rag: range("RAG"),
  };
}

/**
 * Adds the Combined sheet. With `firstRowOnly`, only the first data row is written as cells (the byte
 * writer streams the rest straight into the sheet XML and learns the column styles from that row); the
 * table, widths and conditional formats still cover every row.
 */
export function addCombinedSheet(wb: ExcelJS.Workbook, view: CombinedView, styles: SharedStyles, firstRowOnly = false): CombinedLayout {
  const ws = wb.addWorksheet(COMBINED_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  const columns = combinedColumns(view);
  const values = combinedValues(view, columns);
  const headers = columns.map((c) => c.header);
  const formats = columns.map((c) => c.format);
  setWidths(ws, tableWidths({ headers, formats, rows: values }));
  const lastRow = addTable(
    ws,
    { name: COMBINED_TABLE, headers, formats, rows: firstRowOnly ? values.slice(0, 1) : values, totalRows: values.length },
    styles,
  );
  const rag = letterOf("RAG");
  ws.addConditionalFormatting({
    ref: `${rag}2:${rag}${lastRow}`,
    rules: RAG_ORDER.map((value, i) => ({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${value}"`],
      priority: i + 1,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: RAG_COLOURS[value].fill } },
        font: { color: { argb: RAG_COLOURS[value].font } },
      },
    })),
  });
  return { columns, values, lastRow, ranges: combinedRanges(lastRow) };
}
