import type { Due, QuarterRule } from "../model/due/types";
import { computeFlags } from "../model/flags/computeFlags";
import type { FlagOptions, Flags } from "../model/flags/types";
import type { DateSystem } from "../model/grid";
import type { Status } from "../model/status/types";
import { asOfIso } from "./asOf";
import { amberDaysOf, quartersOf } from "./options";
import { parsersFor } from "./parsers";
import { workbookDateSystem } from "./settings";
import { argumentCell, isBlank } from "./values";

/**
 * One plan row's readings and flags from its cells, through the same cached readers and computeFlags that
 * `plancheck flags` uses, so a formula and the CLI agree on every row.
 *
 * Blanks are values, not errors: a blank due date is "no deadline" and a blank status is "nothing recorded
 * yet" (so a blank status past its date is overdue, as in the CLI). Only when every cell a flag depends on is
 * blank, i.e. the row is empty, is the answer blank rather than a flag.
 */

/** The due reading of one argument (blank reads as no date). */
export function dueOf(value: unknown, quarters: unknown): Due {
  return parsersFor(quartersOf(quarters), workbookDateSystem()).due(argumentCell(value, "due"));
}

/** The status reading of one argument (blank reads as nothing recorded). */
export function statusOf(value: unknown): Status {
  return parsersFor("calendar", workbookDateSystem()).status(argumentCell(value, "status"));
}

/**
 * The flags already worked out for one set of settings (as-of day, amber window, quarters, date system), by
 * due value then status value. The functions are not volatile, but the formulas the task pane writes pass
 * the PlanCheckDay cell, which holds =TODAY() while the as-of setting is blank (the default): Excel then
 * recalculates every flag cell at every recalculation, and a plan repeats its values, so most calls are one
 * lookup here (`npm run bench`: repeated PLAN.OVERDUE calls cost about half what they cost without it).
 * Keys are the values as Excel passed them (the number 40360 and the text "40360" are different keys, as
 * they are read differently); only text, numbers and booleans are remembered.
 */
interface Memo {
  options: Required<FlagOptions>;
  quarters: QuarterRule;
  system: DateSystem;
  byDue: Map<unknown, Map<unknown, Flags | null>>;
  size: number;
}

const MEMO_LIMIT = 200_000;
const memos: Memo[] = [];
let current: Memo | undefined;

function isFor(m: Memo, asOf: string, amberDays: number, quarters: QuarterRule, system: DateSystem): boolean {
  return m.options.asOf === asOf && m.options.amberDays === amberDays && m.quarters === quarters && m.system === system;
}

function memoFor(asOf: string, amberDays: number, quarters: QuarterRule, system: DateSystem): Memo {
  if (current && isFor(current, asOf, amberDays, quarters, system)) return current;
  let memo = memos.find((m) => isFor(m, asOf, amberDays, quarters, system));
  if (!memo) {
    memo = { options: { asOf, amberDays }, quarters, system, byDue: new Map(), size: 0 };
    memos.unshift(memo);
    // A workbook may mix a few as_of values (today, a fixed AsOf cell); more than that is unusual.
    if (memos.length > 8) memos.pop();
  }
  current = memo;
  return memo;
}

const rememberable = (v: unknown) => v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

function work(due: unknown, status: unknown, memo: Memo): Flags | null {
  if (isBlank(due) && isBlank(status)) return null;
  const parsers = parsersFor(memo.quarters, memo.system);
  return computeFlags(parsers.due(argumentCell(due, "due")), parsers.status(argumentCell(status, "status")), memo.options);
}

/** The row's flags as of the day; undefined when due and status are both blank. */
export function rowFlags(due: unknown, status: unknown, asOf: unknown, amberDays: unknown, quarters: unknown): Flags | undefined {
  const system = workbookDateSystem();
  const memo = memoFor(asOfIso(asOf, system), amberDaysOf(amberDays), quartersOf(quarters), system);
  let byStatus = memo.byDue.get(due);
  let flags = byStatus?.get(status);
  if (flags === undefined) {
    flags = work(due, status, memo);
    if (rememberable(due) && rememberable(status)) {
      if (memo.size >= MEMO_LIMIT) {
        memo.byDue.clear();
        memo.size = 0;
        byStatus = undefined;
      }
      if (byStatus === undefined) memo.byDue.set(due, (byStatus = new Map()));
      byStatus.set(status, flags);
      memo.size += 1;
    }
  }
  return flags ?? undefined;
}
