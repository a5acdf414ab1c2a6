import { formatDay, isoParts, isValidDate, readYear, toIso, weekdayOf } from "./calendar";
import { MONTH_SOURCE, WEEKDAY_SOURCE, monthNumber, weekdayNumber } from "./months";
import { dayPeriod, isPeriod, reject, type ParseContext, type RuleResult } from "./period";

/**
 * Single days: "30 April 2009", "March 31 2010", "Tuesday 30 March 2010",
 * numerics "31/03/2010", "31.3.10", "1/10/09" (day first unless the column is written month first),
 * ISO "2010-03-31", and numerics with a weekday before or after ("2025-04-15 (Tuesday)").
 */

// The separator must repeat ("1/10-09" is not a date). Which number is the day depends on ctx.dayOrder.
const NUMERIC_DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
const NUMERIC_YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
// "30/4" or "09/10": no year, and "09/10" may be a financial year written without "FY".
const NUMERIC_DM = /^\d{1,2}[/.]\d{1,2}$/;
// A weekday before or after a numeric date: "tue 15/04/2025", "2025-04-15 tuesday" (brackets are gone).
const WEEKDAY_BEFORE = new RegExp(`^${WEEKDAY_SOURCE} (\\d.*)$`);
const WEEKDAY_AFTER = new RegExp(`^(.*\\d) ${WEEKDAY_SOURCE}$`);

const WEEKDAY_OPT = `(?:${WEEKDAY_SOURCE} )?`;
const WORD_DMY = new RegExp(`^${WEEKDAY_OPT}(\\d{1,2})(?: of)?[ /-]?${MONTH_SOURCE}[ /-]?('?\\d{2}|\\d{4})$`);
const WORD_MDY = new RegExp(`^${WEEKDAY_OPT}${MONTH_SOURCE} (\\d{1,2}) (\\d{4})$`);
// A day and month with no year: chrono would invent one, so we refuse.
const WORD_DM = new RegExp(`^${WEEKDAY_OPT}(\\d{1,2})(?: of)? ${MONTH_SOURCE}$`);
const WORD_MD = new RegExp(`^${WEEKDAY_OPT}${MONTH_SOURCE} (\\d)$`);

export const NO_YEAR = "no year given";

function checkedDay(year: number, month: number, day: number, weekday?: string, note?: string): RuleResult {
  if (!isValidDate(year, month, day)) return reject("not a real date");
  if (weekday !== undefined && weekdayNumber(weekday) !== weekdayOf(year, month, day)) {
    return reject("the weekday does not match the date");
  }
  return dayPeriod(year, month, day, note);
}

function orderWords(ctx: ParseContext): string {
  return ctx.dayOrder === "month-first" ? "read month first" : "read day first";
}

/** "read month first: column D's dates are written month first, e.g. 11/14/24". */
export function orderNote(ctx: ParseContext): string {
  return ctx.dayOrderWhy ? `${orderWords(ctx)}: ${ctx.dayOrderWhy}` : orderWords(ctx);
}

/**
 * "1/10/09" in the column's order. A date impossible in that order but real in the other is still
 * not read (the column's order decides, never the single value), and the reason says what it would be.
 */
function orderedDay(first: number, second: number, year: number, ctx: ParseContext): RuleResult {
  const monthFirst = ctx.dayOrder === "month-first";
  const [day, month] = monthFirst ? [second, first] : [first, second];
  if (isValidDate(year, month, day)) return checkedDay(year, month, day, undefined, orderNote(ctx));
  if (!isValidDate(year, day, month)) return reject("not a real date");
  const other = formatDay(toIso(year, day, month));
  const why = ctx.dayOrderWhy ? `; ${ctx.dayOrderWhy}` : "";
  return reject(`not a real date ${orderWords(ctx)} (${monthFirst ? "day" : "month"} first it would be ${other})${why}`);
}

function plainNumericDay(text: string, ctx: ParseContext): RuleResult {
  let m = NUMERIC_DMY.exec(text);
  if (m) return orderedDay(Number(m[1]), Number(m[3]), readYear(m[4]), ctx);
  m = NUMERIC_YMD.exec(text);
  if (m) return checkedDay(Number(m[1]), Number(m[3]), Number(m[4]));
  return NUMERIC_DM.test(text) ? reject(NO_YEAR) : null;
}

function splitWeekday(text: string): { date: string; weekday: string } | undefined {
  let m = WEEKDAY_BEFORE.exec(text);
  if (m) return { date: m[2], weekday: m[1] };
  m = WEEKDAY_AFTER.exec(text);
  return m ? { date: m[1], weekday: m[2] } : undefined;
}

/** A numeric day, with a weekday written before or after it that must agree ("2025-04-15 tuesday"). */
export function numericDay(text: string, ctx: ParseContext): RuleResult {
  const parts = splitWeekday(text);
  if (!parts) return plainNumericDay(text, ctx);
  const day = plainNumericDay(parts.date, ctx);
  if (!isPeriod(day)) return day;
  const [y, m, d] = isoParts(day.end);
  return weekdayNumber(parts.weekday) === weekdayOf(y, m, d) ? day : reject("the weekday does not match the date");
}

export function wordDay(text: string): RuleResult {
  let m = WORD_DMY.exec(text);
  if (m) return checkedDay(readYear(m[4]), monthNumber(m[3]), Number(m[2]), m[1]);
  m = WORD_MDY.exec(text);
  if (m) return checkedDay(Number(m[4]), monthNumber(m[2]), Number(m[3]), m[1]);
  return WORD_DM.test(text) || WORD_MD.test(text) ? reject(NO_YEAR) : null;
}
