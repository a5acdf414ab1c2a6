/**
 * The district return workbook as .xlsx bytes, laid out by src/model/returnTemplate's definition. No file
 * system: the browser host calls this too. exceljs writes it, as it writes the combined workbook.
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../../model/a1";
import { returnWorkbookDefinition, type InstructionLine, type ReturnColumn, type ReturnValidation, type ReturnWorkbookDefinition } from "../../model/returnTemplate";
import type { Template } from "../../model/templates/types";
import { INPUT_FILL_ARGB } from "../combined/aboutSheet";
import { DATE_FORMAT } from "../combined/styles";
import { cellText } from "../combined/text";

/** The last row of a worksheet: validations cover the whole column below the header, as Excel writes them. */
const LAST_ROW = 1_048_576;
/** Excel's paper size code for A4. */
const A4 = 9;
/** Default row height in points, and roughly how many characters a column of width w holds on a line. */
const LINE_HEIGHT = 15;

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL_ARGB } };
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** What exceljs 4.4 has at run time but its type declarations leave out. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
type WithLanguage = ExcelJS.Workbook & { language: string };

/** How many lines a text needs in a wrapped column `width` characters wide (a little generous, never short). */
function linesOf(text: string, width: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / width)), 0);
}

function addInstructions(wb: ExcelJS.Workbook, def: ReturnWorkbookDefinition): void {
  const { sheet, widths, lines } = def.instructions;
  const ws = wb.addWorksheet(sheet, { pageSetup: { paperSize: A4, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = widths.map((width) => ({ width }));
  lines.forEach((line: InstructionLine, i) => {
    const row = ws.getRow(i + 1);
    const [a, b] = [row.getCell(1), row.getCell(2)];
    const top: Partial<ExcelJS.Alignment> = { vertical: "top", wrapText: true };
    switch (line.kind) {
      case "title":
        a.value = cellText(line.text);
        a.font = { bold: true, size: 14 };
        row.height = LINE_HEIGHT * 1.4;
        return;
      case "heading":
        a.value = cellText(line.text);
        a.font = { bold: true, size: 12 };
        return;
      case "text":
        b.value = cellText(line.text);
        b.alignment = top;
        row.height = LINE_HEIGHT * linesOf(line.text, widths[1]);
        return;
      case "item":
        a.value = cellText(line.label);
        a.font = { bold: true };
        a.alignment = top;
        b.value = cellText(line.text);
        b.alignment = top;
        row.height = LINE_HEIGHT * Math.max(linesOf(line.label, widths[0]), linesOf(line.text, widths[1]));
        return;
      case "fill":
        a.value = cellText(line.label);
        a.font = { bold: true };
        b.fill = INPUT_FILL;
        b.border = { bottom: THIN };
        row.height = LINE_HEIGHT * 1.4;
        return;
      case "blank":
        return;
    }
  });
}

function validationOf(v: ReturnValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.text,
  } as const;
  if (v.kind === "list") return { type: "list", formulae: [`"${v.values.join(",")}"`], ...messages };
  // exceljs writes a date bound as its serial (it reads the ISO day as midnight UTC, as Excel counts days).
  return { type: "date", operator: "between", formulae: [new Date(v.from), new Date(v.to)], ...messages };
}

function columnStyle(column: ReturnColumn): Partial<ExcelJS.Style> {
  return {
    protection: { locked: false },
    alignment: { vertical: "top", wrapText: column.format === "text" },
    ...(column.format === "date" ? { numFmt: DATE_FORMAT } : {}),
  };
}

async function addPlan(wb: ExcelJS.Workbook, def: ReturnWorkbookDefinition): Promise<void> {
  const { sheet, columns } = def.plan;
  const ws = wb.addWorksheet(sheet, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: { paperSize: A4, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  const header = ws.getRow(1);
  columns.forEach((column, i) => {
    // Every cell of the column below the header is the district's to fill in: unlocked.
    const col = ws.getColumn(i + 1);
    col.width = column.width;
    col.style = columnStyle(column);
    const cell = header.getCell(i + 1);
    cell.value = cellText(column.title);
    cell.style = {
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: "top", wrapText: true },
      border: { bottom: THIN },
      protection: { locked: true },
    };
    if (column.validation) {
      const letters = columnLetters(i);
      (ws as WithValidations).dataValidations.add(`${letters}2:${letters}${LAST_ROW}`, validationOf(column.validation));
    }
  });
  // Locked header, no password: the district fills and inserts rows and widens columns. The columns right of
  // the template stay locked, so no column is added; Excel deletes a row only when all its cells are unlocked,
  // so a row is cleared rather than deleted (PlanCheck skips blank rows).
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
  });
}

/** The blank district return for `template` (see returnWorkbookDefinition) as .xlsx bytes. */
export async function buildReturnWorkbook(template: Template, options: { title?: string } = {}): Promise<Uint8Array> {
  const def = returnWorkbookDefinition(template, options);
  const wb = new ExcelJS.Workbook();
  wb.creator = "PlanCheck";
  wb.lastModifiedBy = "PlanCheck";
  wb.title = def.title;
  (wb as WithLanguage).language = def.language;
  addInstructions(wb, def);
  await addPlan(wb, def);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
