/**
 * Date-only arithmetic on calendar numbers and ISO "YYYY-MM-DD" strings.
 * Nothing here reads the machine's clock or timezone: a due date is a calendar day, not an instant.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_LONG = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Years a plan deadline can plausibly carry; anything else is a typo we must not act on. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True for a real calendar day (no 31 February) in a plausible year. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!isPlausibleYear(year) || !Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function toIso(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Last day of a month as ISO: month-only deadlines mean "by the end of that month". */
export function endOfMonth(year: number, month: number): string {
  return toIso(year, month, daysInMonth(year, month));
}

/** Splits an ISO date into numbers without going through Date (no timezone involved). */
export function isoParts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The calendar day before an ISO date ("Before 1 May 2010" → 30 Apr 2010). */
export function previousDay(iso: string): string {
  const [y, m, d] = isoParts(iso);
  if (d > 1) return toIso(y, m, d - 1);
  if (m > 1) return endOfMonth(y, m - 1);
  return toIso(y - 1, 12, 31);
}

/** Day of the week, 0 = Sunday; computed in UTC so the host timezone cannot move it. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Two-digit years as UK plans use them: 00–69 → 2000s, 70–99 → 1900s. */
export function expandTwoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/** Reads a written year of two or four digits ("09", "'09", "2009"). */
export function readYear(written: string): number {
  const digits = written.replace("'", "");
  return digits.length === 2 ? expandTwoDigitYear(Number(digits)) : Number(digits);
}

export function monthShort(month: number): string {
  return MONTH_SHORT[month - 1];
}

export function monthLong(month: number): string {
  return MONTH_LONG[month - 1];
}

/** "2010-03-31" → "31 Mar 2010", the unambiguous form used in readings. */
export function formatDay(iso: string): string {
  const [y, m, d] = isoParts(iso);
  return `${d} ${monthShort(m)} ${y}`;
}

/** ISO date syntax check plus a real-calendar check. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = isoParts(text);
  return isValidDate(y, m, d);
}
