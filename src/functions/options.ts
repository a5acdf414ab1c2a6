import type { QuarterRule } from "../model/due/types";
import { oneLine } from "../model/oneLine";
import { AMBER_DAYS_RULE, DEFAULT_FLAG_SETTINGS, QUARTERS_RULE, readAmberDays, readQuarterRule, settingProblem } from "../model/settings/flagSettings";
import { BUILTIN_TEMPLATES, builtinTemplate } from "../model/templates/builtins";
import { parseTemplate } from "../model/templates/parseTemplate";
import type { Template } from "../model/templates/types";
import { invalidValue } from "./errors";
import { isBlank, isLeftOut, passOnError } from "./values";

/**
 * The optional settings arguments, with the CLI's defaults and limits: amber_days (--amber-days),
 * quarters (--quarters) and template (--template: a built-in name, or a template's JSON text in a cell).
 * Left out or blank, each takes its default; an error value is passed on (values.ts passOnError).
 */

const shown = (value: unknown) => (typeof value === "string" ? `"${oneLine(value, 40)}"` : String(value));

/**
 * Days before a deadline a row turns amber (src/model/settings); left out, the model's default. 0 days is a
 * setting (no amber window), so a blank cell, which desktop Excel passes as 0, is 0 days there and the
 * default on the web: the formulas the task pane writes never pass a cell that may be blank here.
 */
export function amberDaysOf(value: unknown): number {
  if (isLeftOut(value)) return DEFAULT_FLAG_SETTINGS.amberDays;
  passOnError(value, "amber_days");
  return readAmberDays(value) ?? invalidValue(`${settingProblem("amber_days", AMBER_DAYS_RULE, shown(value))}.`);
}

/** How "Q2 2010" is read: "calendar" (Apr–Jun) or "financial" (Jul–Sep, Q1 = Apr–Jun); left out, calendar. */
export function quartersOf(value: unknown): QuarterRule {
  if (isBlank(value)) return DEFAULT_FLAG_SETTINGS.quarters;
  passOnError(value, "quarters");
  return readQuarterRule(value) ?? invalidValue(`${settingProblem("quarters", QUARTERS_RULE, shown(value))}.`);
}

const custom = new Map<string, Template>();

function templateFromJson(text: string): Template {
  const known = custom.get(text);
  if (known) return known;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return invalidValue(`template is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseTemplate(value);
  if (!parsed.ok) return invalidValue(`template is not a valid template: ${parsed.problems.join("; ")}`);
  if (custom.size >= 50) custom.clear();
  custom.set(text, parsed.template);
  return parsed.template;
}

/** A built-in template by name, or a template's JSON; left out, undefined (each range picks the best fit). */
export function templateOf(value: unknown): Template | undefined {
  if (isBlank(value)) return undefined;
  passOnError(value, "template");
  if (typeof value !== "string") return invalidValue(`template must be a template's name or its JSON text (got ${shown(value)}).`);
  const text = value.trim();
  if (text.startsWith("{")) return templateFromJson(text);
  const builtin = builtinTemplate(text.toLowerCase());
  if (builtin) return builtin;
  const names = BUILTIN_TEMPLATES.map((t) => t.name).join(", ");
  return invalidValue(`template "${oneLine(text, 40)}" is not a built-in template (${names}) or a template's JSON text.`);
}
