import { isValidDate, readYear, weekdayOf } from "./calendar";
import { MONTH_SOURCE, WEEKDAY_SOURCE, monthNumber, weekdayNumber } from "./months";
import { dayPeriod, reject, type RuleResult } from "./period";

/**
 * Single days: "30 April 2009", "March 31 2010", "Tuesday 30 March 2010",
 * day-first numerics "31/03/2010", "31.3.10", "1/10/09" and ISO "2010-03-31".
 */

// Day first, always (UK): "1/10/09" is 1 October. The separator must repeat ("1/10-09" is not a date).
const NUMERIC_DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
const NUMERIC_YMD = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
// "30/4" or "09/10": no year, and "09/10" may be a financial year written without "FY".
const NUMERIC_DM = /^\d{1,2}[/.]\d{1,2}$/;

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

export function numericDay(text: string): RuleResult {
  let m = NUMERIC_DMY.exec(text);
  if (m) return checkedDay(readYear(m[4]), Number(m[3]), Number(m[1]), undefined, "read day first");
  m = NUMERIC_YMD.exec(text);
  if (m) return checkedDay(Number(m[1]), Number(m[3]), Number(m[4]));
  return NUMERIC_DM.test(text) ? reject(NO_YEAR) : null;
}

export function wordDay(text: string): RuleResult {
  let m = WORD_DMY.exec(text);
  if (m) return checkedDay(readYear(m[4]), monthNumber(m[3]), Number(m[2]), m[1]);
  m = WORD_MDY.exec(text);
  if (m) return checkedDay(Number(m[4]), monthNumber(m[2]), Number(m[3]), m[1]);
  return WORD_DM.test(text) || WORD_MD.test(text) ? reject(NO_YEAR) : null;
}
