import { isIsoDate, isoParts, isPlausibleYear } from "./calendar";
import { isoToSerial, serialToIso } from "../excelDate";
import type { ParseContext } from "./period";
import { yearPeriod } from "./period";
import { isZeroDateCell } from "./placeholder";
import { dateDue, placeholderDue, unparsedDue } from "./results";
import type { Due } from "./types";

/**
 * Non-text cells. A date cell is already a day. A number is a date only when it is an Excel serial
 * for a day between 1950 and 2099 (about 18,000–73,000 in the 1900 system); a whole number
 * 1900–2099 is a year typed into the cell, read like the text "2010". A zero (a blank date cell, or a
 * formula pointing at one) and a zero-date cell are placeholders: no date. Anything else is unparsed.
 */

const FIRST_DAY = "1950-01-01";
const LAST_DAY = "2099-12-31";

function serialWindow(system: 1900 | 1904): [number, number] {
  return [isoToSerial(FIRST_DAY, system), isoToSerial(LAST_DAY, system)];
}

const WINDOWS = { 1900: serialWindow(1900), 1904: serialWindow(1904) } as const;

export function dueFromNumber(value: number, ctx: ParseContext): Due {
  const text = String(value);
  if (value === 0) return placeholderDue(text);
  if (Number.isInteger(value) && isPlausibleYear(value)) {
    const period = yearPeriod(value);
    return dateDue(text, period.end, period.reading);
  }
  const [low, high] = WINDOWS[ctx.dateSystem];
  const iso = value >= low && value < high + 1 ? serialToIso(value, ctx.dateSystem) : undefined;
  if (iso === undefined) return unparsedDue(text, "a number that is not a date");
  return dateDue(text, iso, `Excel date serial ${text} in the ${ctx.dateSystem} date system`);
}

export function dueFromDateCell(value: string, ctx: ParseContext): Due {
  // Tolerate a time part ("2010-03-31T00:00:00") but never move the calendar day.
  const day = value.slice(0, 10);
  if (isZeroDateCell(day, ctx.dateSystem)) return placeholderDue(value);
  if (!isIsoDate(day) || !isPlausibleYear(isoParts(day)[0])) return unparsedDue(value, "not a real date");
  return dateDue(value, day);
}
