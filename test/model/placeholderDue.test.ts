import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import { gridOf } from "./gridOf";

/** A zero date in the due column is no date, and the officer is told to put the real one in. */

describe("placeholder zero dates in a plan", () => {
  const grid = gridOf(
    [
      ["Action", "Lead", "Due", "Status"],
      ["Publish the action plan", "Head of Policy", "0000-00-00", "Not started"],
      ["Review the plan", "Head of Policy", "", "Not started"],
      ["Report to Cabinet", "Chief Executive", "31/03/2010", "Not started"],
      ["Agree the budget", "Finance Manager", "Short term", "Not started"],
    ],
    { dates: { C3: "1899-12-30" } },
  );
  const report = analyseSheet(grid, { asOf: "2010-07-01" });

  test("the rows have no date and are not overdue", () => {
    expect(report.rows.map((r) => [r.due.kind, r.due.end, r.overdue])).toEqual([
      ["none", null, false],
      ["none", null, false],
      ["date", "2010-03-31", true],
      ["none", null, false],
    ]);
  });

  test("each placeholder gets a warning at its cell; a term does not", () => {
    const found = report.findings.filter((f) => f.code === "placeholder-due");
    expect(found.map((f) => [f.cell, f.severity, f.value])).toEqual([
      ["C2", "warning", "0000-00-00"],
      ["C3", "warning", "1899-12-30"],
    ]);
    expect(found[0].message).toBe(
      'The due date "0000-00-00" in C2 is a placeholder zero date (what a blank date becomes in Excel or a database), so this action has no due date to check.',
    );
    expect(found[0].hint).toBe("Enter the action's real due date, or clear the cell if it has none.");
    expect(report.findings.some((f) => f.cell === "C5")).toBe(false);
  });
});
