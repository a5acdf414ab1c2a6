/**
 * Header layouts of real plans read end to end through the file reader (issue 12, patterns 0–3): a roll-out
 * plan whose header is two rows (merged groups over sub-headings) with data rows full of heading words,
 * and a tracker exported with machine-style column names.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyseBook } from "../src/model/analyse/analyseBook";
import type { SheetReport } from "../src/model/analyse/types";
import { readWorkbook } from "../src/workbook/readWorkbook";

const dir = mkdtempSync(path.join(tmpdir(), "plancheck-headers-"));
const asOf = "2010-07-01";
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function analyse(file: string): Promise<SheetReport[]> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(read.error.message);
  return analyseBook(read.book.sheets, { asOf });
}

test("a two-row merged header in column B, with actions named like headings, keeps every action and its roles", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Roll-out");
  ws.getCell("B1").value = "Case management roll-out plan";
  ws.getRow(3).values = [undefined, "Task", "Response Person", undefined, "Timescale", undefined, "Progress"];
  ws.getRow(4).values = [undefined, undefined, "Implementor", "Ops", "Start", "End"];
  ws.mergeCells("B3:B4");
  ws.mergeCells("C3:D3");
  ws.mergeCells("E3:F3");
  ws.mergeCells("G3:G4");
  const rows: [string, string, string, Date, Date, string][] = [
    ["Procure the new case management system", "IT Manager", "A Patel", utc(2010, 4, 1), utc(2010, 6, 30), "Complete"],
    ["Action plan review", "Head of Policy", "A Patel", utc(2010, 5, 1), utc(2010, 6, 15), "Complete"],
    ["Status report to the board", "Head of Policy", "", utc(2010, 6, 1), utc(2010, 6, 20), "In progress"],
    ["Migrate the case records", "IT Manager", "J Smith", utc(2010, 7, 1), utc(2010, 9, 30), "Not started"],
  ];
  rows.forEach((values, i) => {
    ws.getRow(5 + i).values = [undefined, ...values];
    for (const col of ["E", "F"]) ws.getCell(`${col}${5 + i}`).numFmt = "dd/mm/yyyy";
  });
  const file = path.join(dir, "roll-out.xlsx");
  await wb.xlsx.writeFile(file);

  const [sheet] = await analyse(file);
  expect(sheet.headerRow).toBe(4);
  expect(sheet.tables[0].columns.map((c) => [c.label, c.role])).toEqual([
    ["Task", "action"],
    ["Response Person: Implementor", "owner"],
    ["Response Person: Ops", null],
    ["Timescale: Start", "start"],
    ["Timescale: End", "due"],
    ["Progress", "status"],
  ]);
  expect(sheet.rows.map((r) => [r.row, r.action, r.owner, r.due.end, r.status.state, r.overdue])).toEqual([
    [5, "Procure the new case management system", "IT Manager", "2010-06-30", "complete", false],
    [6, "Action plan review", "Head of Policy", "2010-06-15", "complete", false],
    [7, "Status report to the board", "Head of Policy", "2010-06-20", "in-progress", true],
    [8, "Migrate the case records", "IT Manager", "2010-09-30", "not-started", false],
  ]);
  expect(sheet.tables[0].columns.every((c) => (c.why ?? "") !== "")).toBe(true);
});

test("a tracker exported as CSV with machine-style headings", async () => {
  const file = path.join(dir, "tracker export.csv");
  writeFileSync(
    file,
    [
      "TaskID,TaskName,AssignedTo,StartDate,DueDate,TaskStatus",
      "T-1,Set up the project board and terms of reference,A Patel,01/04/2010,30/04/2010,Complete",
      "T-2,Agree the data sharing agreement with partners,J Smith,01/05/2010,15/06/2010,In progress",
      "T-3,Run the staff training sessions in each team,A Patel,01/06/2010,31/08/2010,Not started",
    ].join("\r\n"),
  );
  const [sheet] = await analyse(file);
  expect(sheet.tables[0].columns.map((c) => c.role)).toEqual(["ref", "action", "owner", "start", "due", "status"]);
  expect(sheet.rows.map((r) => [r.row, r.due.end, r.overdue])).toEqual([
    [2, "2010-04-30", false],
    [3, "2010-06-15", true],
    [4, "2010-08-31", false],
  ]);
});
