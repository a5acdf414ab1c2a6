/**
 * Key for t-planner-innovation (Microsoft Planner "Export plan to Excel").
 * Rules, from the cells:
 * - sheet "Tasks"; rows above the row whose A is "Task ID" are plan information (Plan name, Plan ID,
 *   Date of export), not actions; that row is the header.
 * - every row below it with a Task Name is a task = an action.
 * - due = "Due Date" (text MM/DD/YYYY: Planner wrote US month-first dates - the export date
 *   05/14/2021 and due dates such as 04/27/2021 can only be month-first); blank -> null.
 *   "Start Date", "Created Date" and "Completed Date" are never the due.
 * - complete = Progress "Completed" (Planner's own record; every such row also has a Completed Date).
 * Usage: npx tsx test/real-corpus/keygen/planner.ts FILE
 */
import { col, columns, firstWords, iso, sheetsOf, text, writeKey, type KeyRow } from "./common";

function usDate(s: string): string | null {
  if (!s) return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) throw new Error(`unexpected due "${s}"`);
  return iso(Number(m[3]), Number(m[1]), Number(m[2]));
}

async function main(): Promise<void> {
  const grid = (await sheetsOf(process.argv[2])).find((g) => g.name === "Tasks");
  if (!grid) throw new Error("no Tasks sheet");
  const h = grid.rows.findIndex((r) => text(r[0]) === "Task ID");
  const cols = columns(grid.rows[h]);
  const [name, progress, due, completedDate] = ["Task Name", "Progress", "Due Date", "Completed Date"].map((l) => col(cols, l));
  const rows: KeyRow[] = [];
  for (let r = h + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (!text(cells[name])) continue;
    const complete = text(cells[progress]) === "Completed";
    if (complete !== (text(cells[completedDate]) !== "")) throw new Error(`row ${r + 1}: Progress and Completed Date disagree`);
    rows.push({ row: r + 1, action: firstWords(text(cells[name])), due: usDate(text(cells[due])), complete });
  }
  writeKey(
    "t-planner-innovation",
    true,
    [{ name: "Tasks", plan: true, rows }],
    "Microsoft Planner 'Export plan to Excel' (sheet 'Tasks'). Rows 1-3 are plan information (Plan name 'Innovation Planning', Plan ID, Date of export 05/14/2021), row 4 blank, row 5 the header: Task ID | Task Name | Bucket Name | Progress | Priority | Assigned To | Created By | Created Date | Start Date | Due Date | Late | Completed Date | Completed By | Description | Completed Checklist Items | Checklist Items | Labels. Every row below with a Task Name is an action (632). Due = 'Due Date', text MM/DD/YYYY: month-first, because Planner wrote the export date as 05/14/2021 and due dates such as 04/27/2021 and 05/21/2021 cannot be day-first; blank -> null. Start/Created/Completed dates are never the due. Complete = Progress 'Completed' (Planner's record; every such row also has a Completed Date, checked by the generator); 'In progress' and 'Not started' are not complete. 'Late' (true/false) is Planner's own overdue flag as of the export date, not of asOf, so it is not used. Generated from the cells by test/real-corpus/keygen/planner.ts (rules in its header)."
  );
}

void main();
