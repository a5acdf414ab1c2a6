import { readFileSync } from "node:fs";
import { builtinTemplate, BUILTIN_TEMPLATES } from "../model/templates/builtins";
import { parseTemplate } from "../model/templates/parseTemplate";
import type { Template } from "../model/templates/types";
import { todayInUk } from "../model/todayInUk";
import { AMBER_DAYS_RULE, AS_OF_RULE, DEFAULT_FLAG_SETTINGS, QUARTERS_RULE, readAmberDays, readAsOf, readQuarterRule, settingProblem } from "../model/settings/flagSettings";
import type { QuarterRule } from "../model/due/types";

/** A mistake in how the command was called: reported with exit code 2. */
export class UsageError extends Error {}

export interface RawOptions {
  asOf?: string;
  template?: string;
  amberDays?: string;
  quarters?: string;
  json?: boolean;
}

export interface RunOptions {
  asOf: string;
  amberDays: number;
  quarters: QuarterRule;
  template?: Template;
  json: boolean;
}



/** One option's value read by the model's reader for it, or a usage error in the model's words. */
function option<T>(flag: string, raw: string | undefined, read: (v: unknown) => T | undefined, rule: string, fallback: T): T {
  if (raw === undefined) return fallback;
  const value = read(raw);
  if (value === undefined) throw new UsageError(settingProblem(flag, rule, `"${raw}"`));
  return value;
}

export function resolveOptions(raw: RawOptions, readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): RunOptions {
  return {
    asOf: option("--as-of", raw.asOf, readAsOf, AS_OF_RULE, todayInUk()),
    amberDays: option("--amber-days", raw.amberDays, readAmberDays, AMBER_DAYS_RULE, DEFAULT_FLAG_SETTINGS.amberDays),
    quarters: option("--quarters", raw.quarters, readQuarterRule, QUARTERS_RULE, DEFAULT_FLAG_SETTINGS.quarters),
    template: raw.template ? loadTemplate(raw.template, readFile) : undefined,
    json: raw.json === true,
  };
}

/** A built-in template by name, or a JSON template file by path. */
export function loadTemplate(nameOrPath: string, readFile: (path: string) => string): Template {
  const builtin = builtinTemplate(nameOrPath);
  if (builtin) return builtin;
  if (!/[\\/.]/.test(nameOrPath)) {
    const names = BUILTIN_TEMPLATES.map((t) => t.name).join(", ");
    throw new UsageError(`--template "${nameOrPath}" is not a built-in template (${names}) or a .json file`);
  }
  let text: string;
  try {
    text = readFile(nameOrPath);
  } catch (e) {
    throw new UsageError(`--template: cannot read ${nameOrPath}: ${(e as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--template: ${nameOrPath} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = parseTemplate(value);
  if (!parsed.ok) throw new UsageError(`--template: ${nameOrPath} is not a valid template:\n  - ${parsed.problems.join("\n  - ")}`);
  return parsed.template;
}
