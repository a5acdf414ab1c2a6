import { formatDay } from "./calendar";
import { stripFiller } from "./filler";
import { mentionsMonth } from "./months";
import { parsePeriod } from "./parsePeriod";
import { isPeriod, isRejection, type ParseContext } from "./period";
import { parseRange } from "./range";
import { fromDue, ongoingDue, rangeDue, unparsedDue } from "./results";
import type { Due } from "./types";

/**
 * Open-ended work: "May 2009 onwards", "2009 and beyond", "From April 2010" (kind "from"),
 * "Ongoing from May 2009" (kind "ongoing" with a start), and "From adoption onwards", which names
 * an event rather than a date (ongoing, no start).
 */

const FROM_PREFIX =
  /^(?:starting from|starting|commencing|beginning|from) (.+?)(?: (?:onwards?|and beyond|and after|and ongoing))?$/;
const FROM_SUFFIX = /^(.+?) ?(?:onwards?|and beyond|and after|and ongoing|\+)$/;
const ONGOING_FROM =
  /^(?:ongoing|on going|on-going|continuous|continuing)(?: -)? (?:from|since|starting from|starting|commencing) (.+?)(?: onwards?)?$/;

function startOf(text: string, ctx: ParseContext): { start?: string; label?: string; reason?: string } {
  const { rest, before } = stripFiller(text);
  const result = before ? null : parsePeriod(rest, ctx);
  if (isPeriod(result)) return { start: result.start, label: result.label };
  return { reason: isRejection(result) ? result.reject : undefined };
}

/** "Ongoing from May 2009": continuous work with a known start. */
export function ongoingFromDue(raw: string, t: string, ctx: ParseContext): Due | undefined {
  const m = ONGOING_FROM.exec(t);
  if (!m) return undefined;
  const { start, label, reason } = startOf(m[1], ctx);
  return start ? ongoingDue(raw, start, `ongoing from ${label} (starts ${formatDay(start)})`) : unparsedDue(raw, reason);
}

/** "May 2009 onwards", "From April 2010"; "From June to Sept 2010" is a range. */
export function fromOnwardsDue(raw: string, t: string, ctx: ParseContext): Due | undefined {
  const m = FROM_PREFIX.exec(t) ?? FROM_SUFFIX.exec(t);
  if (!m) return undefined;
  const { start, label, reason } = startOf(m[1], ctx);
  if (start) return fromDue(raw, start, `from ${label} onwards (starts ${formatDay(start)})`);
  const range = t.startsWith("from ") || t.startsWith("between ") ? parseRange(m[1], ctx) : undefined;
  return range ? rangeDue(raw, range.start, range.end, range.reading) : unparsedDue(raw, reason);
}

/**
 * Text with no digits cannot hold a date. "From adoption onwards" starts on an event: ongoing with
 * no start. A month with no year ("From May onwards") is not guessed.
 */
export function undatedDue(raw: string, t: string): Due {
  const m = ONGOING_FROM.exec(t) ?? FROM_PREFIX.exec(t) ?? FROM_SUFFIX.exec(t);
  if (mentionsMonth(t)) return unparsedDue(raw, "no year given");
  return m ? ongoingDue(raw, null, `${t} (no date given)`) : unparsedDue(raw);
}
