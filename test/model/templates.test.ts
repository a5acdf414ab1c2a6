import { BUILTIN_TEMPLATES } from "../../src/model/templates/builtins";
import { parseTemplate } from "../../src/model/templates/parseTemplate";
import { compileTemplate } from "../../src/model/table/compileTemplate";

describe("built-in templates", () => {
  test("one per seed family, one per project tool's export, then generic", () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.name)).toEqual([
      "north-yorkshire",
      "cohesion",
      "cdrp",
      "police",
      "scrutiny",
      "planner",
      "ms-project",
      "ms-lists",
      "asana",
      "jira",
      "trello",
      "smartsheet",
      "monday",
      "generic",
    ]);
  });

  test.each([
    ["Action", "action"],
    ["Task", "action"],
    ["Activity", "action"],
    ["Lead officer", "owner"],
    ["Responsibility", "owner"],
    ["Owner", "owner"],
    ["Deadline", "due"],
    ["By when", "due"],
    ["Timescale", "due"],
    ["Target date", "due"],
    ["Date", "due"],
    ["Status", "status"],
    ["RAG", "status"],
    ["Achieved?", "status"],
    ["Comments", "notes"],
    ["Notes", "notes"],
    ["Timescale for completion", "due"],
    ["Lead Responsible Officer", "owner"],
  ])("generic reads %s as %s", (label, role) => {
    const generic = compileTemplate(BUILTIN_TEMPLATES[BUILTIN_TEMPLATES.length - 1]);
    expect(generic.lookup(label)[0]?.field.role).toBe(role);
  });
});

describe("parseTemplate", () => {
  test("accepts a minimal user template and fills defaults", () => {
    const parsed = parseTemplate({ name: "mine", fields: [{ role: "action", title: "What" }, { role: "due", title: "When", required: true }] });
    expect(parsed).toEqual({
      ok: true,
      template: {
        name: "mine",
        title: "mine",
        description: undefined,
        fields: [
          { role: "action", title: "What", aliases: [], required: false, fillDown: false },
          { role: "due", title: "When", aliases: [], required: true, fillDown: false },
        ],
      },
    });
  });

  test("lists every problem, naming the field", () => {
    const parsed = parseTemplate({ fields: [{ role: "deadline", title: "Due" }, { role: "owner" }, { role: "owner", title: "Lead", keywords: ["lead officer"] }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      '"name" must be a non-empty string',
      expect.stringMatching(/^fields\[0\]\.role must be one of section, objective, action/),
      "fields[1].title must be a non-empty string",
      'fields[2].role "owner" is used twice',
      "fields[2].keywords must be a list of single words",
      'a template needs an "action" or "objective" field: it says what each row is',
    ]);
  });

  test("rejects what is not an object", () => {
    expect(parseTemplate([1, 2]).ok).toBe(false);
    expect(parseTemplate("generic").ok).toBe(false);
  });
});
