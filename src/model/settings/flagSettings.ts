/**
 * The flag settings — the as-of day, the amber window and the quarter rule — with their defaults, limits,
 * readings and the words used to ask for them. This is their one owner: the CLI's options, the PLAN.*
 * functions' arguments, the Excel host's settings cells, the browser's saved settings and the pane's form all
 * read and check them here, so the same value is accepted or refused, with the same rule, everywhere.
 */
import { isIsoDate } from "../due/calendar";
import type { QuarterRule } from "../due/types";

export interface FlagSettings {
  /** ISO date the flags are computed as of; null means today (in the UK, or Excel's TODAY()). */
  asOf: string | null;
  /** Actions due within this many days (and not complete) are amber. */
  amberDays: number;
  /** How "Q2 2010" is read: calendar (Q2 = Apr–Jun) or financial (Q1 = Apr–Jun, so Q2 = Jul–Sep). */
  quarters: QuarterRule;
}

export const DEFAULT_AMBER_DAYS = 14;
/** Ten years: a wider window would make every dated action amber. */
export const MAX_AMBER_DAYS = 3660;
export const DEFAULT_QUARTERS: QuarterRule = "calendar";

export const DEFAULT_FLAG_SETTINGS: Readonly<FlagSettings> = Object.freeze({ asOf: null, amberDays: DEFAULT_AMBER_DAYS, quarters: DEFAULT_QUARTERS });

/** What each setting must be, in words that finish "… must be" or "Enter …". */
export const AS_OF_RULE = "a date written YYYY-MM-DD, e.g. 2010-07-01";
export const AMBER_DAYS_RULE = `a whole number of days from 0 to ${MAX_AMBER_DAYS}`;
export const QUARTERS_RULE = '"calendar" or "financial"';

/** "`subject` must be `rule` (got `got`)": the one shape of a refused setting. */
export function settingProblem(subject: string, rule: string, got?: string): string {
  return `${subject} must be ${rule}${got === undefined ? "" : ` (got ${got})`}`;
}

const DIGITS = /^\s*\d+\s*$/;

/** An amber window: a whole number 0–MAX_AMBER_DAYS, as a number or digits; undefined for anything else. */
export function readAmberDays(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && DIGITS.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= MAX_AMBER_DAYS ? n : undefined;
}

/** A quarter rule, in any case and spacing; undefined for anything else. */
export function readQuarterRule(value: unknown): QuarterRule | undefined {
  const rule = typeof value === "string" ? value.trim().toLowerCase() : "";
  return rule === "calendar" || rule === "financial" ? rule : undefined;
}

/** An as-of date written YYYY-MM-DD (a real calendar day); undefined for anything else. */
export function readAsOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  return isIsoDate(t) ? t : undefined;
}

/** The first thing wrong with a whole set of settings, as a sentence, or null when they are all valid. */
export function flagSettingsProblem(s: FlagSettings): string | null {
  if (s.asOf !== null && readAsOf(s.asOf) !== s.asOf) return `${settingProblem("The as-of date", AS_OF_RULE, `"${s.asOf}"`)}, or blank for today.`;
  if (readAmberDays(s.amberDays) !== s.amberDays) return `${settingProblem("The amber window", AMBER_DAYS_RULE, String(s.amberDays))}.`;
  if (readQuarterRule(s.quarters) !== s.quarters) return `${settingProblem("Quarters", QUARTERS_RULE, `"${String(s.quarters)}"`)}.`;
  return null;
}

/**
 * Settings from values kept somewhere they may have been edited or damaged (a workbook's cells, a browser's
 * storage): each value that reads is kept, anything else falls back to `defaults`. An as-of of null (or
 * undefined) is today.
 */
export function flagSettingsFrom(saved: { asOf?: unknown; amberDays?: unknown; quarters?: unknown }, defaults: FlagSettings = DEFAULT_FLAG_SETTINGS): FlagSettings {
  const asOf = saved.asOf === null || saved.asOf === undefined ? null : (readAsOf(saved.asOf) ?? defaults.asOf);
  return { asOf, amberDays: readAmberDays(saved.amberDays) ?? defaults.amberDays, quarters: readQuarterRule(saved.quarters) ?? defaults.quarters };
}
