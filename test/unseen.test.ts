/**
 * Plans laid out in ways the fixtures do not use — other councils' wording, a table deep in the sheet
 * under a logo block, section headings merged across the table, real date cells in a 1904 workbook, a
 * semicolon CSV export — read end to end through the file reader and the core.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyseBook } from "../src/model/analyse/analyseBook";
import type { SheetReport } from "../src/model/analyse/types";
import { readWorkbook } from "../src/workbook/readWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "plancheck-unseen-"));
const asOf = "2010-07-01";

async function analyse(file: string): Promise<SheetReport[]> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(read.error.message);
  return analyseBook(read.book.sheets, { asOf });
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

test("another council's wording, table at D8 under a title block, merged theme rows, 1904 dates", async () => {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Delivery Plan 2010-11");
  ws.getCell("B2").value = "Eden District Council";
  ws.getCell("B3").value = "Safer Communities Delivery Plan 2010/11";
  ws.getCell("B5").value = "Please update the RAG column monthly.";
  const header = ["Ref", "Key Action", "Responsible Officer", "Target Date", "RAG Status", "Progress Update"];
  ws.getRow(8).values = [undefined, undefined, undefined, ...header];
  const theme = (row: number, text: string) => {
    ws.getCell(`D${row}`).value = text;
    ws.getCell(`D${row}`).font = { bold: true };
    ws.mergeCells(`D${row}:I${row}`);
  };
  theme(9, "Theme 1: Safer neighbourhoods");
  ws.getRow(10).values = [undefined, undefined, undefined, "1.1", "Launch neighbourhood panels in every ward", "Community Safety Officer", utc(2010, 3, 31), "Green", "All wards launched"];
  ws.getRow(11).values = [undefined, undefined, undefined, "1.2", "Publish a PACT priorities leaflet", "Comms Manager", utc(2010, 7, 9), "Amber", ""];
  theme(13, "Theme 2: Reducing re-offending");
  ws.getRow(14).values = [undefined, undefined, undefined, "2.1", "Agree an information sharing protocol", "Head of Housing", utc(2010, 5, 31), "Not started", ""];
  ws.getRow(15).values = [undefined, undefined, undefined, "2.2", "Review the PPO scheme", "Police Inspector", "Q3 2010/11", "On track", ""];
  for (const r of [10, 11, 14]) ws.getCell(`G${r}`).numFmt = "dd/mm/yyyy";
  const file = path.join(dir, "Eden delivery plan.xlsx");
  await wb.xlsx.writeFile(file);

  const [sheet] = await analyse(file);
  expect(sheet.template?.name).toBe("generic");
  expect(sheet.headerRow).toBe(8);
  expect(sheet.tables[0].headerCell).toBe("D8");
  expect(sheet.rows.map((r) => [r.row, r.section, r.owner, r.due.end, r.overdue, r.rag])).toEqual([
    [10, "Theme 1: Safer neighbourhoods", "Community Safety Officer", "2010-03-31", true, "red"],
    [11, "Theme 1: Safer neighbourhoods", "Comms Manager", "2010-07-09", false, "amber"],
    [14, "Theme 2: Reducing re-offending", "Head of Housing", "2010-05-31", true, "red"],
    [15, "Theme 2: Reducing re-offending", "Police Inspector", "2010-12-31", false, "green"],
  ]);
  expect(sheet.rows[0].notes).toBe("All wards launched");
  expect(sheet.findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a semicolon CSV export with two-digit-year dates and a quoted multi-line action", async () => {
  const file = path.join(dir, "Copeland actions export.csv");
  writeFileSync(
    file,
    [
      "Task;Who;Deadline;Status;Notes",
      '"Recruit volunteers;\nrun induction";Volunteer Coordinator;30/06/10;Complete;',
      "Map youth provision;Youth Services Manager;15/07/10;In progress;half done",
      "Refresh the strategy;Policy Officer;2010/11;;",
      "Open the new centre;Facilities;TBC;Awaiting funding;",
    ].join("\r\n"),
  );
  const [sheet] = await analyse(file);
  // Rows are numbered as Excel shows the file: the quoted line break stays inside row 2.
  expect(sheet.rows.map((r) => [r.row, r.action.split("\n")[0], r.due.end, r.status.state, r.overdue, r.rag])).toEqual([
    [2, "Recruit volunteers;", "2010-06-30", "complete", false, "blue"],
    [3, "Map youth provision", "2010-07-15", "in-progress", false, "amber"],
    [4, "Refresh the strategy", "2011-03-31", "none", false, "green"],
    [5, "Open the new centre", null, "blocked", false, "amber"],
  ]);
});
