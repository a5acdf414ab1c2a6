import { gridOf } from "../../../test/model/gridOf";
import { analyseSheet } from "../analyse/analyseSheet";
import { createDueParser } from "../due/createDueParser";
import { parseStatus } from "../status/parseStatus";
import { STATUS_WORDS } from "../status/statusWords";
import { builtinTemplate, BUILTIN_TEMPLATES } from "../templates/builtins";
import { templateFromColumns } from "../templates/templateFromColumns";
import { isReturnInstructions } from "./instructionsSheet";
import { RETURN_DATES, returnWorkbookDefinition } from "./returnWorkbook";
import { INSTRUCTIONS_SHEET, RETURN_MARKER } from "./sheets";
import type { InstructionLine, ReturnValidation } from "./types";

const generic = builtinTemplate("generic")!;

/** The Instructions sheet as the reader would give it: column A and column B of each line. */
function instructionsGrid(lines: readonly InstructionLine[], name = INSTRUCTIONS_SHEET) {
  const rows = lines.map((l): string[] => {
    switch (l.kind) {
      case "title":
      case "heading":
        return [l.text, ""];
      case "text":
        return ["", l.text];
      case "item":
        return [l.label, l.text];
      case "fill":
        return [l.label, ""];
      case "blank":
        return ["", ""];
    }
  });
  return gridOf(rows, { name });
}

test("the plan sheet is headed with the template's titles, in its order, and reads back with its roles", () => {
  for (const template of BUILTIN_TEMPLATES) {
    const def = returnWorkbookDefinition(template);
    expect(def.plan.columns.map((c) => [c.title, c.role])).toEqual(template.fields.map((f) => [f.title, f.role]));
    const header = gridOf([def.plan.columns.map((c) => c.title), def.plan.columns.map((c) => (c.role === "action" ? "Do it" : ""))], { name: def.plan.sheet });
    const report = analyseSheet(header, { asOf: "2027-01-01", template });
    expect(report.tables[0].columns.map((c) => c.role)).toEqual(template.fields.map((f) => f.role));
  }
});

test("the Status drop-down offers the status words, each of which PlanCheck reads as its state", () => {
  const status = returnWorkbookDefinition(generic).plan.columns.find((c) => c.role === "status")!;
  expect(status.validation).toMatchObject({ kind: "list", values: STATUS_WORDS.map((w) => w.word) });
  for (const { word, state } of STATUS_WORDS) expect(parseStatus(word).state).toBe(state);
  // Written into one list formula: a comma or a quote in a word would split or end it.
  for (const { word } of STATUS_WORDS) expect(word).not.toMatch(/[,"]/);
  // Every state a row can be set to is offered, and none twice.
  expect(new Set(STATUS_WORDS.map((w) => w.state))).toEqual(new Set(["complete", "in-progress", "not-started", "blocked", "cancelled"]));
});

test("the Due column takes dates PlanCheck reads, and says so in its messages", () => {
  const due = returnWorkbookDefinition(generic).plan.columns.find((c) => c.role === "due")!;
  expect(due.format).toBe("date");
  expect(due.validation).toMatchObject({ kind: "date", from: "2000-01-01", to: RETURN_DATES.to, prompt: { text: "Enter a date, e.g. 31/03/2027" } });
  const parse = createDueParser();
  for (const iso of [RETURN_DATES.from, RETURN_DATES.to]) expect(parse({ kind: "date", value: iso })).toMatchObject({ kind: "date", end: iso });
  // The first day past the range is one PlanCheck would not read as a deadline.
  const after = `${Number(RETURN_DATES.to.slice(0, 4)) + 1}-01-01`;
  expect(parse({ kind: "date", value: after }).kind).toBe("unparsed");
  expect((due.validation as ReturnValidation).error.text).toContain("31/12/2099");
});

test("every message fits Excel's limits (title 32, input message 255, error message 225 characters)", () => {
  for (const template of BUILTIN_TEMPLATES) {
    for (const c of returnWorkbookDefinition(template).plan.columns) {
      if (!c.validation) continue;
      expect(c.validation.prompt.title.length).toBeLessThanOrEqual(32);
      expect(c.validation.error.title.length).toBeLessThanOrEqual(32);
      expect(c.validation.prompt.text.length).toBeLessThanOrEqual(255);
      expect(c.validation.error.text.length).toBeLessThanOrEqual(225);
      // A list is written as one quoted formula of at most 255 characters.
      if (c.validation.kind === "list") expect(c.validation.values.join(",").length).toBeLessThanOrEqual(253);
    }
  }
});

test("the instructions cover every column, the status words, the dates and who to send it to", () => {
  const def = returnWorkbookDefinition(generic, { title: "Community safety return, March 2027" });
  const lines = def.instructions.lines;
  expect(lines[0]).toEqual({ kind: "title", text: "Community safety return, March 2027" });
  const items = lines.filter((l) => l.kind === "item").map((l) => (l.kind === "item" ? l.label : ""));
  expect(items).toEqual(expect.arrayContaining([...generic.fields.map((f) => f.title), ...STATUS_WORDS.map((w) => w.word)]));
  expect(lines.filter((l) => l.kind === "fill").map((l) => (l.kind === "fill" ? l.label : ""))).toEqual(["To", "By"]);
  const text = JSON.stringify(lines);
  expect(text).toContain("31/03/2027");
  expect(lines[lines.length - 1]).toEqual({ kind: "text", text: RETURN_MARKER });
  expect(returnWorkbookDefinition(generic).title).toBe(`${generic.title}: return`);
  // Written once per group, and required, as the template says.
  const guide = (title: string) => lines.find((l) => l.kind === "item" && l.label === title);
  expect(guide("Section")).toMatchObject({ text: expect.stringContaining("first row of each group") });
  expect(guide("Action")).toMatchObject({ text: expect.not.stringContaining("first row of each group") });
  expect(guide("Lead")).toMatchObject({ text: expect.stringMatching(/Required\.$/) });
  expect(guide("Comments")).toMatchObject({ text: expect.not.stringContaining("Required") });
});

test("a template with no status or due column gets no drop-down, no date check and no sections about them", () => {
  const made = templateFromColumns("t", "Tasks", [
    { label: "Task", role: "action" },
    { label: "Who", role: "owner" },
  ]);
  if (!made.ok) throw new Error(made.problems.join());
  const def = returnWorkbookDefinition(made.template);
  expect(def.plan.columns.map((c) => c.validation)).toEqual([null, null]);
  const headings = def.instructions.lines.filter((l) => l.kind === "heading").map((l) => (l.kind === "heading" ? l.text : ""));
  expect(headings).not.toContain("Status");
  expect(headings).not.toContain("Dates");
});

test("the return's Instructions sheet is PlanCheck's own: left out, with no finding; another Instructions sheet is read", () => {
  const lines = returnWorkbookDefinition(generic).instructions.lines;
  const own = instructionsGrid(lines);
  expect(isReturnInstructions(own)).toBe(true);
  expect(analyseSheet(own, { asOf: "2027-01-01" })).toMatchObject({ tables: [], rows: [], findings: [], skipped: [] });
  // Without the marker line, or under another name, it is a sheet like any other (and says it has no plan).
  const unmarked = instructionsGrid(lines.slice(0, -1));
  expect(isReturnInstructions(unmarked)).toBe(false);
  expect(analyseSheet(unmarked, { asOf: "2027-01-01" }).findings.length).toBeGreaterThan(0);
  expect(isReturnInstructions(instructionsGrid(lines, "Notes"))).toBe(false);
});

test("what to do about an action with no deadline follows whether the template requires a due date", () => {
  const dueOf = (template: typeof generic) => returnWorkbookDefinition(template).plan.columns.find((c) => c.role === "due")!.validation!;
  expect(generic.fields.find((f) => f.role === "due")!.required).toBe(true);
  expect(dueOf(generic).error.text).toMatch(/Every action needs one/);
  const optional = templateFromColumns("t", "t", [
    { label: "Task", role: "action" },
    { label: "By when", role: "due" },
  ]);
  if (!optional.ok) throw new Error(optional.problems.join());
  expect(dueOf(optional.template).error.text).toMatch(/Leave it blank when there is no deadline/);
  expect(JSON.stringify(returnWorkbookDefinition(optional.template).instructions.lines)).toMatch(/The By when column takes dates .* Leave it blank/);
});
