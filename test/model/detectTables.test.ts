import { compileTemplate } from "../../src/model/table/compileTemplate";
import { detectTables } from "../../src/model/table/detectTables";
import { builtinTemplate } from "../../src/model/templates/builtins";
import type { Template } from "../../src/model/templates/types";
import { cellText } from "../../src/model/grid";
import { gridOf } from "./gridOf";

const template = (name: string): Template => {
  const t = builtinTemplate(name);
  if (!t) throw new Error(name);
  return t;
};
const rowsOf = (tables: ReturnType<typeof detectTables>) => tables.flatMap((t) => t.rows);
const value = (row: ReturnType<typeof rowsOf>[number], role: "action" | "section" | "owner" | "objective" | "due") => {
  const cell = row.values[role];
  return cell ? cellText(cell) : null;
};

describe("detectTables", () => {
  test("finds a header below title rows and right of a blank column, carries a merged workstream down", () => {
    const grid = gridOf(
      [
        ["", "Working together with communities"],
        ["", "Action Plan 2009 – 10"],
        [],
        ["", "Priority workstream", "Objective", "Timescale", "Achieved?", "Comments", "Lead organisation/ person"],
        ["", "Production of Framework", "Draft Framework adopted by NYSP Executive", "30 April 2009", "✓", "", "Head of Policy"],
        ["", "", "Publicise to Wider Partnership", "May 2009", "✓", "", "Head of Policy"],
        [],
        ["", "", "Gap analysis on principles", "October 2009", "Partial", "", "LSP Co-ordinators"],
        ["", "Joint surveys", "Audit of mandatory surveys", "By October 2009", "✓", "", "North Yorkshire Police"],
      ],
      { bold: ["B5"], merges: ["B5:B8"] },
    );
    const tables = detectTables(grid, compileTemplate(template("north-yorkshire")));
    expect(tables).toHaveLength(1);
    expect(tables[0].header.row).toBe(3);
    expect(tables[0].header.firstCol).toBe(1);
    const rows = rowsOf(tables);
    expect(rows.map((r) => r.row + 1)).toEqual([5, 6, 8, 9]);
    expect(rows.map((r) => r.section)).toEqual(["Production of Framework", "Production of Framework", "Production of Framework", "Joint surveys"]);
    expect(rows[1].filledDown).toContain("section");
    expect(value(rows[2], "action")).toBe("Gap analysis on principles");
  });

  test("skips a header repeated at a page break and keeps the objective carried across it", () => {
    const header = ["Objective", "Activities", "This will require", "Date", "Lead Officer/ Dept."];
    const grid = gridOf([
      ["Joint Involvement and Engagement Action Plan"],
      header,
      ["1. Ensure access", "1. Develop tools", "1. Panels", "2009 and beyond", "Safer Comms"],
      ["", "2. Increase awareness", "2. Website", "Q2 2010", "PA Head of Engagement"],
      [],
      header,
      ["", "", "7. Promote Report Card", "", "PA Head of Engagement"],
      ["2. Deliver information", "1. Embed principles", "1. Strategy", "2009 and beyond", "PA"],
    ]);
    const tables = detectTables(grid, compileTemplate(template("police")));
    expect(tables).toHaveLength(1);
    expect(tables[0].repeatedHeaders.map((r) => r + 1)).toEqual([6]);
    const rows = rowsOf(tables);
    expect(rows.map((r) => r.row + 1)).toEqual([3, 4, 7, 8]);
    expect(value(rows[2], "objective")).toBe("1. Ensure access");
    expect(value(rows[2], "action")).toBe("2. Increase awareness");
    expect(value(rows[3], "objective")).toBe("2. Deliver information");
  });

  test("recommendation rows become sections; the executive's response does not replace them", () => {
    const header = ["Action", "Owner", "By When", "Target/Success Criteria", "Progress"];
    const grid = gridOf([
      ["Review of Community Engagement"],
      ["Recommendation No. 1", "Improve relationship with Town and Parish Councils."],
      ["Executive's Response", "This recommendation is accepted."],
      header,
      ["Arrange a presentation to councils via HALC", "CSDP Marketing Officer", "Oct 09", "Greater understanding", ""],
      ["Recommendation No. 2", "Town Council Champions created."],
      ["Executive's Response", "This recommendation is accepted."],
      header,
      ["To produce an outline of expectation", "CSDP Partnership Manager", "July 09", "Outline produced", ""],
    ]);
    const tables = detectTables(grid, compileTemplate(template("scrutiny")));
    expect(tables).toHaveLength(1);
    const rows = rowsOf(tables);
    expect(rows.map((r) => r.row + 1)).toEqual([5, 9]);
    expect(rows[0].section).toBe("Recommendation No. 1 – Improve relationship with Town and Parish Councils.");
    expect(rows[1].section).toBe("Recommendation No. 2 – Town Council Champions created.");
  });

  test("two tables with different headers on one sheet; bullet placeholder rows and key rows are not actions", () => {
    const grid = gridOf([
      ["Strategic Objective 1 – Developing effective leadership"],
      ["Outcome", "Actions", "Milestones", "Responsibility", "Risk"],
      ["Strong community leadership", "Implement the framework", "Sign up by all partners", "", "Partners not agreeing"],
      ["", "Establish a leadership group", "A united voice", "", ""],
      ["", "", "•", "•", ""],
      ["--", "--", "--", "--", "--"],
      ["Key Partners:"],
      ["Strategic Objective 1(i) - To develop an LAA Community Engagement strategy"],
      ["Outcome", "Actions", "Deliverables", "Responsibility", "Risk"],
      ["Maximised engagement", "Pool and align resources", "Clear communication", "", ""],
    ]);
    const tables = detectTables(grid, compileTemplate(template("cohesion")));
    expect(tables).toHaveLength(2);
    expect(rowsOf(tables).map((r) => r.row + 1)).toEqual([3, 4, 10]);
    expect(tables[0].rows[1].section).toBe("Strategic Objective 1 – Developing effective leadership");
    expect(value(tables[0].rows[1], "objective")).toBe("Strong community leadership");
    expect(tables[1].rows[0].section).toBe("Strategic Objective 1(i) - To develop an LAA Community Engagement strategy");
  });

  test("a bold stage row alone on its row is a section; a colour key ends the table", () => {
    const grid = gridOf(
      [
        ["Issue", "Action", "Developments"],
        ["Lead and Guide"],
        ["Strategy groups responsible for preparing", "Identify strategic group", "Completed Nov 07"],
        ["Assess"],
        ["Certain sets of information must be shared", "Identify what needs to be shared", "Monthly"],
        [],
        ["Key:"],
        ["Terms of Reference"],
        ["Primary Care Trust"],
      ],
      { bold: ["A2", "A4"] },
    );
    const tables = detectTables(grid, compileTemplate(template("cdrp")));
    const rows = rowsOf(tables);
    expect(rows.map((r) => [r.row + 1, r.section])).toEqual([
      [3, "Lead and Guide"],
      [5, "Assess"],
    ]);
  });

  test("data under a blank header cell is kept as an extra column and reported", () => {
    const grid = gridOf([
      ["Action", "Owner", "By When", "", "Progress"],
      ["Arrange a presentation", "Officer", "Oct 09", "£500", "Done"],
    ]);
    const [table] = detectTables(grid, compileTemplate(template("scrutiny")));
    expect(table.unlabelledCols).toEqual([3]);
    expect(table.rows[0].extras.map((e) => [e.label, cellText(e.cell)])).toEqual([["(column D)", "£500"]]);
  });
});

describe("header detection does not mistake data for headings", () => {
  test("rows whose cells merely contain heading words are data", () => {
    const grid = gridOf([
      ["Workstream", "Action", "Lead officer", "Deadline", "Status"],
      ["Workstream 1", "Action 1: deliver the protocol for ward 0", "Head of Policy", "May 2009", ""],
      ["Workstream 1", "Action 2: review the survey", "Head of Policy", "Date to be agreed", "Status report due"],
    ]);
    const tables = detectTables(grid, compileTemplate(template("generic")));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.row + 1)).toEqual([2, 3]);
  });
});
