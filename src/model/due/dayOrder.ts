import { isValidDate, readYear } from "./calendar";
import type { DayOrder, DueOptions } from "./types";

/**
 * Which way round a column writes its numeric dates, from the values that can only be read one way:
 * "11/14/24" can only be month first, "14/11/24" only day first; "1/10/09" could be either and says
 * nothing. UK day first stays unless the values say otherwise, and when they disagree it stays too, with
 * the reason, so a column mixing both ways is never read as one or the other on a guess.
 */

export type DayOrderEvidence =
  /** No value could only be read one way. */
  | { basis: "none"; order: "day-first" }
  /** Every value that could only be read one way agrees; `example` is the first of them. */
  | { basis: "values"; order: DayOrder; example: string }
  /** Values read only day first and values read only month first, one of each quoted. */
  | { basis: "conflict"; order: "day-first"; dayFirst: string; monthFirst: string };

// Day, month and year in figures, not part of an ISO date or a longer number.
const NUMERIC_DATE = /(?:^|[^\d/.-])((\d{1,2})([/.-])(\d{1,2})\3(\d{4}|\d{2}))(?!\d)/g;

/** The order a written numeric date can only be read in, or undefined when it fits both or neither. */
function onlyOrder(first: number, second: number, year: number): DayOrder | undefined {
  const dayFirst = isValidDate(year, second, first);
  const monthFirst = isValidDate(year, first, second);
  if (dayFirst === monthFirst) return undefined;
  return dayFirst ? "day-first" : "month-first";
}

/** Infers a column's day order from its cells' texts (pure; every numeric date in a text counts). */
export function inferDayOrder(texts: Iterable<string>): DayOrderEvidence {
  const examples: Partial<Record<DayOrder, string>> = {};
  for (const text of texts) {
    if (!text.includes("/") && !text.includes(".") && !text.includes("-")) continue;
    for (const m of text.matchAll(NUMERIC_DATE)) {
      const order = onlyOrder(Number(m[2]), Number(m[4]), readYear(m[5]));
      if (order !== undefined) examples[order] ??= m[1];
    }
    if (examples["day-first"] !== undefined && examples["month-first"] !== undefined) break;
  }
  const { "day-first": dayFirst, "month-first": monthFirst } = examples;
  if (dayFirst !== undefined && monthFirst !== undefined) return { basis: "conflict", order: "day-first", dayFirst, monthFirst };
  if (monthFirst !== undefined) return { basis: "values", order: "month-first", example: monthFirst };
  if (dayFirst !== undefined) return { basis: "values", order: "day-first", example: dayFirst };
  return { basis: "none", order: "day-first" };
}

/**
 * The parser options a column's evidence calls for, with the reason its readings quote. Day first
 * decided by the values or by nothing needs no options: it is the default and reads "read day first".
 */
export function dayOrderOptions(evidence: DayOrderEvidence, column: string): Pick<DueOptions, "dayOrder" | "dayOrderWhy"> {
  switch (evidence.basis) {
    case "none":
      return {};
    case "values":
      return evidence.order === "day-first"
        ? {}
        : { dayOrder: "month-first", dayOrderWhy: `column ${column}'s dates are written month first, e.g. ${evidence.example}` };
    case "conflict":
      return {
        dayOrder: "day-first",
        dayOrderWhy: `column ${column} has dates written both ways (${evidence.dayFirst} and ${evidence.monthFirst}), so UK day first is kept`,
      };
  }
}
