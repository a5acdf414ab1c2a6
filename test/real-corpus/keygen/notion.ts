/**
 * Key for t-notion-timeline (Notion timeline database, "Export: Markdown & CSV").
 * Rules, from the cells: header record 1 (Name | Assign | Date | Tag); every later record is a task = an
 * action (Name). Due = the END of Notion's date range "October 8, 2021 → October 29, 2021"; a single
 * date ("February 25, 2022") is its own end. The export has no status or done column, so no task is
 * recorded as complete.
 * Usage: npx tsx test/real-corpus/keygen/notion.ts FILE
 */
import { col, columns, firstWords, iso, sheetsOf, text, writeKey, type KeyRow } from "./common";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function rangeEnd(s: string): string | null {
  if (!s) return null;
  const end = s.split("→").pop()!.trim();
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(end);
  if (!m || !MONTHS.includes(m[1])) throw new Error(`unexpected date "${s}"`);
  return iso(Number(m[3]), MONTHS.indexOf(m[1]) + 1, Number(m[2]));
}

async function main(): Promise<void> {
  const grid = (await sheetsOf(process.argv[2]))[0];
  const cols = columns(grid.rows[0]);
  const [name, date] = ["Name", "Date"].map((l) => col(cols, l));
  const rows: KeyRow[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    const a = text(grid.rows[r][name]);
    if (!a) continue;
    rows.push({ row: r + 1, action: firstWords(a), due: rangeEnd(text(grid.rows[r][date])), complete: false });
  }
  writeKey(
    "t-notion-timeline",
    true,
    [{ name: "t-notion-timeline", plan: true, rows }],
    "Notion's own 'Markdown & CSV' export of a timeline database (UTF-8 with BOM, CRLF), made by the repo author to demonstrate redrawing a Notion timeline as a Gantt chart: the content is the author's sample schedule of parts work (Japanese task names such as 'Part-A 仕込み'), the format is exactly what Notion writes. Header record 1: Name | Assign | Date | Tag; records 2-40 are 39 tasks, all actions; the action is Name, Assign is the owner (letters A, B, 'A, B'), Tag is a phase (Prep, Test, Release, Follow). Due = the END of Notion's date range written 'October 8, 2021 → October 29, 2021' (month names, so no day/month question); the last task has a single date 'February 25, 2022', its own end. There is no status or done column, so nothing is recorded complete, and every task (all ending 2021-2022) is overdue at asOf. Generated from the cells by test/real-corpus/keygen/notion.ts."
  );
}

void main();
