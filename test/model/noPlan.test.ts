import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import { builtinTemplate } from "../../src/model/templates/builtins";
import { gridOf } from "./gridOf";

const asOf = "2024-06-01";
const findings = (rows: string[][], template?: string) => {
  const t = template ? builtinTemplate(template) : undefined;
  const report = analyseSheet(gridOf(rows, { name: "Tracker" }), { asOf, template: t });
  return { rows: report.rows, findings: report.findings.map((f) => ({ code: f.code, severity: f.severity, cell: f.cell, message: f.message, hint: f.hint })) };
};

describe("a sheet with content but no recognisable plan", () => {
  test("gets a warning naming the likeliest header row and the labels no template could place", () => {
    const { rows, findings: [f, ...rest] } = findings([
      ["Start-up action tracker"],
      ["ap_title", "resp", "Due", "prog"],
      ["Write the brief", "Ann", "May", "Done"],
      ["Book the venue", "Bob", "June", "Started"],
    ]);
    expect(rows).toEqual([]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "no-plan", severity: "warning", cell: "A2" });
    expect(f.message).toBe(
      'No plan table found on sheet "Tracker": row 2 looks most like a header (ap_title | resp | Due | prog), but PlanCheck could not place "ap_title", "resp", "prog".',
    );
    expect(f.hint).toMatch(/--template FILE/);
    expect(f.hint).toMatch(/Columns view/);
  });

  test("the header named is the row that starts the table, wherever it starts, not a data row with more cells", () => {
    const { findings: [f] } = findings([
      ["", "Tracker for the roll-out"],
      ["", "Prepared by", "IT team"],
      [],
      ["", "STEP", "TEAM", "WEEK"],
      ["", "Image the laptops", "Dev team", "Week 3", "(urgent)"],
      ["", "Train the staff", "Ops", "Week 4"],
    ]);
    expect(f).toMatchObject({ code: "no-plan", cell: "B4" });
    expect(f.message).toContain("row 4 looks most like a header (STEP | TEAM | WEEK)");
  });

  test("with a chosen template, the labels named are those the template does not know", () => {
    const { findings: [f] } = findings(
      [
        ["Activities", "Who", "When"],
        ["Write the brief", "Ann", "May"],
      ],
      "police",
    );
    expect(f.code).toBe("no-plan");
    expect(f.message).toContain('could not place "Who", "When"');
  });

  test("an empty sheet and a sheet of prose keep the information that there is no plan table", () => {
    expect(findings([]).findings.map((f) => [f.code, f.severity])).toEqual([["no-table", "info"]]);
    expect(findings([["Guidance"], ["Write one action per row and give each a lead officer."], ["Return by 31 March."]]).findings.map((f) => [f.code, f.severity])).toEqual([
      ["no-table", "info"],
    ]);
  });
});

describe("a change log or audit trail is not a plan", () => {
  test.each([
    [["Version", "Date", "Author", "Description"], ["1.0", "01/05/2024", "Ann Smith", "First issue of the plan"]],
    [["Date", "Changed by", "Change", "Version"], ["01/05/2024", "Ann Smith", "Added the housing actions", "1.1"]],
  ])("%j is not read as actions, and says what it is", (header, data) => {
    const { rows, findings: found } = findings([["Document control"], header, data, data]);
    expect(rows).toEqual([]);
    expect(found).toEqual([expect.objectContaining({ code: "no-table", severity: "info", message: expect.stringContaining("change log") })]);
  });

  test("a plan with a 'Reviewed by' column is still a plan", () => {
    const { rows } = findings([
      ["Action", "Lead", "Due date", "Reviewed by"],
      ["Write the brief", "Ann Smith", "01/05/2024", "Board"],
    ]);
    expect(rows).toHaveLength(1);
  });
});

describe("an empty template", () => {
  test("yields no actions and one warning that the template is not filled in", () => {
    const { rows, findings: found } = findings([
      ["Ref", "Action", "Lead", "Due date", "Status"],
      ["1", "", "", "", ""],
      ["1.1", "", "", "", ""],
      ["1.2", "", "", "", "Not started"],
      ["2", "", "", "", ""],
    ]);
    expect(rows).toEqual([]);
    expect(found).toEqual([
      {
        code: "not-filled-in",
        severity: "warning",
        cell: "A1",
        message: "Template not filled in: the plan table under row 1 has no actions (4 rows have numbering or defaults but no action text).",
        hint: "Write one action per row, or leave this sheet out.",
      },
    ]);
  });
});

describe("plans whose columns share words with change logs stay plans", () => {
  test.each([
    [["Issue", "Action", "Lead", "Due date", "Updated by"]],
    [["Event", "Action", "Lead", "Due date", "User"]],
  ])("%j", (header) => {
    const { rows } = findings([header, ["Parking", "Review the parking policy", "Head of Highways", "30/06/2024", "Ann Smith"]]);
    expect(rows).toHaveLength(1);
  });

  test("an audit trail (Timestamp | User | Action | Details) is not a plan", () => {
    const { rows, findings: found } = findings([
      ["Timestamp", "User", "Action", "Details"],
      ["01/05/2024 10:02", "ann.smith", "Edited row 4", "Status changed to Complete"],
    ]);
    expect(rows).toEqual([]);
    expect(found.map((f) => f.severity)).toEqual(["info"]);
  });
});
