import { formatDay, isoParts } from "./calendar";
import { numericDay, wordDay } from "./dayDate";
import { dayPeriod, isPeriod, reject, type ParseContext, type RuleResult } from "./period";
import { todayInUk } from "../todayInUk";

/**
 * A day with a time of day, as exports and forms write it: "2024-11-14 10:30", "14/11/2024 10:30:00",
 * "14/Nov/24 10:30 AM" (Jira), "2024-11-14T10:30:00Z". The deadline is the day and the time is left out.
 * A time with a zone ("Z", "+01:00") is an instant, so its day is the UK day of that instant: a tool that
 * stores a date-only deadline as local midnight exports 14 June as "2024-06-13T23:00:00Z".
 */

// On normalised text: lower case, ISO's "T" written "t". Groups: day, separator, hour, minute, am/pm,
// zone. The time needs a colon or am/pm, so "1 May 2010 5" is not a day at 5 o'clock.
const DATE_TIME =
  /^(.+?)( at | |t)(\d{1,2})(?::(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?: ?([ap])\.?m)?(?: ?(z|utc|gmt|[+-]\d{2}(?::?\d{2})?))?$/;
const ENDS_WITH_DIGIT = /\d$/;

function minutesOf(hour: number, minute: number, meridiem: string | undefined): number | undefined {
  if (minute > 59) return undefined;
  // "13:30 PM" is written, and means 13:30.
  if (meridiem === undefined || (meridiem === "p" && hour > 12)) return hour <= 23 ? hour * 60 + minute : undefined;
  if (hour < 1 || hour > 12) return undefined;
  return ((hour % 12) + (meridiem === "p" ? 12 : 0)) * 60 + minute;
}

const UTC_NAMES = new Set(["z", "utc", "gmt"]);

/** Minutes east of UTC for "z", "utc", "gmt", "+01:00", "-0500", "+01". */
function zoneOffset(zone: string): number {
  if (UTC_NAMES.has(zone)) return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}

export function dateTime(text: string, ctx: ParseContext): RuleResult {
  const m = DATE_TIME.exec(text);
  if (!m || (m[4] === undefined && m[5] === undefined)) return null;
  const [, written, separator, hour, minute, meridiem, zone] = m;
  if (separator === "t" && !ENDS_WITH_DIGIT.test(written)) return null;
  const day = numericDay(written, ctx) ?? wordDay(written);
  if (!isPeriod(day)) return day;
  const minutes = minutesOf(Number(hour), Number(minute ?? "0"), meridiem);
  if (minutes === undefined) return reject("not a real time of day");
  if (zone === undefined) return day;
  const [y, mo, d] = isoParts(day.end);
  const uk = todayInUk(new Date(Date.UTC(y, mo - 1, d) + (minutes - zoneOffset(zone)) * 60_000));
  if (uk === day.end) return day;
  const [uy, um, ud] = isoParts(uk);
  const time = `${hour.padStart(2, "0")}:${minute ?? "00"}${meridiem ? ` ${meridiem}m` : ""} ${UTC_NAMES.has(zone) ? "UTC" : `UTC${zone}`}`;
  return dayPeriod(uy, um, ud, `${time} on ${formatDay(day.end)} is ${formatDay(uk)} in the UK`);
}
