/**
 * Every project-tool export fixture (scripts/build-export-fixtures.ts; columns and sources in
 * test/fixtures/exports/README.md) read end to end with the real reader and analyseBook, as of the Friday the
 * plans were exported. The expectations are written by hand from the fixture rows: which rows are actions,
 * their owner and deadline as the tool recorded them, whether the tool records each one done (and which
 * field says so), and whether it is overdue.
 */
import path from "node:path";
import { analyseBook } from "../src/model/analyse/analyseBook";
import type { SheetReport } from "../src/model/analyse/types";
import type { Role } from "../src/model/templates/types";
import { readWorkbook } from "../src/workbook/readWorkbook";

const AS_OF = "2024-11-29";
const dir = path.join(__dirname, "fixtures", "exports");

interface Row {
  row: number;
  action: string;
  owner: string | null;
  /** The deadline's end as an ISO date; null when the task has none. */
  due: string | null;
  /** Done by the tool's own record, and the role of the field that says so; "cancelled" when closed undone. */
  done: Role | null | "cancelled";
  overdue: boolean;
}

interface Expected {
  file: string;
  template: string;
  sheet: string;
  headerRow: number;
  rows: Row[];
}


const EXPECTED: Expected[] = [
  {
    file: "planner-export.xlsx",
    template: "planner",
    sheet: "Community safety plan 2024-25",
    headerRow: 5,
    rows: [
      { row: 6, action: "Publish the community safety strategy", owner: "Priya Shah", due: "2024-10-31", done: "status", overdue: false },
      { row: 7, action: "Refresh the ASB case review process", owner: "Tom Okafor;Priya Shah", due: "2024-11-15", done: null, overdue: true },
      { row: 8, action: "Train ward officers on the new referral form", owner: "Sam Ellis", due: "2024-12-13", done: null, overdue: false },
      { row: 9, action: "Run the autumn knife-crime awareness week", owner: "Sam Ellis", due: "2024-10-18", done: "status", overdue: false },
      { row: 10, action: "Agree data-sharing protocol with the fire service", owner: "Priya Shah", due: null, done: null, overdue: false },
      // Due on the day of the export: not yet overdue.
      { row: 11, action: "Quarterly report to the partnership board", owner: "Tom Okafor", due: "2024-11-29", done: null, overdue: false },
    ],
  },
  {
    file: "ms-project-export.xlsx",
    template: "ms-project",
    sheet: "Task_Table1",
    headerRow: 1,
    rows: [
      { row: 2, action: "Appoint the project board", owner: "Head of Policy", due: "2024-09-03", done: "status", overdue: false },
      { row: 3, action: "Map the current referral pathways", owner: "Policy Officer", due: "2024-09-17", done: "status", overdue: false },
      { row: 4, action: "Consult partners on the draft pathway", owner: "Policy Officer,Community Safety Manager", due: "2024-10-08", done: null, overdue: true },
      { row: 5, action: "Board sign-off", owner: "Head of Policy", due: "2024-12-10", done: null, overdue: false },
      { row: 6, action: "Go live with the new pathway", owner: null, due: "2024-12-16", done: null, overdue: false },
    ],
  },
  {
    file: "ms-lists-export.csv",
    template: "ms-lists",
    sheet: "ms-lists-export",
    headerRow: 1,
    rows: [
      { row: 2, action: "Recruit two community wardens", owner: "Dana Reid", due: "2024-10-31", done: "status", overdue: false },
      { row: 3, action: "Install CCTV at the bus station", owner: "Lee Chang", due: "2024-11-22", done: null, overdue: true },
      { row: 4, action: "Publish ward crime maps", owner: "Dana Reid", due: "2024-12-20", done: null, overdue: false },
      { row: 5, action: "Review night-time economy licensing conditions", owner: "Lee Chang", due: null, done: null, overdue: false },
      { row: 6, action: "Open a third-party hate crime reporting centre", owner: "Amir Khan", due: "2024-09-30", done: "status", overdue: false },
    ],
  },
  {
    file: "asana-export.csv",
    template: "asana",
    sheet: "asana-export",
    headerRow: 1,
    rows: [
      { row: 2, action: "Draft the youth engagement plan", owner: "Chloe Mason", due: "2024-10-31", done: "completed", overdue: false },
      { row: 3, action: "Book venues for the youth forums", owner: "Ravi Patel", due: "2024-11-15", done: null, overdue: true },
      { row: 4, action: "Run the first youth forum", owner: "Chloe Mason", due: "2024-12-05", done: null, overdue: false },
      // Completed two days after its due date: complete, so not overdue.
      { row: 5, action: "Send forum invitations to schools", owner: "Ravi Patel", due: "2024-11-18", done: "completed", overdue: false },
      { row: 6, action: "Evaluate the forums", owner: null, due: null, done: null, overdue: false },
      { row: 7, action: "Agree the evaluation questions", owner: "Chloe Mason", due: "2024-12-10", done: "completed", overdue: false },
    ],
  },
  {
    file: "jira-export.csv",
    template: "jira",
    sheet: "jira-export",
    headerRow: 1,
    rows: [
      { row: 2, action: "Commission the domestic abuse needs assessment", owner: "Helen Ward", due: "2024-10-31", done: "status", overdue: false },
      { row: 3, action: "Update the MARAC referral guidance", owner: "Helen Ward", due: "2024-11-15", done: null, overdue: true },
      // Status Done, Resolution Won't Do: closed without being done.
      { row: 4, action: "Procure a new case-management system", owner: "Mark Doyle", due: "2024-09-30", done: "cancelled", overdue: false },
      { row: 5, action: "Fix the broken link to the referral form", owner: "Aisha Begum", due: "2024-10-18", done: "status", overdue: false },
      // A custom status PlanCheck does not know; the Resolution says Done.
      { row: 6, action: "Release the online referral form", owner: "Aisha Begum", due: "2024-11-22", done: "completed", overdue: false },
      { row: 7, action: "Draft the domestic abuse strategy refresh", owner: "Helen Ward", due: "2024-12-20", done: null, overdue: false },
    ],
  },
  {
    file: "trello-export.csv",
    template: "trello",
    sheet: "trello-export",
    headerRow: 1,
    rows: [
      { row: 2, action: "Book the roadshow venues", owner: "Jo Carter", due: "2024-10-18", done: "completed", overdue: false },
      { row: 3, action: "Print the roadshow leaflets", owner: "Jo Carter, Ben Hughes", due: "2024-11-08", done: null, overdue: true },
      { row: 4, action: "Invite the neighbourhood policing teams", owner: "Ben Hughes", due: "2024-12-06", done: null, overdue: false },
      { row: 5, action: "Collect the feedback forms", owner: null, due: null, done: null, overdue: false },
      { row: 6, action: "Order branded gazebos", owner: "Ben Hughes", due: "2024-11-22", done: "completed", overdue: false },
    ],
  },
  {
    file: "smartsheet-export.xlsx",
    template: "smartsheet",
    sheet: "Community Safety Delivery Plan",
    headerRow: 1,
    rows: [
      { row: 2, action: "Set up the delivery group", owner: "Priya Shah", due: "2024-09-06", done: "status", overdue: false },
      // % Complete 100% while the Status column still says In Progress.
      { row: 3, action: "Agree the performance framework", owner: "Tom Okafor", due: "2024-10-04", done: "completed", overdue: false },
      { row: 4, action: "Commission the community survey", owner: "Sam Ellis", due: "2024-11-15", done: null, overdue: true },
      { row: 5, action: "Analyse the survey results", owner: "Sam Ellis", due: "2024-12-13", done: null, overdue: false },
      { row: 6, action: "Report to the partnership board", owner: "Priya Shah", due: "2024-12-16", done: null, overdue: false },
    ],
  },
  {
    file: "monday-export.xlsx",
    template: "monday",
    sheet: "Neighbourhood Action Plan",
    headerRow: 4,
    rows: [
      { row: 5, action: "Clean up the Market Street underpass", owner: "Dan Price", due: "2024-09-27", done: "status", overdue: false },
      { row: 6, action: "Install lighting on the canal towpath", owner: "Ella Stone", due: "2024-10-31", done: null, overdue: true },
      { row: 7, action: "Survey residents on the Eastfield estate", owner: "Dan Price", due: "2024-11-08", done: null, overdue: true },
      // Row 9 is the second group's title and row 10 its header again: neither is an action.
      { row: 11, action: "Run the winter safety campaign", owner: "Ella Stone", due: "2024-12-13", done: null, overdue: false },
      { row: 12, action: "Renew the alley-gating orders", owner: null, due: null, done: null, overdue: false },
    ],
  },
];

describe.each(EXPECTED.map((e) => [e.file, e] as const))("%s", (_file, expected) => {
  let sheet: SheetReport | undefined;

  beforeAll(async () => {
    const read = await readWorkbook(path.join(dir, expected.file));
    if (!read.ok) throw new Error(read.error.message);
    sheet = analyseBook(read.book.sheets, { asOf: AS_OF }).find((s) => s.name === expected.sheet);
  });

  const rows = () => sheet?.rows ?? [];

  test(`is read with the ${expected.template} template from its header on row ${expected.headerRow}; the action rows and their owners are the tasks`, () => {
    expect(sheet?.template?.name).toBe(expected.template);
    expect(sheet?.headerRow).toBe(expected.headerRow);
    expect(rows().map((r) => [r.row, r.action, r.owner])).toEqual(expected.rows.map((r) => [r.row, r.action, r.owner]));
  });

  test("each task's deadline is the date the tool recorded", () => {
    expect(rows().map((r) => [r.row, r.due.end])).toEqual(expected.rows.map((r) => [r.row, r.due]));
  });

  test("a task is complete when the tool records it done, and the report names the field that says so", () => {
    expect(rows().map((r) => [r.row, r.status.state === "cancelled" ? "cancelled" : r.complete ? r.completedBy : null])).toEqual(
      expected.rows.map((r) => [r.row, r.done]),
    );
  });

  test(`overdue as of ${AS_OF}: past its deadline and not done`, () => {
    expect(rows().map((r) => [r.row, r.overdue])).toEqual(expected.rows.map((r) => [r.row, r.overdue]));
  });
});

test("every export fixture is covered here, and every export template has a fixture", async () => {
  const { readdirSync } = await import("node:fs");
  const { BUILTIN_TEMPLATES } = await import("../src/model/templates/builtins");
  const files = readdirSync(dir).filter((f) => f !== "README.md");
  expect(EXPECTED.map((e) => e.file).sort()).toEqual(files.sort());
  const exportTemplates = ["planner", "ms-project", "ms-lists", "asana", "jira", "trello", "smartsheet", "monday"];
  expect(BUILTIN_TEMPLATES.map((t) => t.name).filter((n) => exportTemplates.includes(n))).toEqual(exportTemplates);
  expect(EXPECTED.map((e) => e.template).sort()).toEqual([...exportTemplates].sort());
});
