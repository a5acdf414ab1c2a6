import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import { columnDayOrder } from "../../src/model/analyse/columnDayOrder";
import { detectTables } from "../../src/model/table/detectTables";
import { chooseTemplate } from "../../src/model/analyse/chooseTemplate";
import { BUILTIN_TEMPLATES } from "../../src/model/templates/builtins";
import { templateFromColumns } from "../../src/model/templates/templateFromColumns";
import type { Grid } from "../../src/model/grid";
import { gridOf } from "./gridOf";

/** Each table's due column is read in the day order its own values show. */

const asOf = "2024-12-01";

// A tracker kept by someone whose Excel writes dates the US way, pasted as text.
const usTracker = gridOf([
  ["Task", "Owner", "Start", "Due", "Status"],
  ["Draft the consultation", "J. Patel", "10/1/24", "11/14/24", "In progress"],
  ["Book the venue", "A. Brown", "10/7/24", "1/10/25", "Not started"],
  ["Agree the budget", "S. Khan", "9/2/24", "10/3/24", "Done"],
]);

const ukPlan = gridOf([
  ["Action", "Lead", "Due", "Status"],
  ["Publish the action plan", "Head of Policy", "14/11/2024", "In progress"],
  ["Review the plan", "Head of Policy", "1/10/2025", "Not started"],
]);

function tablesOf(grid: Grid) {
  const choice = chooseTemplate(grid, BUILTIN_TEMPLATES);
  if (!choice) throw new Error("no template");
  return detectTables(grid, choice.compiled, choice.headers);
}

describe("columnDayOrder", () => {
  test("a due column with 11/14/24 in it is month first, naming the column and the value", () => {
    const [table] = tablesOf(usTracker);
    expect(columnDayOrder(table, "due")).toEqual({
      dayOrder: "month-first",
      dayOrderWhy: "column D's dates are written month first, e.g. 11/14/24",
    });
  });

  test("a due column no value decides follows a start column written month first, and says so", () => {
    const grid = gridOf([
      ["Task", "Owner", "Start", "Due", "Status"],
      ["Draft the consultation", "J. Patel", "10/14/24", "11/1/24", "In progress"],
      ["Book the venue", "A. Brown", "10/7/24", "12/2/24", "Not started"],
    ]);
    const mapped = templateFromColumns("tracker", "Tracker", [
      { label: "Task", role: "action" },
      { label: "Owner", role: "owner" },
      { label: "Start", role: "start" },
      { label: "Due", role: "due" },
      { label: "Status", role: "status" },
    ]);
    if (!mapped.ok) throw new Error(mapped.problems.join("; "));
    const report = analyseSheet(grid, { asOf, template: mapped.template });
    expect(report.rows.map((r) => r.due.end)).toEqual(["2024-11-01", "2024-12-02"]);
    expect(report.rows[0].due.reading).toBe(
      "1 Nov 2024 (read month first: column D's dates fit either way, and column C's are written month first, e.g. 10/14/24)",
    );
  });

  test("a UK plan, or a role the table lacks, needs nothing", () => {
    const [table] = tablesOf(ukPlan);
    expect(columnDayOrder(table, "due")).toEqual({});
    expect(columnDayOrder(table, "start")).toEqual({});
  });
});

describe("analyseSheet reads each due column in its own order", () => {
  test("every date of a month-first column is read month first and says so", () => {
    const report = analyseSheet(usTracker, { asOf });
    expect(report.rows.map((r) => r.due.end)).toEqual(["2024-11-14", "2025-01-10", "2024-10-03"]);
    expect(report.rows[1].due.reading).toBe("10 Jan 2025 (read month first: column D's dates are written month first, e.g. 11/14/24)");
    expect(report.rows.map((r) => r.overdue)).toEqual([true, false, false]);
    expect(report.findings.filter((f) => f.code === "unparsed-due")).toEqual([]);
  });

  test("a UK plan's 1/10/2025 stays 1 October", () => {
    const report = analyseSheet(ukPlan, { asOf });
    expect(report.rows.map((r) => r.due.end)).toEqual(["2024-11-14", "2025-10-01"]);
    expect(report.rows[1].due.reading).toBe("1 Oct 2025 (read day first)");
  });

  test("a column written both ways keeps day first, says so, and flags the value it cannot read", () => {
    const mixed = gridOf([
      ["Action", "Lead", "Due", "Status"],
      ["Publish the action plan", "Head of Policy", "14/11/2024", "In progress"],
      ["Review the plan", "Head of Policy", "11/15/2024", "Not started"],
      ["Report to Cabinet", "Chief Executive", "1/10/2025", "Not started"],
    ]);
    const report = analyseSheet(mixed, { asOf });
    const why = "column C has dates written both ways (14/11/2024 and 11/15/2024), so UK day first is kept";
    expect(report.rows.map((r) => r.due.end)).toEqual(["2024-11-14", null, "2025-10-01"]);
    expect(report.rows[2].due.reading).toBe(`1 Oct 2025 (read day first: ${why})`);
    expect(report.findings.filter((f) => f.code === "unparsed-due").map((f) => f.cell)).toEqual(["C3"]);
  });

  test("two tables on one sheet are decided apart", () => {
    const grid = gridOf([
      ["Action", "Lead", "Due", "Status"],
      ["Publish the action plan", "Head of Policy", "13/1/2025", "Not started"],
      ["Review the plan", "Head of Policy", "2/3/2025", "Not started"],
      [],
      [],
      ["Task", "Owner", "Due", "Status"],
      ["Draft the consultation", "J. Patel", "1/13/2025", "Not started"],
      ["Book the venue", "A. Brown", "2/3/2025", "Not started"],
    ]);
    const report = analyseSheet(grid, { asOf });
    expect(report.tables).toHaveLength(2);
    expect(report.rows.map((r) => r.due.end)).toEqual(["2025-01-13", "2025-03-02", "2025-01-13", "2025-02-03"]);
  });
});
