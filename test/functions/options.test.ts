import { amberDaysOf, quartersOf, templateOf } from "../../src/functions/options";
import { BUILTIN_TEMPLATES } from "../../src/model/templates/builtins";
import { DESKTOP, PROFILES, WEB } from "./excelCalls";
import { thrown } from "./helpers";

describe("amber_days", () => {
  test.each<[unknown, number]>([
    [null, 14],
    [undefined, 14],
    ["", 14],
    [0, 0],
    [30, 30],
    [3660, 3660],
    ["7", 7],
    [" 21 ", 21],
  ])("%j → %i", (value, days) => expect(amberDaysOf(value)).toBe(days));

  test("0 days is a setting: a blank cell is 0 days on desktop (Excel passes 0) and the default on the web (null)", () => {
    expect(amberDaysOf(DESKTOP.blank)).toBe(0);
    expect(amberDaysOf(WEB.blank)).toBe(14);
  });

  test.each<[unknown, string]>([
    [-1, "-1"],
    [1.5, "1.5"],
    [3661, "3661"],
    ["two weeks", '"two weeks"'],
    [true, "true"],
  ])("%j is #VALUE!", (value, shown) => {
    expect(thrown(() => amberDaysOf(value))).toEqual({
      code: "#VALUE!",
      message: `amber_days must be a whole number of days from 0 to 3660 (got ${shown}).`,
    });
  });
});

describe("quarters", () => {
  test.each<[unknown, string]>([
    [null, "calendar"],
    ["", "calendar"],
    ["calendar", "calendar"],
    ["Financial", "financial"],
    [" FINANCIAL ", "financial"],
  ])("%j → %s", (value, rule) => expect(quartersOf(value)).toBe(rule));

  test.each(PROFILES.map((p) => [p.name, p.blank] as const))("a blank cell as %s Excel passes it (%j) → calendar", (_name, blank) => {
    expect(quartersOf(blank)).toBe("calendar");
  });

  test("an error value: #N/A stays #N/A, another is #VALUE! naming it", () => {
    expect(thrown(() => quartersOf({ code: "#N/A" }))).toEqual({ code: "#N/A", message: "quarters is #N/A." });
    expect(thrown(() => amberDaysOf({ type: "Error", basicValue: "#REF!" }))).toEqual({ code: "#VALUE!", message: "amber_days is the error #REF!: correct that cell first." });
    expect(thrown(() => templateOf({ code: "#NAME?" }))).toEqual({ code: "#VALUE!", message: "template is the error #NAME?: correct that cell first." });
  });

  test.each<[unknown, string]>([
    ["fiscal", '"fiscal"'],
    [1, "1"],
    [false, "false"],
  ])("%j is #VALUE!", (value, shown) => {
    expect(thrown(() => quartersOf(value))).toEqual({ code: "#VALUE!", message: `quarters must be "calendar" or "financial" (got ${shown}).` });
  });
});

describe("template", () => {
  test("left out or blank: undefined, so each range picks the template that fits it best", () => {
    expect(templateOf(null)).toBeUndefined();
    expect(templateOf("")).toBeUndefined();
    expect(templateOf(0)).toBeUndefined(); // desktop's blank cell
  });

  test.each(BUILTIN_TEMPLATES.map((t) => [t.name, t] as const))("built-in %s by name, in any case", (name, template) => {
    expect(templateOf(name)).toBe(template);
    expect(templateOf(` ${name.toUpperCase()} `)).toBe(template);
  });

  const json = JSON.stringify({
    name: "district",
    fields: [
      { role: "action", title: "Task", required: true },
      { role: "due", title: "Deadline" },
    ],
  });

  test("a template's JSON text, read once and remembered", () => {
    const template = templateOf(json);
    expect(template?.name).toBe("district");
    expect(template?.fields.map((f) => f.role)).toEqual(["action", "due"]);
    expect(templateOf(json)).toBe(template);
  });

  test("an unknown name lists the built-in ones", () => {
    const names = BUILTIN_TEMPLATES.map((t) => t.name).join(", ");
    expect(thrown(() => templateOf("county"))).toEqual({
      code: "#VALUE!",
      message: `template "county" is not a built-in template (${names}) or a template's JSON text.`,
    });
  });

  test("broken JSON and invalid templates say what is wrong", () => {
    expect(thrown(() => templateOf('{"name": "x",'))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^template is not valid JSON: /) });
    expect(thrown(() => templateOf('{"name": "x", "fields": []}'))).toEqual({
      code: "#VALUE!",
      message: 'template is not a valid template: "fields" must be a non-empty list',
    });
  });

  test("a number is not a template", () => {
    expect(thrown(() => templateOf(3))).toEqual({ code: "#VALUE!", message: "template must be a template's name or its JSON text (got 3)." });
  });
});
