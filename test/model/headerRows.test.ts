import { builtinTemplate } from "../../src/model/templates/builtins";
/**
 * Which rows are header rows and which column plays which role, decided by labels and by what the columns
 * hold (issue 12, patterns 0–3): data rows full of heading words stay actions; headings a template does not
 * know are recognised by their columns' values; rival headings are settled by specificity and values, and
 * the report says why; two-row headers are read at their sub-heading row.
 */
import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import type { SheetReport } from "../../src/model/analyse/types";
import type { Template } from "../../src/model/templates/types";
import { gridOf } from "./gridOf";

const asOf = "2010-07-01";
const roles = (report: SheetReport, table = 0) => report.tables[table].columns.map((c) => [c.label, c.role]);
const junkColumns = (report: SheetReport) => report.rows.filter((r) => Object.keys(r.extras).length > 0).map((r) => r.row);

describe("pattern 0: a data row full of heading words is never a new header", () => {
  test("an action whose words overlap the headings, with a date and a status, stays an action", () => {
    const grid = gridOf([
      ["Community Safety Action Plan 2009"],
      ["Action", "Lead", "Due date", "Status"],
      ["Consult partners on the draft plan", "Policy Officer", "31/03/2009", "Complete"],
      ["Publish the action plan", "Head of Policy", "30/06/2009", "Complete"],
      ["Report progress to the partnership board", "Partnership Manager", "30/09/2009", "In progress"],
      ["Review the action plan status with owners", "Head of Policy", "31/12/2010", "Not started"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.tables).toHaveLength(1);
    expect(report.rows.map((r) => [r.row, r.owner, r.due.end, r.status.state])).toEqual([
      [3, "Policy Officer", "2009-03-31", "complete"],
      [4, "Head of Policy", "2009-06-30", "complete"],
      [5, "Partnership Manager", "2009-09-30", "in-progress"],
      [6, "Head of Policy", "2010-12-31", "not-started"],
    ]);
    expect(report.rows[2].overdue).toBe(true);
    expect(junkColumns(report)).toEqual([]);
  });

  test("without a date to give it away: due text and status words in the due and status positions", () => {
    const grid = gridOf([
      ["Action", "Owner", "Target date", "Status"],
      ["Map youth provision in every ward", "Youth Services Manager", "31/05/2010", "In progress"],
      ["Action plan published", "Owner to confirm", "Ongoing", "Complete"],
      ["Agree the information sharing protocol", "Head of Housing", "30/09/2010", "Not started"],
      ["Status report to Cabinet", "Head of Policy", "Ongoing", "Complete"],
      ["Refresh the strategy", "Policy Officer", "31/03/2011", "Not started"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.tables).toHaveLength(1);
    expect(report.rows.map((r) => [r.row, r.action, r.owner])).toEqual([
      [2, "Map youth provision in every ward", "Youth Services Manager"],
      [3, "Action plan published", "Owner to confirm"],
      [4, "Agree the information sharing protocol", "Head of Housing"],
      [5, "Status report to Cabinet", "Head of Policy"],
      [6, "Refresh the strategy", "Policy Officer"],
    ]);
  });

  test("a data row of heading-like values (Review | Lead | Date | Status), even after a blank row, is an action", () => {
    const grid = gridOf([
      ["Action", "Responsible officer", "Deadline", "Progress"],
      ["Set up the working group", "Community Safety Officer", "May 2010", "Complete"],
      ["Draft the terms of reference", "Community Safety Officer", "June 2010", "In progress"],
      [],
      ["Review", "Lead", "Date", "Status"],
      ["Hold the first meeting", "Chair", "July 2010", "Not started"],
      ["Report to the board", "Chair", "September 2010", "Not started"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.tables).toHaveLength(1);
    expect(report.rows.map((r) => [r.row, r.action, r.owner])).toEqual([
      [2, "Set up the working group", "Community Safety Officer"],
      [3, "Draft the terms of reference", "Community Safety Officer"],
      [5, "Review", "Lead"],
      [6, "Hold the first meeting", "Chair"],
      [7, "Report to the board", "Chair"],
    ]);
    expect(junkColumns(report)).toEqual([]);
  });

  test("Theme | Task | Responsibility | Target date | Progress with a theme written every 100 rows keeps every action", () => {
    const themes = ["Safer neighbourhoods", "Action on housing", "Status of young people"];
    const owners = ["Community Safety Officer", "Head of Housing", "Youth Services Manager", "Action owner to be agreed"];
    const progress = ["Complete", "In progress", "Not started", "On target"];
    const rows: string[][] = [["Theme", "Task", "Responsibility", "Target date", "Progress"]];
    for (let i = 0; i < 300; i++) {
      const theme = i % 100 === 0 ? themes[i / 100] : "";
      // The first action of each theme is short and full of heading words, like a header's.
      const task = i % 100 === 0 ? "Action plan review" : `Task ${i + 1}: deliver the agreed improvement in the ward`;
      const due = i % 100 === 0 ? "Ongoing" : `${(i % 28) + 1}/${(i % 12) + 1}/2010`;
      rows.push([theme, task, owners[i % owners.length], due, progress[i % progress.length]]);
    }
    const report = analyseSheet(gridOf(rows), { asOf });
    expect(report.tables).toHaveLength(1);
    expect(report.rows).toHaveLength(300);
    expect(report.rows.every((r) => r.action !== "" && r.owner !== null)).toBe(true);
    expect(report.rows[150].section).toBe("Action on housing");
    expect(report.rows[150].due.end).toBe("2010-07-11");
    expect(junkColumns(report)).toEqual([]);
  });

  test("a second table after a blank row and a title, with data that fits it, still starts a new table", () => {
    const grid = gridOf([
      ["Action", "Lead", "Due", "Status"],
      ["Launch neighbourhood panels", "Community Safety Officer", "31/03/2010", "Complete"],
      ["Publish a PACT leaflet", "Comms Manager", "09/07/2010", "In progress"],
      [],
      ["Actions carried forward from 2009"],
      ["Ref", "Action", "Owner", "Deadline"],
      ["1.1", "Agree an information sharing protocol", "Head of Housing", "31/05/2010"],
      ["1.2", "Review the PPO scheme", "Police Inspector", "30/09/2010"],
    ], { bold: ["A5"] });
    const report = analyseSheet(grid, { asOf });
    expect(report.tables.map((t) => t.headerRow)).toEqual([1, 6]);
    expect(report.rows.map((r) => [r.row, r.table, r.owner])).toEqual([
      [2, 0, "Community Safety Officer"],
      [3, 0, "Comms Manager"],
      [7, 1, "Head of Housing"],
      [8, 1, "Police Inspector"],
    ]);
  });
});

describe("pattern 1: headings the templates do not know are recognised by what their columns hold", () => {
  test("machine-style names from a tool's export", () => {
    const grid = gridOf([
      ["ap_ref", "ap_title", "AssignedTo", "due_date", "ap_status"],
      ["1.1", "Agree the information sharing protocol with partners", "J Smith", "2010-05-31", "Complete"],
      ["1.2", "Publish the community safety newsletter", "A Patel", "2010-06-30", "In progress"],
      ["1.3", "Run the summer diversionary activities programme", "J Smith", "2010-08-31", "Not started"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.headerRow).toBe(1);
    expect(roles(report)).toEqual([
      ["ap_ref", "ref"],
      ["ap_title", "action"],
      ["AssignedTo", "owner"],
      ["due_date", "due"],
      ["ap_status", "status"],
    ]);
    expect(report.rows.map((r) => [r.row, r.owner, r.due.end, r.status.state, r.overdue])).toEqual([
      [2, "J Smith", "2010-05-31", "complete", false],
      [3, "A Patel", "2010-06-30", "in-progress", true],
      [4, "J Smith", "2010-08-31", "not-started", false],
    ]);
  });

  test("descriptive headings none of which a template names: the columns' values decide", () => {
    const grid = gridOf([
      ["Partnership plan"],
      [],
      ["Strand of work", "Planned work", "Contact", "Timing", "Position"],
      ["Housing", "Agree the information sharing protocol with registered providers", "Head of Housing", "31/05/2010", "Complete"],
      ["Housing", "Review the allocations policy with tenants and partners", "Head of Housing", "30/09/2010", "In progress"],
      ["Young people", "Run the summer diversionary activities programme", "Youth Services Manager", "31/08/2010", "Not started"],
      ["Young people", "Open the new youth centre in the town", "Facilities Manager", "31/03/2010", "In progress"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.headerRow).toBe(3);
    expect(roles(report)).toEqual([
      ["Strand of work", "section"],
      ["Planned work", "action"],
      ["Contact", "owner"],
      ["Timing", "due"],
      ["Position", "status"],
    ]);
    expect(report.rows.map((r) => [r.row, r.due.end, r.status.state, r.overdue])).toEqual([
      [4, "2010-05-31", "complete", false],
      [5, "2010-09-30", "in-progress", false],
      [6, "2010-08-31", "not-started", false],
      [7, "2010-03-31", "in-progress", true],
    ]);
    const why = Object.fromEntries(report.tables[0].columns.map((c) => [c.label, c.why]));
    expect(why.Timing).toMatch(/4 of 4 values read as dates/);
    expect(why.Position).toMatch(/status words/);
    expect(why["Planned work"]).toMatch(/longest free text/);
  });

  test("descriptive headings: Plan Description | Which partners are involved | Response Person | What does success look like?", () => {
    const grid = gridOf([
      ["Public health partnership action plan"],
      ["Plan Description", "Which partners are involved", "Response Person", "What does success look like?", "Target date", "RAG"],
      ["Reduce smoking prevalence in routine and manual groups", "NHS, Council, Voluntary sector", "Director of Public Health", "Prevalence falls by 2% a year", "31/03/2011", "Green"],
      ["Deliver brief intervention training to frontline staff", "Council, Police", "Health Improvement Lead", "200 staff trained", "30/09/2010", "Amber"],
      ["Publish the action plan", "Council", "Head of Policy", "Plan published", "30/06/2009", "Complete"],
      ["Review the alcohol licensing policy", "Council, Police", "Licensing Manager", "Policy adopted", "31/12/2010", " RED"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.headerRow).toBe(2);
    expect(roles(report)).toEqual([
      ["Plan Description", "action"],
      ["Which partners are involved", null],
      ["Response Person", "owner"],
      ["What does success look like?", "success"],
      ["Target date", "due"],
      ["RAG", "status"],
    ]);
    expect(report.rows.map((r) => [r.row, r.owner, r.due.end])).toEqual([
      [3, "Director of Public Health", "2011-03-31"],
      [4, "Health Improvement Lead", "2010-09-30"],
      [5, "Head of Policy", "2009-06-30"],
      [6, "Licensing Manager", "2010-12-31"],
    ]);
  });

  test("short, shouted headings: # | TASK | OWNER | START | END | STATUS — END is the due date, START the start", () => {
    const grid = gridOf([
      ["#", "TASK", "OWNER", "START", "END", "STATUS"],
      ["1", "Procure the new case management system", "IT Manager", "01/04/2010", "30/06/2010", "Complete"],
      ["2", "Migrate the case records", "IT Manager", "01/07/2010", "30/09/2010", "Not started"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(roles(report)).toEqual([
      ["#", "ref"],
      ["TASK", "action"],
      ["OWNER", "owner"],
      ["START", "start"],
      ["END", "due"],
      ["STATUS", "status"],
    ]);
    expect(report.rows.map((r) => r.due.end)).toEqual(["2010-06-30", "2010-09-30"]);
  });

  test("a title row above the header is not taken for it, nor is a sheet of notes", () => {
    const notes = gridOf([["How to fill in this plan"], ["Use one row per action."], ["Budget", "2009/10"], ["Staff", "12000"]]);
    expect(analyseSheet(notes, { asOf }).tables).toEqual([]);
  });
});

describe("pattern 2: the role of each column, from its heading and its values, and why", () => {
  test("the more specific heading wins (Due Date over Date, Task Description over Task Category), and the others are listed", () => {
    const grid = gridOf([
      ["Task Category", "Task Description", "Date", "Due Date", "Status"],
      ["Housing", "Agree the information sharing protocol with registered providers", "01/04/2010", "31/05/2010", "Complete"],
      ["Housing", "Review the allocations policy with tenants", "01/04/2010", "30/09/2010", "In progress"],
      ["Young people", "Run the summer diversionary activities programme", "01/05/2010", "31/08/2010", "Not started"],
    ]);
    // Offered the generic template alone (not chosen: its headings are not authoritative).
    const report = analyseSheet(grid, { asOf, templates: [builtinTemplate("generic")!] });
    const [table] = report.tables;
    expect(roles(report)).toEqual([
      ["Task Category", null],
      ["Task Description", "action"],
      ["Date", null],
      ["Due Date", "due"],
      ["Status", "status"],
    ]);
    expect(report.rows.map((r) => r.due.end)).toEqual(["2010-05-31", "2010-09-30", "2010-08-31"]);
    expect(table.columns.every((c) => typeof c.why === "string" && c.why.length > 0)).toBe(true);
    expect(table.columns[3].why).toMatch(/heading "Due Date" is another name for the due date/);
    expect(table.alternatives).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: "due", label: "Date", cell: "C1", why: expect.stringMatching(/"Due Date" is more specific/) }),
        expect.objectContaining({ role: "action", label: "Task Category", cell: "A1" }),
      ]),
    );
  });

  test("a Progress column of status words is the status; one of narrative updates is progress notes", () => {
    const statuses = gridOf([
      ["Action", "Lead", "Deadline", "Progress"],
      ["Set up the working group", "Policy Officer", "May 2010", "Complete - terms of reference agreed"],
      ["Draft the strategy", "Policy Officer", "June 2010", "In progress"],
      ["Consult the public", "Comms Manager", "Sept 2010", "Not started"],
    ]);
    expect(roles(analyseSheet(statuses, { asOf }))[3]).toEqual(["Progress", "status"]);
    const updates = gridOf([
      ["Action", "Lead", "Deadline", "Status", "Progress"],
      ["Set up the working group", "Policy Officer", "May 2010", "Complete", "The group met on 3 May and agreed its terms of reference"],
      ["Draft the strategy", "Policy Officer", "June 2010", "In progress", "A first draft went to the board for comment"],
      ["Consult the public", "Comms Manager", "Sept 2010", "Not started", "Waiting for the draft to be approved by Cabinet"],
    ]);
    expect(roles(analyseSheet(updates, { asOf })).slice(3)).toEqual([
      ["Status", "status"],
      ["Progress", "progress"],
    ]);
  });

  test("a chosen template's headings keep their role whatever the values; content only places the rest", () => {
    const template: Template = {
      name: "district-return",
      title: "District return",
      fields: [
        { role: "action", title: "Action", aliases: [], required: true, fillDown: false },
        { role: "owner", title: "Lead", aliases: [], required: true, fillDown: false },
        { role: "due", title: "Due", aliases: ["Review"], required: true, fillDown: false },
      ],
    };
    const grid = gridOf([
      ["Action", "Lead", "Review", "Deadline"],
      ["Set up the working group", "Policy Officer", "Policy team", "31/05/2010"],
      ["Draft the strategy", "Policy Officer", "Partnership board", "30/06/2010"],
      ["Consult the public", "Comms Manager", "Cabinet", "30/09/2010"],
    ]);
    const chosen = analyseSheet(grid, { asOf, template });
    expect(roles(chosen)).toEqual([
      ["Action", "action"],
      ["Lead", "owner"],
      ["Review", "due"],
      ["Deadline", null],
    ]);
    expect(chosen.tables[0].columns[2].why).toMatch(/template "district-return" was chosen/);
    // Offered to choose from, the same template lets the dates decide against a heading its values contradict.
    const offered = analyseSheet(grid, { asOf, templates: [template] });
    expect(roles(offered).map(([, role]) => role)).toEqual(["action", "owner", null, "due"]);
  });
});

describe("pattern 3: two-row headers and headers in any column", () => {
  const rows = [
    ["", "", "Roll-out plan"],
    [],
    ["", "", "Ref", "Action", "Response Person", "", "", "Timescale", "", "Status"],
    ["", "", "", "", "Implementor", "Dev", "Ops", "Start", "End", ""],
    ["", "", "1.1", "Procure the new case management system", "IT Manager", "J Smith", "A Patel", "01/04/2010", "30/06/2010", "Complete"],
    ["", "", "1.2", "Migrate the case records", "IT Manager", "J Smith", "", "01/07/2010", "30/09/2010", "Not started"],
    ["", "", "1.3", "Train the staff", "Training Lead", "", "A Patel", "01/05/2010", "15/06/2010", "In progress"],
  ];
  const expected = [
    ["Ref", "ref"],
    ["Action", "action"],
    ["Response Person: Implementor", "owner"],
    ["Response Person: Dev", null],
    ["Response Person: Ops", null],
    ["Timescale: Start", "start"],
    ["Timescale: End", "due"],
    ["Status", "status"],
  ];

  test("merged group headings over sub-headings, the others merged down, starting in column C", () => {
    const grid = gridOf(rows, { merges: ["C3:C4", "D3:D4", "E3:G3", "H3:I3", "J3:J4"] });
    const report = analyseSheet(grid, { asOf });
    expect(report.headerRow).toBe(4);
    expect(report.tables[0].headerCell).toBe("C4");
    expect(roles(report)).toEqual(expected);
    expect(report.rows.map((r) => [r.row, r.owner, r.due.end, r.status.state, r.overdue])).toEqual([
      [5, "IT Manager", "2010-06-30", "complete", false],
      [6, "IT Manager", "2010-09-30", "not-started", false],
      [7, "Training Lead", "2010-06-15", "in-progress", true],
    ]);
    expect(report.rows[0].extras).toEqual({ "Response Person: Dev": "J Smith", "Response Person: Ops": "A Patel" });
    expect(report.skipped.filter((s) => s.row <= 4).map((s) => [s.row, s.reason])).toEqual([
      [1, "title or notes outside the plan table"],
      [3, "header row"],
      [4, "header row"],
    ]);
  });

  test("the same header with its merges lost (as a CSV has none)", () => {
    const report = analyseSheet(gridOf(rows), { asOf });
    expect(report.headerRow).toBe(4);
    expect(roles(report)).toEqual(expected);
    expect(report.rows).toHaveLength(3);
  });
});

describe("pattern 3: what is not a group heading", () => {
  test("a response line merged across above the header annotates the recommendation; it does not prefix the headings", () => {
    const grid = gridOf(
      [
        ["Recommendation No. 1", "Improve relationship with Town and Parish Councils"],
        ["Executive's Response", "This recommendation is accepted."],
        ["Action", "Owner", "By When", "Progress"],
        ["Arrange a presentation to councils", "Marketing Officer", "Oct 09", "Complete"],
        ["Feature the partnership in parish magazines", "Marketing Officer", "July 09", ""],
      ],
      { merges: ["B1:D1", "B2:D2"] },
    );
    const report = analyseSheet(grid, { asOf });
    expect(roles(report)).toEqual([
      ["Action", "action"],
      ["Owner", "owner"],
      ["By When", "due"],
      ["Progress", "status"],
    ]);
  });
});

describe("pattern 4: a tool's export header among hundreds of columns", () => {
  test("Jira's all-fields export: its own headings among repeated and long custom-field headings", () => {
    const own = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Resolution", "Assignee", "Reporter", "Created", "Updated", "Resolved", "Due date"];
    const others = [
      ...Array.from({ length: 6 }, () => "Watchers"),
      ...Array.from({ length: 4 }, () => "Labels"),
      "Custom field (Are you sure that you want to cancel or abort this item? Please describe the reasons in the field below)",
      ...Array.from({ length: 40 }, (_, i) => `Custom field (Field ${i + 1})`),
    ];
    const header = [...own, ...others];
    const row = (summary: string, key: string, status: string, resolution: string, due: string) => [
      summary, key, key.replace(/\D/g, ""), "Task", status, "High", resolution, "Shivam Vyas", "Peris Odhiambo", "06/Jan/26 9:29 AM", "27/Jan/26 4:24 PM", "", due,
      ...others.map(() => ""),
    ];
    const grid = gridOf([
      header,
      row("Add valuation letter upload on the agent portal", "SR-1517", "Todo", "", "28/Nov/25 12:00 AM"),
      row("Include KYC in the combined report", "SR-1516", "Done", "Done", "21/Nov/25 12:00 AM"),
      row("Fix the login timeout on the mobile app", "SR-1515", "In Progress", "", ""),
    ]);
    const report = analyseSheet(grid, { asOf: "2026-12-03" });
    expect(report.template?.name).toBe("jira");
    expect(report.rows.map((r) => [r.action, r.due.end, r.complete, r.overdue])).toEqual([
      ["Add valuation letter upload on the agent portal", "2025-11-28", false, true],
      ["Include KYC in the combined report", "2025-11-21", true, false],
      ["Fix the login timeout on the mobile app", null, false, false],
    ]);
  });
});

describe("pattern 2: values alone never make a classification or a quantity the owner", () => {
  const plan = (second: string, values: string[]) =>
    gridOf([
      ["Task", second, "Deadline"],
      ["Agree the information sharing protocol", values[0], "31/05/2010"],
      ["Review the allocations policy with tenants", values[1], "30/09/2010"],
      ["Run the summer diversionary activities", values[2], "31/08/2010"],
      ["Publish the partnership plan", values[3], "30/06/2010"],
    ]);
  const generic = { asOf, templates: [builtinTemplate("generic")!] };

  test("a Category column of short words stays an extra; the same words under a heading that names nothing are the owner", () => {
    const teams = ["Housing", "Housing", "Young people", "Governance"];
    expect(roles(analyseSheet(plan("Category", teams), generic))[1]).toEqual(["Category", null]);
    expect(roles(analyseSheet(plan("Partner", teams), generic))[1]).toEqual(["Partner", "owner"]);
  });

  test("a column of durations with their units is a quantity, never the owner", () => {
    expect(roles(analyseSheet(plan("Length", ["2 weeks", "3 weeks", "10 days", "1 week"]), generic))[1]).toEqual(["Length", null]);
  });
});
