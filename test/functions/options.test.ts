import { amberDaysOf, quartersOf, templateOf } from "../../src/functions/options";
import { BUILTIN_TEMPLATES } from "../../src/model/templates/builtins";
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

  test.each<[unknown, string]>([
    ["fiscal", '"fiscal"'],
    [1, "1"],
    [false, "false"],
  ])("%j is #VALUE!", (value, shown) => {
    expect(thrown(() => quartersOf(value))).toEqual({ code: "#VALUE!", message: `quarters must be "calendar" or "financial" (got ${shown}).` });
  });
});

describe("template", () => {
  test("left out: undefined, so each range picks the template that fits it best", () => {
    expect(templateOf(null)).toBeUndefined();
    expect(templateOf("")).toBeUndefined();
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
