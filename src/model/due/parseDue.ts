import type { Cell } from "../grid";
import { formatDay, previousDay } from "./calendar";
import { orderNote } from "./dayDate";
import { stripFiller } from "./filler";
import { keywordDue } from "./keywords";
import { normalizeDueText } from "./normalize";
import { fromOnwardsDue, ongoingFromDue, undatedDue } from "./onwards";
import { parsePeriod } from "./parsePeriod";
import { isPeriod, isRejection, resolveContext, type ParseContext, type Period } from "./period";
import { zeroDateText } from "./placeholder";
import { parseRange } from "./range";
import { dateDue, noneDue, rangeDue, unparsedDue } from "./results";
import { dueFromDateCell, dueFromNumber } from "./serial";
import type { Due, DueOptions } from "./types";

/**
 * Reads a due date as a council officer would, and never guesses: text that is not wholly a
 * recognised form is "unparsed" rather than a possibly wrong date.
 */

const HAS_DIGIT = /\d/;
// The longest real forms ("Ongoing from the 31st of March 2010 onwards") are about 50 characters;
// anything much longer is a sentence, and skipping it bounds the work per cell.
const MAX_DATE_LENGTH = 100;

/** "Before May 2010": due by the day before the period starts (30 Apr 2010). */
function beforeDue(raw: string, period: Period): Due {
  const day = previousDay(period.start);
  const rule = period.unit === "quarter" ? `; ${period.reading}` : "";
  return dateDue(raw, day, `before ${period.label}: due by ${formatDay(day)}${rule}`);
}

function deadlineDue(raw: string, t: string, ctx: ParseContext): Due {
  const { rest, before } = stripFiller(t);
  const period = parsePeriod(rest, ctx);
  if (isPeriod(period)) return before ? beforeDue(raw, period) : dateDue(raw, period.end, period.reading);
  if (isRejection(period)) return unparsedDue(raw, period.reject);
  const range = before ? undefined : parseRange(rest, ctx);
  return range ? rangeDue(raw, range.start, range.end, range.reading) : unparsedDue(raw);
}

/** "By: TBC", "Target - ongoing": a keyword behind filler words. */
function keywordAfterFiller(raw: string, t: string): Due | undefined {
  const { rest } = stripFiller(t);
  return rest !== t && rest !== "" ? keywordDue(raw, rest) : undefined;
}

// A day, month and year in figures ("11/14/24"), not inside a longer number or an ISO date.
const NUMERIC_DATE = /(?:^|[^\d/.-])\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)/;

/**
 * When the column's day order was decided by its values, every date read with figures says so, ranges and
 * date-times too (a single day's reading already does).
 */
function withOrderNote(due: Due, t: string, ctx: ParseContext): Due {
  if (ctx.dayOrderWhy === undefined || (due.end === null && due.start === null) || !NUMERIC_DATE.test(t)) return due;
  const note = orderNote(ctx);
  if (due.reading?.includes(note)) return due;
  return { ...due, reading: due.reading ? `${due.reading}; ${note}` : note };
}

export function readDue(raw: string, ctx: ParseContext): Due {
  const t = normalizeDueText(raw);
  const keyword = keywordDue(raw, t) ?? keywordAfterFiller(raw, t) ?? zeroDateText(raw, t);
  if (keyword) return keyword;
  if (t.length > MAX_DATE_LENGTH) return unparsedDue(raw);
  if (!HAS_DIGIT.test(t)) return undatedDue(raw, t);
  return withOrderNote(ongoingFromDue(raw, t, ctx) ?? fromOnwardsDue(raw, t, ctx) ?? deadlineDue(raw, t, ctx), t, ctx);
}

/** Reads due-date text. Pure: the result depends only on `text` and `options`. */
export function parseDue(text: string, options?: DueOptions): Due {
  return readDue(text, resolveContext(options));
}

export function readCell(cell: Cell, ctx: ParseContext): Due {
  switch (cell.kind) {
    case "empty":
      return noneDue("");
    case "text":
      return SERIAL_TEXT.test(cell.value) ? serialText(cell.value.trim(), ctx) : readDue(cell.value, ctx);
    case "number":
      return dueFromNumber(cell.value, ctx);
    case "date":
      return dueFromDateCell(cell.value, ctx);
    case "boolean":
      return unparsedDue(cell.value ? "TRUE" : "FALSE");
    case "error":
      return unparsedDue(cell.value);
  }
}

// Five digits alone: an Excel date serial that lost its date format on the way out (a CSV export or a copy
// of values), e.g. "44531" for 1 Dec 2021. No one writes a deadline as a five-digit number otherwise.
const SERIAL_TEXT = /^\s*\d{5}(?:\.\d+)?\s*$/;

function serialText(text: string, ctx: ParseContext): Due {
  const due = dueFromNumber(Number(text), ctx);
  if (due.kind !== "date") return due;
  return { ...due, reading: `${due.reading}, written as a number (a date that lost its date format, e.g. in a CSV export)` };
}

/** Reads a due-date cell: date cells as they are, numbers as Excel serials (or years), text via parseDue. */
export function dueFromCell(cell: Cell, options?: DueOptions): Due {
  return readCell(cell, resolveContext(options));
}
