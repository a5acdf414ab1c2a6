/**
 * The workbooks for the check in real Excel (docs/excel-smoke-test.md), written to smoke-test/ (ignored by
 * git): plans shaped to meet each thing Excel does differently from our fakes — blank cells and #N/A passed to
 * the functions, a merged cell on every row, a plan big enough for recalculation to show — with due dates
 * around the day the files are made, so the flags are a mix of overdue, amber and on track.
 *
 *   npm run smoke-files [-- <folder>]
 */
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { todayInUk } from "../src/model/todayInUk";
import { newWorkbook, writeXlsx } from "./fixtures/output";

const OUT = path.resolve(process.argv[2] ?? "smoke-test");
const HEADER = ["Action", "Lead", "Due", "Status"];
const STATUSES = ["Complete", "In progress", "Not started", "", "Partial", "On hold", "✓", "60%"];
const LEADS = ["Head of Policy", "Community Safety Manager", "Chief Inspector", "Partnership Officer", "Housing Lead"];
const DAY_MS = 86_400_000;

/** A due date `offset` days from today, as a real date cell (midnight UTC, which Excel reads as that day). */
function dueDate(offset: number): Date {
  return new Date(Date.parse(`${todayInUk()}T00:00:00Z`) + offset * DAY_MS);
}

function header(ws: ExcelJS.Worksheet, row: number, titles: readonly string[]): void {
  ws.getRow(row).values = [...titles];
  ws.getRow(row).font = { bold: true };
}

/** Plan rows 2…n+1: due dates from 60 days ago to 60 days ahead, statuses and leads in turn. */
function planRows(ws: ExcelJS.Worksheet, n: number, firstRow = 2, actionCols = 1): void {
  for (let i = 0; i < n; i++) {
    const row = ws.getRow(firstRow + i);
    const values: ExcelJS.CellValue[] = [`Action ${i + 1}: agree the local delivery plan for ward ${(i % 40) + 1}`];
    for (let c = 1; c < actionCols; c++) values.push(null);
    values.push(LEADS[i % LEADS.length], dueDate(((i * 7) % 121) - 60), STATUSES[i % STATUSES.length]);
    row.values = values;
    row.getCell(actionCols + 2).numFmt = "dd/mm/yyyy";
  }
}

/** Check 2: an empty A1 for =PLAN.DUE(A1), and a small plan with a blank row and an #N/A status. */
function blanksAndErrors(): ExcelJS.Workbook {
  const wb = newWorkbook({ title: "PlanCheck smoke test: blanks and errors" });
  const ws = wb.addWorksheet("Blanks and errors");
  header(ws, 3, HEADER);
  planRows(ws, 3, 4);
  // Row 7 left blank on purpose; row 8's status is the error #N/A.
  ws.getRow(8).values = ["Publish the annual report", "Head of Policy", dueDate(-10), null];
  ws.getCell("C8").numFmt = "dd/mm/yyyy";
  ws.getCell("D8").value = { formula: "NA()", result: { error: "#N/A" } };
  ws.getCell("F1").value = "Type the formulas from docs/excel-smoke-test.md, check 2, in column F.";
  return wb;
}

/** Check 4: 600 actions, each with its Action cell merged across A:B (one merged area per row, 600 in all). */
function mergedRows(): ExcelJS.Workbook {
  const wb = newWorkbook({ title: "PlanCheck smoke test: 600 merged rows" });
  const ws = wb.addWorksheet("Plan");
  header(ws, 1, ["Action", "", ...HEADER.slice(1)]);
  ws.mergeCells("A1:B1");
  planRows(ws, 600, 2, 2);
  for (let r = 2; r <= 601; r++) ws.mergeCells(`A${r}:B${r}`);
  return wb;
}

/** Check 6: 2,000 actions, for flags as formulas and an unrelated edit. */
function largePlan(): ExcelJS.Workbook {
  const wb = newWorkbook({ title: "PlanCheck smoke test: 2,000 actions" });
  const ws = wb.addWorksheet("Plan");
  header(ws, 1, HEADER);
  planRows(ws, 2000);
  ws.getCell("G1").value = "Scratch cell for the unrelated edit (check 6):";
  return wb;
}

async function main(): Promise<void> {
  const files: [string, ExcelJS.Workbook][] = [
    ["2 Blanks and errors.xlsx", blanksAndErrors()],
    ["4 Merged rows (600).xlsx", mergedRows()],
    ["6 Large plan (2000 actions).xlsx", largePlan()],
  ];
  for (const [name, wb] of files) {
    const file = path.join(OUT, name);
    await writeXlsx(wb, file);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
  console.log("Checks 3 and 5 use test/fixtures/police-engagement-plan.xlsx and test/fixtures/Harrogate action plan 2010.xlsx.");
}

main().catch((e: unknown) => {
  console.error(`smoke-files: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
