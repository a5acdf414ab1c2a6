import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import type { Finding } from "../../src/model/findings";
import { builtinTemplate } from "../../src/model/templates/builtins";
import { templateFromColumns } from "../../src/model/templates/templateFromColumns";
import { gridOf } from "./gridOf";

const asOf = "2010-07-01";
const codes = (findings: Finding[]) => findings.map((f) => [f.code, f.cell, f.field]);

describe("analyseSheet", () => {
  const northYorkshire = gridOf(
    [
      ["Action Plan 2009 – 10"],
      [],
      ["Priority workstream", "Objective", "Timescale", "Achieved?", "Comments", "Lead organisation/ person"],
      ["Joint local problem solving", "Set up working group", "May 2009", "✓", "", "Chief Fire Officer"],
      ["", "Draft set of principles produced", "By end of June 2010", "", "", "Chief Fire Officer"],
      ["", "Principles agreed by partner organisations", "When funding allows", "Partial", "", ""],
      ["", "Workshop on area structures", "By Sept 2010", "See notes", "", "Head of Policy"],
      ["", "Joint training on SNAP", "15 July 2010", "", "", "North Yorkshire Fire and Rescue"],
    ],
    { merges: ["A4:A8"] },
  );

  test("picks the family template and says how well it matched", () => {
    const report = analyseSheet(northYorkshire, { asOf });
    expect(report.template).toMatchObject({ name: "north-yorkshire", matchedColumns: 6, columns: 6, chosen: false });
    expect(report.template?.score).toBe(1);
    expect(report.headerRow).toBe(3);
  });

  test("flags each row as of the date", () => {
    const report = analyseSheet(northYorkshire, { asOf });
    expect(report.rows.map((r) => [r.row, r.due.end, r.status.state, r.overdue, r.daysOverdue, r.rag])).toEqual([
      [4, "2009-05-31", "complete", false, 0, "blue"],
      [5, "2010-06-30", "none", true, 1, "red"],
      [6, null, "in-progress", false, 0, "green"],
      [7, "2010-09-30", "unknown", false, 0, "green"],
      [8, "2010-07-15", "none", false, 0, "amber"],
    ]);
    expect(report.rows.every((r) => r.section === "Joint local problem solving")).toBe(true);
    expect(report.summary).toMatchObject({ rows: 5, complete: 1, overdue: 1 });
  });

  test("reports row problems at their exact cells", () => {
    const report = analyseSheet(northYorkshire, { asOf });
    expect(codes(report.findings)).toEqual([
      ["blank-required", "F6", "owner"],
      ["unparsed-due", "C6", "due"],
      ["unknown-status", "D7", "status"],
    ]);
    const due = report.findings.find((f) => f.code === "unparsed-due");
    expect(due).toMatchObject({ severity: "warning", value: "When funding allows" });
    expect(due?.hint).toMatch(/31\/03\/2010/);
  });

  test("header problems: missing, extra, duplicate and blank headings", () => {
    const grid = gridOf([
      ["Action", "Deadline", "Status", "Ward", "Status", ""],
      ["Arrange a presentation to councils", "Oct 09", "Done", "Craven", "Done", "note in an unheaded column"],
    ]);
    const report = analyseSheet(grid, { asOf, template: builtinTemplate("generic") });
    expect(report.template).toMatchObject({ name: "generic", chosen: true });
    expect(codes(report.findings)).toEqual([
      ["missing-label", "A1", "owner"],
      ["duplicate-label", "E1", "status"],
      ["blank-label", "F1", null],
      ["extra-label", "D1", null],
    ]);
    expect(report.rows[0].extras).toEqual({ Ward: "Craven", "(column F)": "note in an unheaded column", Status: "Done" });
  });

  test("a sheet without a plan table gives one info finding and no rows", () => {
    const grid = gridOf([["How to fill in this plan"], ["Use one row per action."], ["Budget", "2009/10"], ["Staff", "12000"]], {
      name: "Instructions",
    });
    const report = analyseSheet(grid, { asOf });
    expect(report.rows).toEqual([]);
    expect(report.findings.map((f) => [f.code, f.severity, f.sheet])).toEqual([["no-table", "info", "Instructions"]]);
  });

  test("a plan without status or dates says completion cannot be assessed", () => {
    const grid = gridOf([
      ["Outcome", "Actions", "Milestones", "Responsibility", "Risk"],
      ["Strong community leadership", "Implement the framework", "Sign up by all partners", "LAA office", ""],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.template?.name).toBe("cohesion");
    expect(report.summary.completion).toBeNull();
    expect(report.rows[0].rag).toBe("grey");
    expect(report.findings.map((f) => f.code)).toEqual(["no-status-column", "no-due-column"]);
  });

  test("financial quarters are an option and the reading is reported", () => {
    const grid = gridOf([
      ["Objective", "Activities", "This will require", "Date", "Lead Officer/ Dept."],
      ["1. Ensure access", "2. Increase awareness", "Re-develop website", "Q2 2010", "PA Head of Engagement"],
    ]);
    const calendar = analyseSheet(grid, { asOf });
    const financial = analyseSheet(grid, { asOf, quarters: "financial" });
    expect(calendar.rows[0].due.end).toBe("2010-06-30");
    expect(calendar.rows[0].overdue).toBe(true);
    expect(calendar.rows[0].due.reading).toMatch(/calendar/i);
    expect(financial.rows[0].due.end).toBe("2010-09-30");
    expect(financial.rows[0].overdue).toBe(false);
    expect(financial.rows[0].due.reading).toMatch(/financial/i);
  });
});

describe("analyseSheet: completion as tools record it", () => {
  const made = templateFromColumns("tracker", "A tracker with a completion date and a resolution", [
    { label: "Task", role: "action" },
    { label: "Owner", role: "owner" },
    { label: "Due", role: "due" },
    { label: "Status", role: "status" },
    { label: "Completed", role: "completed" },
  ]);
  if (!made.ok) throw new Error(made.problems.join("; "));
  const template = made.template;
  const grid = gridOf([
    ["Task", "Owner", "Due", "Status", "Completed"],
    ["Status says done", "Ann", "01/06/2010", "Done", ""],
    ["Completed on a date", "Ben", "01/06/2010", "In progress", "03/06/2010"],
    ["Closed as a duplicate", "Cat", "01/06/2010", "Done", "Duplicate"],
    ["Still open, past its date", "Dan", "01/06/2010", "In progress", "Unresolved"],
    ["No status, a completion date", "Eve", "01/06/2010", "", "2010-06-20"],
  ]);

  test("a row is complete by its status or by its completed field, and the report says which decided", () => {
    const report = analyseSheet(grid, { asOf, template });
    expect(report.rows.map((r) => [r.action, r.complete, r.completedBy, r.status.state, r.overdue, r.rag])).toEqual([
      ["Status says done", true, "status", "complete", false, "blue"],
      ["Completed on a date", true, "completed", "complete", false, "blue"],
      ["Closed as a duplicate", false, null, "cancelled", false, "grey"],
      ["Still open, past its date", false, null, "in-progress", true, "red"],
      ["No status, a completion date", true, "completed", "complete", false, "blue"],
    ]);
    expect(report.rows[1].status.reading).toBe('Completed done on 2010-06-03: read as complete (status "In progress")');
    expect(report.summary).toMatchObject({ rows: 5, complete: 3, overdue: 1, cancelled: 1, completion: 0.75 });
  });

  test("a completed field without a status column still lets completion be assessed", () => {
    const made = templateFromColumns("dates", "Completion dates only", [
      { label: "Task", role: "action" },
      { label: "Due", role: "due" },
      { label: "Completed At", role: "completed" },
    ]);
    if (!made.ok) throw new Error(made.problems.join("; "));
    const report = analyseSheet(
      gridOf([
        ["Task", "Due", "Completed At"],
        ["Done on time", "01/06/2010", "2010-05-28"],
        ["Not done", "01/06/2010", ""],
      ]),
      { asOf, template: made.template },
    );
    expect(report.findings.map((f) => f.code)).not.toContain("no-status-column");
    expect(report.summary).toMatchObject({ complete: 1, overdue: 1, completion: 0.5 });
  });
});
