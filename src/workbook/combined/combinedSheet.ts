/** The Combined sheet: every combined row in one Excel table, flags as formulas of AsOf and AmberDays. */
import type ExcelJS from "exceljs";
import type { CombinedView } from "../../model/combine/types";
import { combinedColumns, letterOf, shownValue, type Column } from "./columns";
import { sheetPrefix, type CombinedRanges } from "./formulas";
import { RAG_COLOURS, RAG_ORDER, type SharedStyles } from "./styles";
import { addTable, setWidths } from "./tables";
import { WidthTracker } from "./widths";

export const COMBINED_SHEET = "Combined";
/** Excel's last row is 1,048,576; one is the header. */
export const MAX_COMBINED_ROWS = 1_048_575;
export const COMBINED_TABLE = "Combined";

export interface CombinedLayout {
  columns: Column[];
  /** Last sheet row of the table (at least 2: an empty table keeps one blank row). */
  lastRow: number;
  ranges: CombinedRanges;
}

/** Absolute ranges over the data rows, for the Summary's formulas (`sheet`: where the Combined table is). */
export function combinedRanges(lastRow: number, sheet: string = COMBINED_SHEET): CombinedRanges {
  const prefix = sheetPrefix(sheet);
  const range = (header: Parameters<typeof letterOf>[0]): string => {
    const l = letterOf(header);
    return `${prefix}$${l}$2:$${l}$${lastRow}`;
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

/** Column widths from every row's values (computed a row at a time: nothing is kept). */
export function combinedWidths(view: CombinedView, columns: readonly Column[]): number[] {
  const tracker = new WidthTracker(
    columns.map((c) => c.header),
    columns.map((c) => c.format),
  );
  view.rows.forEach((row, i) => columns.forEach((c, j) => tracker.addValue(j, shownValue(c, row, i + 2))));
  return tracker.result();
}

/**
 * Adds the Combined sheet. With `firstRowOnly`, only the first data row is written as cells (the byte
 * writer writes the rest straight into the sheet XML and learns the column styles from that row); the
 * table, widths and conditional formats still cover every row.
 */
export function addCombinedSheet(wb: ExcelJS.Workbook, view: CombinedView, styles: SharedStyles, firstRowOnly = false): CombinedLayout {
  if (view.rows.length > MAX_COMBINED_ROWS) {
    throw new Error(`${view.rows.length.toLocaleString("en-GB")} rows do not fit on one Excel sheet (at most ${MAX_COMBINED_ROWS.toLocaleString("en-GB")}): write CSV instead`);
  }
  const ws = wb.addWorksheet(COMBINED_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  const columns = combinedColumns(view);
  setWidths(ws, combinedWidths(view, columns));
  const written = firstRowOnly ? view.rows.slice(0, 1) : view.rows;
  const lastRow = addTable(
    ws,
    {
      name: COMBINED_TABLE,
      headers: columns.map((c) => c.header),
      formats: columns.map((c) => c.format),
      rows: written.map((row, i) => columns.map((c) => c.value(row, i + 2))),
      totalRows: view.rows.length,
    },
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
  return { columns, lastRow, ranges: combinedRanges(lastRow) };
}
