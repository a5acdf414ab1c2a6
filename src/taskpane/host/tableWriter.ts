/**
 * Writing a header row and data rows as an Excel table, as src/workbook/combined/tables.ts does for the
 * CLI's file: values first (in blocks under the sync budget); each formula column's formula written through
 * Range.formulas into its first data cell, after that cell's number format, and filled down; then the table
 * itself, its columns' number formats and alignment, widths and the frozen header.
 */
import { columnLetters } from "../../model/a1";
import { DATE_FORMAT, PERCENT_FORMAT, TABLE_STYLE, TIMESTAMP_FORMAT, type ColumnFormat } from "../../workbook/combined/styles";
import { jsonBytes, rowBlocks, SyncBatch } from "./chunking";
import { textInput, type CellInput } from "./text";

export interface TableSpec {
  sheet: Excel.Worksheet;
  /** Table name, unique in the workbook. */
  name: string;
  /** 1-based sheet row of the header; the table starts in column A. */
  headerRow: number;
  headers: readonly string[];
  formats: readonly ColumnFormat[];
  rowCount: number;
  /** The inputs of data row i (0-based): values and text only (a formula column's cells are left blank). */
  row: (i: number) => CellInput[];
  /** Formula columns (0-based) and the formula of their first data row ("=…"), filled down every row. */
  formulaColumns?: readonly { column: number; formula: string }[];
  /** Column widths in characters (see src/workbook/combined/widths.ts). */
  widths: readonly number[];
}

export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: "General",
  wrap: "General",
  number: "0",
  date: DATE_FORMAT,
  timestamp: TIMESTAMP_FORMAT,
  percent: PERCENT_FORMAT,
  boolean: "General",
};

/** Excel's column width in points for a width in characters of the default font (7 px a character + 5 px). */
export function pointsForChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}

/** The last sheet row the table covers: an empty table keeps one blank row, as Excel does. */
export const lastTableRow = (spec: Pick<TableSpec, "headerRow" | "rowCount">): number => spec.headerRow + Math.max(1, spec.rowCount);

/** Queues the header and every row, in blocks; then each formula column's first formula, filled down. */
export async function writeTableValues(batch: SyncBatch, spec: TableSpec): Promise<void> {
  const { sheet, headerRow, headers } = spec;
  const header = headers.map(textInput);
  await batch.add(jsonBytes(header), () => (sheet.getRangeByIndexes(headerRow - 1, 0, 1, headers.length).values = [header]));
  for (const block of rowBlocks(spec.rowCount, spec.row)) {
    await batch.add(block.bytes, () => (sheet.getRangeByIndexes(headerRow + block.start, 0, block.rows.length, headers.length).values = block.rows));
  }
  if (spec.rowCount < 1) return;
  for (const { column, formula } of spec.formulaColumns ?? []) {
    await batch.add(jsonBytes(formula), () => {
      const first = sheet.getRangeByIndexes(headerRow, column, 1, 1);
      first.numberFormat = [[NUMBER_FORMATS[spec.formats[column]]]];
      first.formulas = [[formula]];
      if (spec.rowCount > 1) first.autoFill(sheet.getRangeByIndexes(headerRow, column, spec.rowCount, 1), "FillDefault");
    });
  }
}

/** Queues the table over the written cells, the columns' formats (first data row, filled down), widths. */
export async function formatTable(batch: SyncBatch, spec: TableSpec): Promise<void> {
  const { sheet, headerRow, headers, formats } = spec;
  const n = headers.length;
  await batch.add(0, () => {
    const table = sheet.tables.add(`A${headerRow}:${columnLetters(n - 1)}${lastTableRow(spec)}`, true);
    table.name = spec.name;
    table.style = TABLE_STYLE;
    table.showBandedRows = true;
    table.showFilterButton = true;
  });
  const numberFormats = [formats.map((f) => NUMBER_FORMATS[f])];
  await batch.add(jsonBytes(numberFormats), () => {
    const first = sheet.getRangeByIndexes(headerRow, 0, 1, n);
    first.numberFormat = numberFormats;
    first.format.verticalAlignment = "Top";
    formats.forEach((f, c) => {
      const cell = first.getCell(0, c);
      if (f === "wrap") cell.format.wrapText = true;
      else if (f === "date" || f === "timestamp") cell.format.horizontalAlignment = "Left";
      else if (f === "boolean") cell.format.horizontalAlignment = "Center";
    });
    if (spec.rowCount > 1) first.autoFill(sheet.getRangeByIndexes(headerRow, 0, spec.rowCount, n), "FillFormats");
  });
  await batch.add(0, () => {
    spec.widths.forEach((w, c) => (sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = pointsForChars(w)));
    if (headerRow === 1) sheet.freezePanes.freezeRows(1);
  });
}
