import { readFileSync } from "node:fs";
import { builtinTemplate, BUILTIN_TEMPLATES } from "../model/templates/builtins";
import { parseTemplate } from "../model/templates/parseTemplate";
import type { Template } from "../model/templates/types";
import { isIsoDate } from "../model/due/calendar";
import { todayInUk } from "../model/todayInUk";
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



export function resolveOptions(raw: RawOptions, readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): RunOptions {
  const asOf = raw.asOf ?? todayInUk();
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, e.g. 2010-07-01 (got "${raw.asOf}")`);
  const amberDays = raw.amberDays === undefined ? 14 : Number(raw.amberDays);
  if (!Number.isInteger(amberDays) || amberDays < 0 || amberDays > 3660) {
    throw new UsageError(`--amber-days must be a whole number of days from 0 to 3660 (got "${raw.amberDays}")`);
  }
  const quarters = raw.quarters ?? "calendar";
  if (quarters !== "calendar" && quarters !== "financial") {
    throw new UsageError(`--quarters must be "calendar" or "financial" (got "${raw.quarters}")`);
  }
  return { asOf, amberDays, quarters, template: raw.template ? loadTemplate(raw.template, readFile) : undefined, json: raw.json === true };
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
