import { gridOf } from "../../../test/model/gridOf";
import { analyseSheet } from "../analyse/analyseSheet";
import { templateFromColumns } from "./templateFromColumns";

const grid = gridOf([
  ["Ref", "Task", "Date", "Deadline", "Who", "Notes"],
  ["1", "Publish the plan", "01/04/2010", "30/06/2010", "Head of Policy", "x"],
  ["2", "Consult partners", "01/05/2010", "31/07/2010", "Partnership Officer", ""],
]);

test("a mapped table reads back the same way with the template made from it", () => {
  const made = templateFromColumns("mine", "My plan", [
    { label: "Ref", role: "ref" },
    { label: "Task", role: "action" },
    { label: "Date", role: "start" },
    { label: "Deadline", role: "due" },
    { label: "Who", role: "owner" },
    { label: "Notes", role: null },
  ]);
  if (!made.ok) throw new Error(made.problems.join("; "));
  expect(made.template.fields.map((f) => [f.role, f.title])).toEqual([
    ["ref", "Ref"],
    ["action", "Task"],
    ["start", "Date"],
    ["due", "Deadline"],
    ["owner", "Who"],
  ]);
  const report = analyseSheet(grid, { asOf: "2010-07-15", template: made.template });
  expect(report.tables[0].columns.map((c) => [c.label, c.role])).toEqual([
    ["Ref", "ref"],
    ["Task", "action"],
    ["Date", "start"],
    ["Deadline", "due"],
    ["Who", "owner"],
    ["Notes", null],
  ]);
  expect(report.rows.map((r) => [r.action, r.due.end, r.overdue])).toEqual([
    ["Publish the plan", "2010-06-30", true],
    ["Consult partners", "2010-07-31", false],
  ]);
  // The ignored column is not lost: it is kept under its own heading.
  expect(report.rows[0].extras).toEqual({ Notes: "x" });
});

test("a second column given a taken role becomes an alias; no action column is a problem named", () => {
  const made = templateFromColumns("t", "t", [
    { label: "Task", role: "action" },
    { label: "Task detail", role: "action" },
  ]);
  expect(made.ok && made.template.fields).toEqual([{ role: "action", title: "Task", aliases: ["Task detail"], required: true, fillDown: false }]);
  const none = templateFromColumns("t", "t", [{ label: "Who", role: "owner" }]);
  expect(none.ok).toBe(false);
  expect(!none.ok && none.problems.join()).toMatch(/action/);
});

test("a column keeps the fill-down and required settings it was read with", () => {
  // Activities written once per group (as the police plan does): carried down only when fillDown says so.
  const groups = gridOf([
    ["Objective", "Activities", "Date", "Lead"],
    ["Engage the public", "Hold open meetings", "2010", "PA"],
    ["", "", "2011", "Safer Comms"],
  ]);
  const read = (fillDown?: boolean) => {
    const made = templateFromColumns("t", "t", [
      { label: "Objective", role: "objective" },
      { label: "Activities", role: "action", fillDown },
      { label: "Date", role: "due" },
      { label: "Lead", role: "owner", required: true },
    ]);
    if (!made.ok) throw new Error(made.problems.join("; "));
    return { fields: made.template.fields, rows: analyseSheet(groups, { asOf: "2010-07-01", template: made.template }).rows };
  };
  const kept = read(true);
  expect(kept.rows.map((r) => r.action)).toEqual(["Hold open meetings", "Hold open meetings"]);
  expect(kept.fields.find((f) => f.role === "owner")?.required).toBe(true);
  expect(kept.fields.find((f) => f.role === "action")?.required).toBe(true);
  // Not given: the defaults by role (action not carried down; the blank row reads the objective instead).
  expect(read().rows.map((r) => r.action)).toEqual(["Hold open meetings", "Engage the public"]);
});
