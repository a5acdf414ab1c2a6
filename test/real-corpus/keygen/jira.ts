/**
 * Keys for the Jira CSV exports t-jira-gazeus, t-jira-cned, t-jira-hoinc and t-jira-solvit.
 * Rules, from the cells (CSV record 1 is the header, each later record is one issue = one action,
 * epics, stories, bugs and sub-tasks alike):
 * - action = the Summary column (t-jira-cned: its renamed "resume" column).
 * - due = the "Due date" column when the export has one ("dd/Mon/yy h:mm AM", English month
 *   abbreviations; the date part is taken); only t-jira-solvit has a filled Due date column.
 * - complete = the issue is done by Jira's own record, per file (see each note): the workflow
 *   status that means done, or a Resolution that means done.
 * Usage: npx tsx test/real-corpus/keygen/jira.ts ID FILE
 */
import { col, columns, firstWords, sheetsOf, text, writeKey, type KeyRow } from "./common";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function jiraDate(s: string): string | null {
  if (!s) return null;
  const m = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}) /.exec(s);
  if (!m) throw new Error(`unexpected date "${s}"`);
  const mon = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  return `20${m[3]}-${String(mon).padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

interface Spec { summary: string; due: string | null; complete: (get: (label: string) => string) => boolean; sheet: string; notes: string }

const SPECS: Record<string, Spec> = {
  "t-jira-solvit": {
    summary: "Summary",
    due: "Due date",
    sheet: "t-jira-solvit",
    complete: (get) => get("Status Category") === "Done",
    notes:
      "Jira Cloud CSV export (all fields) of a vehicle-valuation firm's support project (Kenya, 2025-26): record 1 is the header (379 columns: Labels x4, Watchers x6, 'Log Work' x245, Attachment x10, Comment x75 ...), records 2-312 are 311 issues (Task, Story, Subtask, Bug, Epic, Recurring bug), most with long multi-line descriptions and comment threads. Every issue is an action; the action is Summary. Due = 'Due date', Jira's default 'dd/Mon/yy h:mm AM' ('28/Nov/25 12:00 AM'; English month abbreviations make the order certain): the date part; 137 issues have one, 174 are blank (null). 'Custom field (Due data)' (one value, on an issue with no Due date) is a custom field, not Jira's due date, and Created/Updated/Last Viewed are not deadlines. Completion by Jira's record: no issue has a Resolution or a Resolved date and every Status Category is 'To Do' or 'In Progress', so nothing is complete - including 'Verified by solvit' / 'VERIFIED BY SOLVIT' (7) and 'Staging' (4), which the project's own workflow puts in 'In Progress'. Statuses come in mixed case ('backlog' 102, 'Backlog' 95, 'Todo', 'To Do'). Every dated issue whose date is before asOf is overdue. Generated from the cells by test/real-corpus/keygen/jira.ts.",
  },
  "t-jira-gazeus": {
    summary: "Summary",
    due: "Due date",
    sheet: "t-jira-gazeus",
    complete: (get) => get("Status") === "Done",
    notes:
      "Jira Cloud 'Export Excel CSV (all fields)' of a games studio's portfolio project (Portuguese text, English field names): record 1 is the header (213 columns, many repeated: Labels, Watchers, Attachment, Comment...), records 2-220 are 219 issues (157 Bug, 31 Task, 31 Story), many with multi-line descriptions. Every issue is an action; the action is Summary. Due = 'Due date': empty on every issue, so every due is null (Created/Updated/Last Viewed/Resolved and the custom 'Target end'/'Close Date' are not deadlines and are empty or not due dates). Complete = Status 'Done' (151 issues). 'Cancelled' (17) and 'Aborted' (6) sit in Jira's 'Done' status category but record the issue as cancelled, not completed, so they are not complete; Backlog, Selected for Tech Check, Selected for Development, Validation, Ready to Validate, Ready for QA Check, Ready to Production, Development are open. Resolution 'Done' (55) and a Resolved date occur only on issues whose Status is Done (checked by the generator). Nothing is dated, so nothing is overdue. Generated from the cells by test/real-corpus/keygen/jira.ts.",
  },
  "t-jira-hoinc": {
    summary: "Summary",
    due: null,
    sheet: "t-jira-hoinc",
    complete: (get) => get("Resolution") === "Fixed" && get("Status") !== "Reopened",
    notes:
      "A small Jira CSV export (Issue Type | Issue key | Issue id | Parent id | Summary | Status | Resolution) of an intranet project's UAT issues: records 2-65 are 64 issues (Incident, Bug, Problem, Task, Improvement, Sub-task), all actions; the action is Summary. No date column at all: every due is null. Completion: every issue has Resolution 'Fixed', Jira's record that the issue was resolved, so an issue is complete whatever its post-fix workflow step ('Closed' 9, 'Verified - UAT' 21, 'Test in UAT' 29) - EXCEPT the 5 whose Status is 'Reopened': reopening is the later event and says the fix did not hold (a standard Jira workflow clears the Resolution on reopening; this one left 'Fixed' behind), so those 5 are not complete. 59 complete, 5 not. With no dates nothing is overdue either way. Generated from the cells by test/real-corpus/keygen/jira.ts.",
  },
  "t-jira-cned": {
    summary: "resume",
    due: null,
    sheet: "t-jira-cned",
    complete: (get) => ["Validé", "Fait (à livrer)"].includes(get("Etat")) || (get("state") === "Terminé" && get("Etat") !== "Annulé"),
    notes:
      "A French Jira CSV export (project CNED Adapt, 2015-2016) whose first columns the repo author renamed for a GitHub import: title (key + summary), resume (the Summary), Issue key, Issue id, Parent id, labels (type/status/priority/resolution joined by '/'), Type de demande, Etat (the workflow status), ..., Priorité, state (the Résolution: 'Terminé' or blank), Responsable, Rapporteur, Créateur, ... Record 1 is the header; every later record is an issue (Épopée, Tâche, Sous-tâche, Bogue, Amélioration, Story...), all actions; the action is 'resume' (= Summary; 'title' repeats it behind the key). There is no Due date column (the dates are work-log and comment times), so every due is null and nothing is overdue. Completion by Jira's own record, from the workflow status 'Etat' and the Résolution ('state'): complete when Etat is 'Validé' (validated, 164 - 18 of them, mostly epics, without a Résolution) or 'Fait (à livrer)' (done, awaiting delivery, 207, all Terminé), or when the Résolution is 'Terminé' and the issue was not cancelled (3 'Bloqué' issues carry Terminé: resolved as done, the blocked status left behind). Not complete: 'A faire' (to do, 56), 'En cours' (1), 'En test' (2), 'Bloqué' without a Résolution (21) and every 'Annulé' (cancelled, 62 - including 4 that carry Terminé: the cancellation is the status's record and is not completion). 374 complete in all. Generated from the cells by test/real-corpus/keygen/jira.ts.",
  },
};

async function main(): Promise<void> {
  const [id, file] = process.argv.slice(2);
  const spec = SPECS[id];
  const grid = (await sheetsOf(file))[0];
  const cols = columns(grid.rows[0]);
  const summary = col(cols, spec.summary);
  const due = spec.due ? col(cols, spec.due) : -1;
  const rows: KeyRow[] = [];
  const odd: string[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (cells.every((c) => text(c) === "")) continue;
    const get = (label: string): string => text(cells[col(cols, label)]);
    const complete = spec.complete(get);
    if (id === "t-jira-gazeus" && !complete && (get("Resolution") !== "" || get("Resolved") !== "")) odd.push(`${r + 1}`);
    rows.push({ row: r + 1, action: firstWords(text(cells[summary])), due: due >= 0 ? jiraDate(text(cells[due])) : null, complete });
  }
  if (odd.length) throw new Error(`rows with a resolution but not Done: ${odd.join(", ")}`);
  writeKey(id, true, [{ name: spec.sheet, plan: true, rows }], spec.notes);
}

void main();
