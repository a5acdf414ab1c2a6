import { isPlausibleYear, readYear } from "./calendar";
import { NO_YEAR } from "./dayDate";
import { MONTH_SOURCE, monthNumber } from "./months";
import { monthPeriod, reject, type RuleResult } from "./period";

/**
 * A month with no day ("May 2009", "Sept 2010", "Oct 09", "03/2010"): the deadline is the month's
 * last day. chrono would fill the day with the 1st, so this rule must run before it.
 */

const MONTH_YEAR = new RegExp(`^${MONTH_SOURCE}[ /-]?(\\d{4})$`);
const MONTH_APOSTROPHE_YEAR = new RegExp(`^${MONTH_SOURCE} ?-?'(\\d{2})$`);
const MONTH_TWO_DIGITS = new RegExp(`^${MONTH_SOURCE}([ /-])(\\d{2})$`);
const NUMERIC_MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const MONTH_ONLY = new RegExp(`^${MONTH_SOURCE}$`);

function checkedMonth(year: number, month: number): RuleResult {
  if (!isPlausibleYear(year)) return reject("year out of range");
  return month >= 1 && month <= 12 ? monthPeriod(year, month) : reject("not a real month");
}

/**
 * "Oct 09", "Oct-09": the two digits are a year. With a space, 10–31 could equally be a day with
 * the year left off ("March 31"), so only a leading zero or a number no day can be counts as a year.
 */
function twoDigitYear(separator: string, digits: string): number | undefined {
  if (separator !== " " || digits.startsWith("0") || Number(digits) > 31) return readYear(digits);
  return undefined;
}

export function monthYear(text: string): RuleResult {
  let m = MONTH_YEAR.exec(text) ?? MONTH_APOSTROPHE_YEAR.exec(text);
  if (m) return checkedMonth(readYear(m[2]), monthNumber(m[1]));
  m = MONTH_TWO_DIGITS.exec(text);
  if (m) {
    const year = twoDigitYear(m[2], m[3]);
    return year === undefined ? reject("a day or a two-digit year? (write the year in full)") : checkedMonth(year, monthNumber(m[1]));
  }
  m = NUMERIC_MONTH_YEAR.exec(text);
  if (m) return checkedMonth(Number(m[2]), Number(m[1]));
  return MONTH_ONLY.test(text) ? reject(NO_YEAR) : null;
}
