import { isIsoDate, isPlausibleYear, toIso } from "../model/due/calendar";
import type { DateSystem } from "../model/grid";
import { serialToIso } from "../model/excelDate";
import { oneLine } from "../model/oneLine";
import { invalidValue } from "./errors";
import { isBlank, passOnError } from "./values";

/**
 * The as_of argument: the day flags are judged on, as an ISO date for the model.
 *
 * - a date cell, or =TODAY(), arrives as a serial and is read in the workbook's date system (a time of day
 *   is ignored);
 * - text must be written YYYY-MM-DD, as the CLI's --as-of is, so it is never read the wrong way round;
 * - left out, or a blank cell (0 on desktop, null on the web): today, on this computer's calendar, as
 *   Excel's TODAY() gives it, on the day Excel calculates the formula. The functions are not volatile (a
 *   volatile function recalculates at every edit of any cell), so such a cell keeps that day's answer until
 *   its arguments change; a formula that must follow the calendar passes TODAY(), which is volatile itself.
 *   The formulas the task pane writes pass the settings' PlanCheckDay cell, =TODAY() while as-of is blank.
 * - an error value: #N/A stays #N/A, any other is #VALUE! naming it (values.ts passOnError).
 */

const USAGE = "as_of must be a date: a date cell, =TODAY(), or text written YYYY-MM-DD such as 2010-07-01";

// Reading "today" costs a Date and some arithmetic; a recalculation calls it for every row of a plan.
let today = "";
let todayCheckedAt = Number.NaN;

/** Today's local date as ISO, looked up again at most once a second (and whenever the clock goes back). */
export function todayIso(now = Date.now()): string {
  if (!(now >= todayCheckedAt && now - todayCheckedAt < 1000)) {
    const d = new Date(now);
    today = toIso(d.getFullYear(), d.getMonth() + 1, d.getDate());
    todayCheckedAt = now;
  }
  return today;
}

// As for due dates (src/model/due/serial.ts), a number is a date only in 1950–2099: a small number such as
// 14 in the as_of place is far more likely amber_days put one place early than 14 January 1900.
const FIRST_YEAR = 1950;

function fromSerial(serial: number, system: DateSystem): string {
  const iso = serialToIso(serial, system);
  const year = iso === undefined ? 0 : Number(iso.slice(0, 4));
  if (iso === undefined || year < FIRST_YEAR || !isPlausibleYear(year)) invalidValue(`${USAGE}; the number ${serial} is not a date.`);
  return iso;
}

function fromText(text: string): string {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  return invalidValue(`${USAGE}; got "${oneLine(text, 40)}".`);
}

function read(value: unknown, system: DateSystem): string {
  if (typeof value === "number") return fromSerial(value, system);
  if (typeof value === "string") return fromText(value);
  passOnError(value, "as_of");
  return invalidValue(`${USAGE}.`);
}

// The same as_of is passed to every row's formula: remember the last one read.
let lastValue: unknown = Symbol("none");
let lastSystem: DateSystem = 1900;
let lastIso = "";

/** The as-of day as ISO "YYYY-MM-DD". Throws #VALUE! with the expected forms when it is not a date. */
export function asOfIso(value: unknown, system: DateSystem): string {
  if (isBlank(value)) return todayIso();
  if (value === lastValue && system === lastSystem) return lastIso;
  const iso = read(value, system);
  lastValue = value;
  lastSystem = system;
  lastIso = iso;
  return iso;
}
