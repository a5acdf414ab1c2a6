import { MONTH_SOURCE } from "./months";
import { placeholderDue } from "./results";
import type { Due } from "./types";

/**
 * Zero dates: what an empty date becomes on its way through Excel or a database. Excel's day zero shows
 * as 1899-12-30, "00/01/1900" or "0-Jan-00", serial 1 as 1900-01-01, MySQL writes 0000-00-00. No plan
 * has a deadline in 1899 or 1900, so a written day in those years (or year 0000) is a placeholder:
 * no date, but one the officer should replace. A bare year ("1900") is left to the year rule.
 */

const ZERO_YEAR = "(0000|1899|1900)";
const TIME = "(?:[ t]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?: ?[ap]m)?z?)?";
const ZERO_DATES = [
  new RegExp(`^${ZERO_YEAR}[/.-]\\d{1,2}[/.-]\\d{1,2}${TIME}$`),
  new RegExp(`^\\d{1,2}[/.-]\\d{1,2}[/.-]${ZERO_YEAR}${TIME}$`),
  new RegExp(`^\\d{1,2}[ /-]?${MONTH_SOURCE}[ /-]?${ZERO_YEAR}${TIME}$`),
  // Day zero with a two-digit year: Excel's "0-Jan-00" and "00/01/00".
  new RegExp(`^0{1,2}(?:[ /-]?jan(?:uary)?[ /-]?|[/.-]0?1[/.-])00${TIME}$`),
];
const MAYBE_ZERO = /0000|1899|1900|^0/;

const EXCEL_ZERO_1904 = new Set(["1904-01-01", "1904-01-02"]);

/** The Due for zero-date text (normalised), or undefined when the text is not one. */
export function zeroDateText(raw: string, normalized: string): Due | undefined {
  if (!MAYBE_ZERO.test(normalized)) return undefined;
  return ZERO_DATES.some((re) => re.test(normalized)) ? placeholderDue(raw) : undefined;
}

/**
 * A date cell holding a zero date: any day before 1901 (Excel's serials 0 and 1 and the days readers
 * make of them), or serials 0 and 1 of the 1904 system (1 and 2 January 1904).
 */
export function isZeroDateCell(iso: string, dateSystem: 1900 | 1904): boolean {
  if (iso.slice(0, 4) < "1901") return true;
  return dateSystem === 1904 && EXCEL_ZERO_1904.has(iso.slice(0, 10));
}
