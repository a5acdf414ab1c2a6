import * as chrono from "chrono-node";
import { expandTwoDigitYear, isValidDate, weekdayOf } from "./calendar";
import { numericDay } from "./dayDate";
import { isMonthWord, isWeekdayWord, weekdayNumber } from "./months";
import { dayPeriod, isPeriod, type ParseContext, type RuleResult } from "./period";

/**
 * Fallback for single days our own rules do not cover, mostly dates with a time
 * ("30 March 2010 at 5pm", "31/03/2010 17:00") or unusual word order. chrono only ever sees
 * text made of date words, and must account for all of it, so it can neither invent a date from
 * a sentence nor resolve relative words ("tomorrow") against its reference date.
 */

// A fixed reference instant in UTC: nothing may depend on today or on the machine's timezone.
const REFERENCE: chrono.ParsingReference = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
const OPTIONS: chrono.ParsingOption = { forwardDate: false };

const NUMERIC_DATE = /^\d{1,2}([/.-])\d{1,2}\1\d{2,4}$/;
const SIMPLE_TOKEN =
  /^(?:\d{1,4}|\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm)?|\d{1,2}(?:am|pm)|am|pm|a\.m|p\.m|of|the|at|on|noon|midday|o'clock)$/;
// What chrono may leave unread without changing the meaning.
const LEFTOVER = /^(?:\s|the|on|at)*$/;

function isDateToken(token: string): boolean {
  return SIMPLE_TOKEN.test(token) || NUMERIC_DATE.test(token) || isMonthWord(token) || isWeekdayWord(token);
}

const BARE_NUMBER = /^\d+$/;

/**
 * Only text made entirely of date words, with a month name or a full numeric date in it. Beside a full
 * numeric date a bare number has no place ("19 23/2/2018" is half a range, not a day and an hour).
 */
function looksLikeOneDay(tokens: string[]): boolean {
  if (!tokens.every(isDateToken)) return false;
  if (tokens.some((t) => NUMERIC_DATE.test(t))) return !tokens.some((t) => BARE_NUMBER.test(t));
  return tokens.some((t) => isMonthWord(t));
}

/** The year chrono found must be written in the text, in full or as two digits on our pivot. */
function yearIsWritten(tokens: string[], year: number): boolean {
  return tokens.some((t) => {
    const last = t.split(/[/.-]/).pop() ?? t;
    return last === String(year) || (/^\d{2}$/.test(last) && expandTwoDigitYear(Number(last)) === year);
  });
}

/** Written weekdays and numeric dates must agree with chrono's reading. */
function agreesWithTokens(tokens: string[], year: number, month: number, day: number, ctx: ParseContext): boolean {
  return tokens.every((t) => {
    if (isWeekdayWord(t)) return weekdayNumber(t) === weekdayOf(year, month, day);
    if (!NUMERIC_DATE.test(t)) return true;
    const own = numericDay(t, ctx);
    return isPeriod(own) && own.end === dayPeriod(year, month, day).end;
  });
}

export function chronoDay(text: string, ctx: ParseContext): RuleResult {
  const tokens = text.split(" ");
  if (!looksLikeOneDay(tokens)) return null;
  // chrono's GB parser reads numerics day first, its default (US) one month first.
  const parser = ctx.dayOrder === "month-first" ? chrono.en.casual : chrono.en.GB;
  const results = parser.parse(text, REFERENCE, OPTIONS);
  if (results.length !== 1) return null;
  const [r] = results;
  const rest = text.slice(0, r.index) + text.slice(r.index + r.text.length);
  if (r.end || !LEFTOVER.test(rest)) return null;
  if (!r.start.isCertain("year") || !r.start.isCertain("month") || !r.start.isCertain("day")) return null;
  const [y, m, d] = [r.start.get("year") ?? 0, r.start.get("month") ?? 0, r.start.get("day") ?? 0];
  if (!isValidDate(y, m, d) || !yearIsWritten(tokens, y) || !agreesWithTokens(tokens, y, m, d, ctx)) return null;
  return dayPeriod(y, m, d);
}
