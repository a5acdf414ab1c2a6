/** How the pane writes dates, numbers and counts: en-GB, as officers in UK councils read them. */

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT_DATE = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const NUMBER = new Intl.NumberFormat("en-GB");
const PERCENT = new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 0 });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "1 July 2010" */
export const longDate = (iso: string): string => LONG_DATE.format(utc(iso));

/** "01/07/2010" */
export const shortDate = (iso: string): string => SHORT_DATE.format(utc(iso));

/** "1,234" */
export const count = (n: number): string => NUMBER.format(n);

/** "40%", or "not assessable" when the plan records no status. */
export const percent = (fraction: number | null): string => (fraction === null ? "not assessable" : PERCENT.format(fraction));

/** "1 error", "2 errors", "1,204 actions". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${count(n)} ${n === 1 ? word : many}`;
}

/** Today in the UK as YYYY-MM-DD (the CLI's default as-of date too). */
export { todayInUk as todayIso } from "../../model/todayInUk";

/** A list in words: "A", "A and B", "A, B and C". */
export function inWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
