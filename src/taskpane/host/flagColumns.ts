/**
 * "Add flag columns": Complete / Overdue / Days overdue / RAG beside a plan table, on its header row and
 * its action rows, as live PLAN.* formulas over the named settings cells (PlanCheckDay, PlanCheckAmberDays,
 * PlanCheckQuarters: settings.ts) or as values (the model's answers for the pane's settings). Flag columns
 * added before — their four headings standing where the pane asks for the columns — are replaced, not repeated. Fresh columns
 * must be empty from the header row to the last row: PlanCheck never writes over the officer's cells.
 *
 * Every cell gets its number format (General) before its content, so a column the officer formatted as Text
 * still gets working formulas; formulas go through Range.formulas, values and text through Range.values.
 * Calculation is suspended while they are written; then the header's look (copied from the table's own last
 * heading), the RAG colours (conditional formats) and widths. Reads are small: the header row, where the
 * columns' cells are (and the first one in the way), and the earlier RAG column from its bottom up until its
 * last flag. Syncs: two or three to look, one or two for the settings cells (formulas), then one per ~3.5 MB
 * written.
 */
import { a1, columnLetters } from "../../model/a1";
import { findFlagColumns } from "../../model/flags/flagColumns";
import type { Rag } from "../../model/flags/types";
import { FLAG_COLUMN_TITLES, type FlagColumnsRequest, type RowFlags } from "../hostApi";
import { BULK_BYTES_PER_CELL, jsonBytes, rowBlocks, SyncBatch } from "./chunking";
import { addRagFormats } from "./conditionalFormats";
import { AMBER_DAYS_NAME, DAY_NAME, QUARTERS_NAME, queueSettings } from "./settings";
import { pointsForChars } from "./tableWriter";
import { formulaInput, textInput, type CellInput } from "./text";
import { HostProblem } from "./run";

const WIDTHS = [10, 9, 13, 7];
const SHEET_ROWS = 1_048_576;
const BLANK: CellInput[] = ["", "", "", ""];
const GENERAL = ["General", "General", "General", "General"];
/** Rows of the earlier RAG column read at once, looking for its last flag (its formulas are ~200 bytes each: ~2 MB). */
const RAG_ROWS_PER_READ = 10_000;

/** The rating of an action with nothing to assess, as the model gives it. */
const NOTHING_TO_ASSESS: Rag = "grey";

/**
 * The four formulas for sheet row `row` (1-based), an action row: each shows what the CLI (and "as values")
 * gives for the row. The functions answer blank where a hand-filled formula meets nothing — ISCOMPLETE of a
 * blank status, the row functions on a row whose due date and status are both blank — so the formulas read a
 * blank as the CLI reads such an action: not complete (=…=TRUE), not overdue, 0 days (N(…)), grey. An error
 * still shows. Without a status column, Complete is FALSE as in the CLI and the status a blank. PlanCheckDay is
 * the as-of date or today; the amber window goes through IF(ISBLANK…) because Excel on Windows and Mac passes a
 * blank cell to a function as 0, which is a real amber window.
 */
export function flagFormulas(row: number, dueCol: number, statusCol: number | null): string[] {
  const due = a1(row - 1, dueCol);
  const status = statusCol === null ? '""' : a1(row - 1, statusCol);
  const amber = `IF(ISBLANK(${AMBER_DAYS_NAME}),"",${AMBER_DAYS_NAME})`;
  const rag = `PLAN.RAG(${due},${status},${DAY_NAME},${amber},${QUARTERS_NAME})`;
  return [
    statusCol === null ? formulaInput("FALSE") : formulaInput(`PLAN.ISCOMPLETE(${status})=TRUE`),
    formulaInput(`PLAN.OVERDUE(${due},${status},${DAY_NAME},${QUARTERS_NAME})=TRUE`),
    formulaInput(`N(PLAN.DAYSOVERDUE(${due},${status},${DAY_NAME},${QUARTERS_NAME}))`),
    formulaInput(`IF(${rag}="","${NOTHING_TO_ASSESS}",${rag})`),
  ];
}

/** A cell of an earlier RAG flag column: PlanCheck's formula (as written now, or before: =PLAN.RAG(…)) or one of its ratings. */
const isFlagRag = (v: unknown): boolean => typeof v === "string" && (/^=(IF\()?PLAN\.RAG\(/i.test(v) || /^(red|amber|green|blue|grey)$/.test(v));

const flagValues = (f: RowFlags): CellInput[] => [f.complete, f.overdue, f.daysOverdue, textInput(f.rag)];

/**
 * Whether the four headings already stand at `col` (0-based) on the header row, whose values start at column
 * `firstColumn`: earlier flag columns to replace. Only there — the pane chose `col` from the sheet it read,
 * and the same headings elsewhere on the row may be a PLAN.FLAGS spill's, which must never be cleared.
 */
export function flagsStandAt(headerValues: readonly unknown[], firstColumn: number, col: number): boolean {
  const labels = headerValues.map((v) => (typeof v === "string" ? v : ""));
  return col >= firstColumn && findFlagColumns(labels, col - firstColumn) === col - firstColumn;
}

function checkRequest(r: FlagColumnsRequest): void {
  const ok = r.headerRow >= 1 && r.lastRow >= r.headerRow && r.lastRow <= SHEET_ROWS && r.firstFlagCol >= 0 && r.dueCol >= 0;
  if (!ok) throw new HostProblem(`The flag columns cannot go there (header row ${r.headerRow}, last row ${r.lastRow}, column ${r.firstFlagCol + 1}): check the sheet again and retry.`);
}

/** Throws, naming the first cell in the way, when the four columns from the header row to `lastRow` are not empty. */
async function checkEmpty(context: Excel.RequestContext, sheet: Excel.Worksheet, headerRow: number, lastRow: number, col: number): Promise<void> {
  const used = sheet.getRangeByIndexes(headerRow - 1, col, lastRow - headerRow + 1, 4).getUsedRangeOrNullObject(true);
  used.load("rowIndex");
  await context.sync();
  if (used.isNullObject) return;
  const first = sheet.getRangeByIndexes(used.rowIndex, col, 1, 4);
  first.load("formulas");
  await context.sync();
  const at = a1(used.rowIndex, col + Math.max(0, first.formulas[0].findIndex((v) => v !== "")));
  throw new HostProblem(`Columns ${columnLetters(col)} to ${columnLetters(col + 3)} beside the plan are not empty (${at} holds something). Move or clear what is there, then add the flag columns again.`);
}

/**
 * The sheet row (1-based) of the earlier flags' last RAG cell, or `headerRow` when there is none: read from
 * the bottom of that column's cells up, a bounded block per sync, until a flag turns up (usually at once).
 */
async function lastEarlierFlag(context: Excel.RequestContext, sheet: Excel.Worksheet, headerRow: number, ragCol: number): Promise<number> {
  const used = sheet.getRangeByIndexes(headerRow, ragCol, SHEET_ROWS - headerRow, 1).getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  if (used.isNullObject) return headerRow;
  for (let end = used.rowIndex + used.rowCount, rows = 100; end > used.rowIndex; rows = Math.min(rows * 4, RAG_ROWS_PER_READ)) {
    const start = Math.max(used.rowIndex, end - rows);
    const block = sheet.getRangeByIndexes(start, ragCol, end - start, 1);
    block.load("formulas");
    await context.sync();
    const formulas = block.formulas;
    for (let i = formulas.length - 1; i >= 0; i--) if (isFlagRag(formulas[i][0])) return start + i + 1;
    end = start;
  }
  return headerRow;
}

export async function addFlagColumns(context: Excel.RequestContext, request: FlagColumnsRequest): Promise<void> {
  checkRequest(request);
  const { headerRow, lastRow } = request;
  const sheet = context.workbook.worksheets.getItem(request.sheet);
  const header = sheet.getRange(`${headerRow}:${headerRow}`).getUsedRangeOrNullObject(true);
  header.load("values,columnIndex");
  await context.sync();

  const col = request.firstFlagCol;
  const replacing = !header.isNullObject && flagsStandAt(header.values[0] ?? [], header.columnIndex, col);
  // The earlier flags reach down to their last RAG cell, which may be below this table's last row now.
  const earlier = replacing ? await lastEarlierFlag(context, sheet, headerRow, col + 3) : headerRow;
  if (!replacing) await checkEmpty(context, sheet, headerRow, lastRow, col);
  if (request.mode === "formulas") await queueSettings(context, request.settings);

  const batch = new SyncBatch(context);
  if (replacing) await batch.add(0, () => sheet.getRangeByIndexes(headerRow - 1, col, Math.max(earlier, lastRow) - headerRow + 1, 4).clear("All"));
  const titles = FLAG_COLUMN_TITLES.map(textInput);
  await batch.add(0, () => {
    const headings = sheet.getRangeByIndexes(headerRow - 1, col, 1, 4);
    headings.numberFormat = [GENERAL];
    headings.values = [titles];
  });
  const byRow = new Map(request.rows.map((f) => [f.row, f]));
  const row = (i: number): CellInput[] => {
    const flags = byRow.get(headerRow + 1 + i);
    if (!flags) return BLANK;
    return request.mode === "formulas" ? flagFormulas(flags.row, request.dueCol, request.statusCol) : flagValues(flags);
  };
  const rowFormat = jsonBytes(GENERAL) + 1 + GENERAL.length * BULK_BYTES_PER_CELL;
  for (const block of rowBlocks(lastRow - headerRow, row)) {
    const formats = block.rows.map(() => GENERAL);
    await batch.add(block.bytes + block.rows.length * rowFormat, () => {
      const range = sheet.getRangeByIndexes(headerRow + block.start, col, block.rows.length, 4);
      range.numberFormat = formats;
      if (request.mode === "formulas") range.formulas = block.rows;
      else range.values = block.rows;
    });
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
