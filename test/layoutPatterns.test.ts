/**
 * Layouts real files use around their tables, read end to end through the file reader and the core:
 * footnotes under a table, a bold title over a second table, and an export whose groups each repeat the
 * header under the group's name, with a totals row per group.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyseBook } from "../src/model/analyse/analyseBook";
import type { SheetReport } from "../src/model/analyse/types";
import { readWorkbook } from "../src/workbook/readWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "plancheck-layouts-"));
const asOf = "2024-06-01";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function analyse(wb: ExcelJS.Workbook, name: string): Promise<SheetReport[]> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(read.error.message);
  return analyseBook(read.book.sheets, { asOf });
}

test("footnotes in the first column under a table, then a bold title over a second table", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Action Plan");
  ws.getCell("A1").value = "Richmondshire Community Safety Partnership";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getRow(3).values = ["Action", "Lead", "Due date", "Status"];
  ws.getRow(4).values = ["Agree the terms of reference", "Head of Policy", utc(2024, 3, 31), "Complete"];
  ws.getRow(5).values = ["Publish the partnership plan", "Comms Manager", utc(2024, 5, 31), "In progress"];
  ws.getCell("A6").value = "Key: R = overdue, A = due within a month, G = on track";
  ws.getCell("A7").value = "* Source: partnership board minutes, March 2024";
  ws.getCell("A9").value = "Actions carried forward from 2023";
  ws.getCell("A9").font = { bold: true };
  ws.getRow(10).values = ["Action", "Responsible officer", "Target date"];
  ws.getRow(11).values = ["Review the CCTV contract", "Head of Housing", utc(2024, 9, 30)];
  for (const cell of ["C4", "C5", "C11"]) ws.getCell(cell).numFmt = "dd/mm/yyyy";

  const [sheet] = await analyse(wb, "footnotes.xlsx");
  expect(sheet.rows.map((r) => [r.row, r.section, r.action])).toEqual([
    [4, null, "Agree the terms of reference"],
    [5, null, "Publish the partnership plan"],
    [11, "Actions carried forward from 2023", "Review the CCTV contract"],
  ]);
  expect(sheet.skipped.filter((s) => [6, 7, 9].includes(s.row)).map((s) => [s.row, s.reason])).toEqual([
    [6, "key or legend"],
    [7, "key or legend"],
    [9, "section heading"],
  ]);
});

test("an export's groups: each group's name is the section of its items, totals rows are not actions", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Events board");
  const header = ["Task", "Owner", "Status", "Due date", "Budget"];
  ws.addRow(["Events board"]).font = { bold: true, size: 16 };
  const group = (name: string, items: (string | Date | number)[][], total: number) => {
    ws.addRow([name]).font = { bold: true, color: { argb: "FF579BFC" } };
    ws.addRow(header);
    for (const item of items) ws.addRow(item).getCell(4).numFmt = "dd/mm/yyyy";
    ws.addRow([null, null, null, null, total]);
    ws.addRow([]);
  };
  group("This month", [
    ["Write the brief", "Ann Smith", "Done", utc(2024, 5, 1), 200],
    ["Book the venue", "Bob Jones", "Working on it", utc(2024, 5, 10), 1500],
  ], 1700);
  group("Next month", [["Send the invitations", "Cat Brown", "Stuck", utc(2024, 7, 1), 50]], 50);

  const [sheet] = await analyse(wb, "board.xlsx");
  expect(sheet.rows.map((r) => [r.row, r.section, r.action, r.due.end])).toEqual([
    [4, "This month", "Write the brief", "2024-05-01"],
    [5, "This month", "Book the venue", "2024-05-10"],
    [10, "Next month", "Send the invitations", "2024-07-01"],
  ]);
  expect(sheet.skipped.map((s) => [s.row, s.reason])).toEqual([
    [1, "title or notes outside the plan table"],
    [2, "section heading"],
    [3, "header row"],
    [6, "totals row (figures only)"],
    [8, "section heading"],
    [9, "header row"],
    [11, "totals row (figures only)"],
  ]);
  expect(sheet.rowsRead).toBe(sheet.rows.length + sheet.skipped.length);
});
