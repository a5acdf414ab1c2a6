/**
 * The About sheet: the run's settings — As of and the amber window are the named cells AsOf and AmberDays
 * that drive every flag formula — and a table of the files combined.
 */
import type ExcelJS from "exceljs";
import type { CombinedView, FileAccount } from "../../model/combine/types";
import type { Value } from "./columns";
import { isoDate, timestamp } from "./dates";
import { AMBER_DAYS_NAME, AS_OF_NAME } from "./formulas";
import { DATE_FORMAT, TIMESTAMP_FORMAT, type ColumnFormat, type SharedStyles } from "./styles";
import { addTable, setWidths, tableWidths, toCell } from "./tables";

export const ABOUT_SHEET = "About";
/** The named input cells (absolute references, as the defined names hold them). */
export const AS_OF_CELL = "$B$2";
export const AMBER_DAYS_CELL = "$B$3";

export const FILES_HEADERS = ["District", "File", "Bytes", "SHA-256", "Rows read", "Rows combined", "Rows skipped", "Templates", "Error"] as const;
export const FILES_FORMATS: ColumnFormat[] = ["text", "text", "number", "text", "number", "number", "number", "wrap", "wrap"];
export const FILES_HEADER_ROW = 11;
export const FILES_TABLE = "Files";
/** The fill of the two input cells (As of, Amber window). */
export const INPUT_FILL_ARGB = "FFFFF2CC";

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL_ARGB } };

export function templatesText(f: FileAccount): string {
  return f.templates.map((t) => `${t.sheet}: ${t.template} (${Math.round(t.score * 100)}%)`).join("; ");
}

export function fileRows(files: readonly FileAccount[]): Value[][] {
  return files.map((f) => [
    f.district,
    f.file,
    f.bytes,
    f.sha256,
    f.rowsRead,
    f.rowsCombined,
    f.rowsSkipped,
    templatesText(f) || null,
    f.error === null ? null : `${f.error.code}: ${f.error.message}`,
  ]);
}

/** The About sheet's label / value lines, from row 2 (As of in B2 and the amber window in B3: the named cells). */
export function aboutLines(view: CombinedView): [string, Value][] {
  const unreadable = view.files.filter((f) => f.error !== null).length;
  const quarters = view.quarters === "financial" ? "financial (Q1 = April–June)" : "calendar (Q1 = January–March)";
  return [
    ["As of", isoDate(view.asOf)],
    ["Amber window (days)", view.amberDays],
    ["Quarters", quarters],
    ["Generated at (UTC)", timestamp(view.generatedAt) ?? view.generatedAt],
    ["PlanCheck version", view.version],
    [
      "Flags",
      `Overdue, Days overdue and RAG on the Combined sheet are formulas of As of (the name ${AS_OF_NAME}, cell B2) and the amber window (${AMBER_DAYS_NAME}, B3): change either and the flags and the Summary update.`,
    ],
    [
      "Files",
      `${view.files.length} file${view.files.length === 1 ? "" : "s"} (${unreadable} could not be read); ${view.rows.length} rows combined, ${view.skipped.length} rows skipped.`,
    ],
  ];
}

export const ABOUT_TITLE = "PlanCheck combined workbook";
/** "Files combined", the line above the Files table. */
export const FILES_TITLE = "Files combined";

export function addAboutSheet(wb: ExcelJS.Workbook, view: CombinedView, styles: SharedStyles): void {
  const ws = wb.addWorksheet(ABOUT_SHEET);
  ws.getCell("A1").value = ABOUT_TITLE;
  ws.getCell("A1").font = { bold: true, size: 14 };
  const lines = aboutLines(view);
  lines.forEach(([label, value], i) => {
    const row = ws.getRow(2 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = toCell(value);
    row.getCell(2).alignment = { vertical: "top", horizontal: "left", wrapText: true };
  });
  ws.getCell(AS_OF_CELL.replace(/\$/g, "")).numFmt = DATE_FORMAT;
  ws.getCell("B5").numFmt = TIMESTAMP_FORMAT;
  for (const ref of [AS_OF_CELL, AMBER_DAYS_CELL]) {
    const cell = ws.getCell(ref.replace(/\$/g, ""));
    cell.fill = INPUT_FILL;
    cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  }
  wb.definedNames.add(`${ABOUT_SHEET}!${AS_OF_CELL}`, AS_OF_NAME);
  wb.definedNames.add(`${ABOUT_SHEET}!${AMBER_DAYS_CELL}`, AMBER_DAYS_NAME);

  ws.getCell(`A${FILES_HEADER_ROW - 1}`).value = FILES_TITLE;
  ws.getCell(`A${FILES_HEADER_ROW - 1}`).font = { bold: true };
  const spec = { name: FILES_TABLE, headers: [...FILES_HEADERS], formats: FILES_FORMATS, rows: fileRows(view.files), headerRow: FILES_HEADER_ROW };
  const widths = tableWidths(spec);
  widths[0] = Math.max(widths[0], 20);
  widths[1] = Math.max(widths[1], 40);
  setWidths(ws, widths);
  addTable(ws, spec, styles);
}
