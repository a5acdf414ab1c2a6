import { endOfMonth, formatDay, monthLong, toIso } from "./calendar";
import type { DayOrder, DueOptions, QuarterRule, YearPairRule } from "./types";

/**
 * A stretch of calendar a piece of text names: a day, month, quarter, year or financial year.
 * A deadline is its `end`; a range or "from" uses its `start`.
 */
export interface Period {
  unit: "day" | "month" | "quarter" | "year" | "financialYear";
  start: string;
  end: string;
  /** Short name of the period as read, e.g. "May 2009", "Q2 2010", "financial year 2009/10". */
  label: string;
  /** How the deadline was read, e.g. "end of May 2009 (31 May 2009)". */
  reading: string;
}

/** The text has the shape of a date but must not be read as one (e.g. "31 February 2010"). */
export interface Rejection {
  reject: string;
}

/** What a rule says: a period, a definite "no", or null for "not my shape". */
export type RuleResult = Period | Rejection | null;

/** Options resolved to their defaults once, so rules never re-check undefined. */
export interface ParseContext {
  quarters: QuarterRule;
  yearPairs: YearPairRule;
  dateSystem: 1900 | 1904;
  dayOrder: DayOrder;
  /** Why the day order was chosen, when something decided it (see DueOptions.dayOrderWhy). */
  dayOrderWhy?: string;
}

export function resolveContext(options?: DueOptions): ParseContext {
  return {
    quarters: options?.quarters ?? "calendar",
    yearPairs: options?.yearPairs ?? "financial",
    dateSystem: options?.dateSystem ?? 1900,
    dayOrder: options?.dayOrder ?? "day-first",
    dayOrderWhy: options?.dayOrderWhy,
  };
}

export function isRejection(result: RuleResult): result is Rejection {
  return result !== null && "reject" in result;
}

export function isPeriod(result: RuleResult): result is Period {
  return result !== null && "unit" in result;
}

export function reject(reason: string): Rejection {
  return { reject: reason };
}

export function dayPeriod(year: number, month: number, day: number, note?: string): Period {
  const iso = toIso(year, month, day);
  const label = formatDay(iso);
  return { unit: "day", start: iso, end: iso, label, reading: note ? `${label} (${note})` : label };
}

export function monthPeriod(year: number, month: number): Period {
  const end = endOfMonth(year, month);
  const label = `${monthLong(month)} ${year}`;
  return { unit: "month", start: toIso(year, month, 1), end, label, reading: `end of ${label} (${formatDay(end)})` };
}

export function yearPeriod(year: number): Period {
  const end = toIso(year, 12, 31);
  const label = String(year);
  return { unit: "year", start: toIso(year, 1, 1), end, label, reading: `end of ${label} (${formatDay(end)})` };
}
