/**
 * "Add flag columns": Complete / Overdue / Days overdue / RAG beside a plan table, on its header row and
 * its action rows, as live PLAN.* formulas over the named settings cells (PlanCheckAsOf, PlanCheckAmberDays,
 * PlanCheckQuarters) or as values (the model's answers for the pane's settings). Flag columns added before —
 * found by their four headings on the header row — are replaced, not repeated. Fresh columns must be empty
 * from the header row to the last row: PlanCheck never writes over the officer's cells. Values first
 * (calculation suspended), then the header's look (copied from the table's own last heading), the RAG colours
 * (conditional formats) and widths. Syncs: two to look, one or two for the settings cells (formulas), then one
 * per ~3.5 MB written.
 */
import { a1, columnLetters } from "../../model/a1";
import { FLAG_COLUMN_TITLES, type FlagColumnsRequest, type RowFlags } from "../hostApi";
import { SyncBatch, rowBlocks } from "./chunking";
import { addRagFormats } from "./conditionalFormats";
import { AMBER_DAYS_NAME, AS_OF_NAME, QUARTERS_NAME, queueSettings } from "./settings";
import { pointsForChars } from "./tableWriter";
import { formulaInput, textInput, type CellInput } from "./text";
import { HostProblem } from "./run";

const WIDTHS = [10, 9, 13, 7];
const SHEET_ROWS = 1_048_576;
const BLANK: CellInput[] = ["", "", "", ""];

/**
 * The four formulas for sheet row `row` (1-based). Without a status column, Complete is FALSE as in the CLI.
 * quarters is the functions' optional argument after as_of (OVERDUE, DAYSOVERDUE) or amber_days (RAG).
 */
export function flagFormulas(row: number, dueCol: number, statusCol: number | null): string[] {
  const due = a1(row - 1, dueCol);
  const status = statusCol === null ? '""' : a1(row - 1, statusCol);
  return [
    statusCol === null ? formulaInput("FALSE") : formulaInput(`PLAN.ISCOMPLETE(${status})`),
    formulaInput(`PLAN.OVERDUE(${due},${status},${AS_OF_NAME},${QUARTERS_NAME})`),
    formulaInput(`PLAN.DAYSOVERDUE(${due},${status},${AS_OF_NAME},${QUARTERS_NAME})`),
    formulaInput(`PLAN.RAG(${due},${status},${AS_OF_NAME},${AMBER_DAYS_NAME},${QUARTERS_NAME})`),
  ];
}

/** A cell of an earlier RAG flag column: PlanCheck's formula or one of its ratings. */
const isFlagRag = (v: unknown): boolean => typeof v === "string" && (/^=PLAN\.RAG\(/i.test(v) || /^(red|amber|green|blue|grey)$/.test(v));

const flagValues = (f: RowFlags): CellInput[] => [f.complete, f.overdue, f.daysOverdue, textInput(f.rag)];

/** Where the four headings already stand on the header row (0-based column), or -1. */
export function existingFlagColumn(headerValues: readonly unknown[], firstColumn: number): number {
  const titles = headerValues.map((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""));
  for (let c = 0; c + FLAG_COLUMN_TITLES.length <= titles.length; c++) {
    if (FLAG_COLUMN_TITLES.every((t, i) => titles[c + i] === t.toLowerCase())) return firstColumn + c;
  }
  return -1;
}

function checkRequest(r: FlagColumnsRequest): void {
  const ok = r.headerRow >= 1 && r.lastRow >= r.headerRow && r.lastRow <= SHEET_ROWS && r.firstFlagCol >= 0 && r.dueCol >= 0;
  if (!ok) throw new HostProblem(`The flag columns cannot go there (header row ${r.headerRow}, last row ${r.lastRow}, column ${r.firstFlagCol + 1}): check the sheet again and retry.`);
}

export async function addFlagColumns(context: Excel.RequestContext, request: FlagColumnsRequest): Promise<void> {
  checkRequest(request);
  const { headerRow, lastRow } = request;
  const sheet = context.workbook.worksheets.getItem(request.sheet);
  const header = sheet.getRange(`${headerRow}:${headerRow}`).getUsedRangeOrNullObject(true);
  header.load("values,columnIndex");
  await context.sync();

  const found = header.isNullObject ? -1 : existingFlagColumn(header.values[0] ?? [], header.columnIndex);
  const col = found >= 0 ? found : request.firstFlagCol;
  const below = sheet.getRangeByIndexes(headerRow - 1, col, SHEET_ROWS - headerRow + 1, 4).getUsedRangeOrNullObject(true);
  below.load("rowIndex,columnIndex,formulas");
  await context.sync();
  const cells = below.isNullObject ? [] : below.formulas;
  const top = below.isNullObject ? 0 : below.rowIndex;
  if (found < 0) {
    const r = cells.findIndex((row, i) => top + i < lastRow && row.some((v) => v !== ""));
    if (r >= 0) {
      const at = a1(top + r, below.columnIndex + cells[r].findIndex((v) => v !== ""));
      throw new HostProblem(`Columns ${columnLetters(col)} to ${columnLetters(col + 3)} beside the plan are not empty (${at} holds something). Move or clear what is there, then add the flag columns again.`);
    }
  }
  if (request.mode === "formulas") await queueSettings(context, request.settings);

  const batch = new SyncBatch(context);
  if (found >= 0) {
    // The earlier flags reach down to their last RAG cell, which may be below this table's last row now.
    const ragAt = col + 3 - (below.isNullObject ? col : below.columnIndex);
    const earlier = cells.reduce((last, row, i) => (isFlagRag(row[ragAt]) ? top + i + 1 : last), lastRow);
    await batch.add(0, () => sheet.getRangeByIndexes(headerRow - 1, col, Math.max(earlier, lastRow) - headerRow + 1, 4).clear("All"));
  }
  const titles = FLAG_COLUMN_TITLES.map(textInput);
  await batch.add(0, () => (sheet.getRangeByIndexes(headerRow - 1, col, 1, 4).values = [titles]));
  const byRow = new Map(request.rows.map((f) => [f.row, f]));
  const row = (i: number): CellInput[] => {
    const flags = byRow.get(headerRow + 1 + i);
    if (!flags) return BLANK;
    return request.mode === "formulas" ? flagFormulas(flags.row, request.dueCol, request.statusCol) : flagValues(flags);
  };
  for (const block of rowBlocks(lastRow - headerRow, row)) {
    await batch.add(block.bytes, () => (sheet.getRangeByIndexes(headerRow + block.start, col, block.rows.length, 4).values = block.rows));
  }

  await batch.add(0, () => {
    const headings = sheet.getRangeByIndexes(headerRow - 1, col, 1, 4);
    if (col > 0) headings.copyFrom(sheet.getRangeByIndexes(headerRow - 1, col - 1, 1, 1), "Formats");
    else headings.format.font.bold = true;
    if (lastRow > headerRow) {
      sheet.getRangeByIndexes(headerRow, col, lastRow - headerRow, 2).format.horizontalAlignment = "Center";
      addRagFormats(sheet.getRangeByIndexes(headerRow, col + 3, lastRow - headerRow, 1));
    }
    WIDTHS.forEach((w, i) => (sheet.getRange(`${columnLetters(col + i)}:${columnLetters(col + i)}`).format.columnWidth = pointsForChars(w)));
  });
  await batch.flush();
}
