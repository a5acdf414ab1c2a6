/**
 * Keys for two larger hand-kept trackers, read from the cells with the real reader:
 * - t-hrl-tracker (sheet DATA): header row 1; an action is a row with a TASK; due = END, written
 *   "YYYY-MM-DD (Weekday)" - its date part, except the broken placeholder years 1900/1901
 *   ("1900-12-30 (Sunday)", "1901-12-30 (Monday)"), which are no date (null); complete = PROGRESS
 *   "COMPLETE". Sheet Changelog is an audit log of edits: not a plan.
 * - t-rupeex-tracker: "Work Breakdown" (header row 3; rows naming an Epic / Feature are actions, the
 *   TOTAL row is a summary, not an action; no date column), "All Tasks" (header row 1; every row with a
 *   Title is an action; 'Date' records when the task was done, not a deadline, so due is null),
 *   "Summary" (key metrics: not a plan); complete = Status "Done".
 * Usage: npx tsx test/real-corpus/keygen/table.ts ID FILE
 */
import { col, columns, firstWords, sheetsOf, text, writeKey, type KeyRow, type KeySheet } from "./common";
import type { Grid } from "../../../src/model/grid";

function tableRows(g: Grid, headerRow: number, action: string, status: string, done: string, due: (get: (l: string) => string) => string | null, skip: (a: string) => boolean = () => false): KeyRow[] {
  const cols = columns(g.rows[headerRow - 1]);
  const rows: KeyRow[] = [];
  for (let r = headerRow; r < g.rows.length; r++) {
    const get = (l: string): string => text(g.rows[r][col(cols, l)]);
    const a = get(action);
    if (!a || skip(a)) continue;
    rows.push({ row: r + 1, action: firstWords(a), due: due(get), complete: get(status) === done });
  }
  return rows;
}

function hrlEnd(s: string): string | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2}) \(\w+\)$/.exec(s);
  if (!m) throw new Error(`unexpected END "${s}"`);
  return Number(m[1]) < 1902 ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

async function main(): Promise<void> {
  const [id, file] = process.argv.slice(2);
  const grids = await sheetsOf(file);
  const sheet = (n: string): Grid => grids.find((g) => g.name === n) ?? (() => { throw new Error(`no sheet ${n}`); })();
  if (id === "t-hrl-tracker") {
    const sheets: KeySheet[] = [
      { name: "DATA", plan: true, rows: tableRows(sheet("DATA"), 1, "TASK", "PROGRESS", "COMPLETE", (get) => hrlEnd(get("END"))) },
      { name: "Changelog", plan: false, rows: [] },
    ];
    writeKey(id, true, sheets, "A university Housing & Residence Life department's task tracker (the workbook behind a small Streamlit app; sheet DATA, header row 1: # | Fiscal Year | SEMESTER | PLANNER BUCKET | TASK | ASSIGNMENT TITLE | AUDIENCE | START | END | PROGRESS). An action is a row with a TASK (629); rows with a bucket, placeholder dates and NOT STARTED but no TASK (e.g. rows 45-46, 51-53) are not actions. PLANNER BUCKET is a category repeated on each row, not a group title row. Due = END, text 'YYYY-MM-DD (Weekday)' (ISO with the weekday in brackets): the date part. The app wrote broken placeholder dates for undated tasks - '1900-12-30 (Sunday)' (154 rows, a zero date) and '1901-12-30 (Monday)' (8 rows, e.g. 'Current Student, 3 month payment plan opens', plainly not a 1901 deadline): both are no date, due null. START is the start, never the due. Complete = PROGRESS 'COMPLETE' (28 actions; 5 more COMPLETE rows have no TASK); 'NOT STARTED' and 'IN PROGRESS' are not complete. Sheet 'Changelog' (Timestamp | Action | Task ID | Field Changed | Old Value | New Value) is the app's audit log: not a plan. Generated from the cells by test/real-corpus/keygen/table.ts.");
  } else if (id === "t-rupeex-tracker") {
    const sheets: KeySheet[] = [
      { name: "Work Breakdown", plan: true, rows: tableRows(sheet("Work Breakdown"), 3, "Epic / Feature", "Status", "Done", () => null, (a) => a === "TOTAL") },
      { name: "All Tasks", plan: true, rows: tableRows(sheet("All Tasks"), 1, "Title", "Status", "Done", () => null) },
      { name: "Summary", plan: false, rows: [] },
    ];
    writeKey(id, true, sheets, "A training-programme team's task tracker for a payment platform (2026), three sheets. 'Work Breakdown': title row 1, header row 3 (Epic / Feature | Task Count | Story Points | Lead Owner | Status | Notes); rows 4-20 are the 17 epics, each an action with an owner and Status 'Done'; row 21 'TOTAL' (88, 201, DONE) is a summary row, not an action; no date column, due null. 'All Tasks': header row 1 (ID | Epic | Title | Type | Priority | Category | Owner | Description | Story Points | Date | Status); rows 2-89 are 88 tasks, the action is Title (several are commit messages such as 'Merge branch ...': the tracker was compiled from the team's commits). 'Date' (text 2026-07-30 .. 2026-08-04) records when each task was done - every task is 'Done' and the Summary sheet counts all 88 as completed - it is not a deadline, so due is null. Complete = Status 'Done' (all). 'Summary' is a metrics panel (Total Tasks Completed 88, breakdowns by type and component, Overall Progress 100%): not a plan. Nothing is overdue. Generated from the cells by test/real-corpus/keygen/table.ts.");
  }
}

void main();
