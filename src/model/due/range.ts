import { formatDay } from "./calendar";
import { stripFiller } from "./filler";
import { parsePeriod } from "./parsePeriod";
import { isPeriod, type ParseContext, type Period } from "./period";

/**
 * Two written endpoints: "June – Sept 2010", "Jan to March 2010", "2009 to 2011",
 * "1 May 2010 - 30 June 2010", "between May and July 2010", day spans "19 - 23/2/2018", "1-30/4/2018",
 * "19-23 Feb 2018", and "A → B" (arrows are "to" by now). The range runs from the start of the first
 * endpoint's period to the end of the last's.
 */

export interface RangeReading {
  start: string;
  end: string;
  reading: string;
}

const SEPARATOR = / (?:to|until|till|through|thru) | ?- ?/g;
const BETWEEN = /^between (.+) and (.+)$/;
// "2009/2010" is only a range when yearPairs is "range"; "/" otherwise separates day, month and year.
const YEAR_SLASH_YEAR = /^(\d{4})\/(\d{4})$/;
const BARE_DAY = /^\d{1,2}$/;
// A numeric date split into its first number, separator, second number and the rest ("/2018").
const NUMERIC_DATE = /^(\d{1,2})([/.])(\d{1,2})(\2(?:\d{2}|\d{4}))$/;

/** An endpoint may carry its own filler ("June to end of Sept 2010") but not "before". */
function endpoint(text: string, ctx: ParseContext): Period | undefined {
  const { rest, before } = stripFiller(text);
  if (before) return undefined;
  const result = parsePeriod(rest, ctx);
  return isPeriod(result) ? result : undefined;
}

/**
 * "19 - 23/2/2018": a bare day before a numeric date takes that date's month and year, put where the
 * column writes its day (first, or second when the column is written month first).
 */
function numericSpanStart(left: string, right: string, ctx: ParseContext): string | undefined {
  const m = BARE_DAY.test(left) ? NUMERIC_DATE.exec(right) : null;
  if (!m) return undefined;
  return ctx.dayOrder === "month-first" ? `${m[1]}${m[2]}${left}${m[4]}` : `${left}${m[2]}${m[3]}${m[4]}`;
}

/**
 * The first endpoint often leaves out what the second states ("June – Sept 2010", "1 – 30 June 2010",
 * "19 - 23/2/2018"): borrow the second's month and year, or its last one or two words.
 */
function firstEndpoint(left: string, right: string, ctx: ParseContext): Period | undefined {
  const own = endpoint(left, ctx);
  if (own) return own;
  const span = numericSpanStart(left, right, ctx);
  if (span !== undefined) return endpoint(span, ctx);
  const words = right.split(" ");
  for (const count of [1, 2]) {
    if (words.length <= count - 1) break;
    const borrowed = endpoint(`${left} ${words.slice(-count).join(" ")}`, ctx);
    if (borrowed) return borrowed;
  }
  return undefined;
}

/** Quarter and financial-year endpoints carry a rule choice the reading must show. */
function notes(periods: Period[]): string {
  const ruled = periods.filter((p) => p.reading.includes(" read as "));
  return ruled.map((p) => `; ${p.reading}`).join("");
}

function readPair(left: string, right: string, ctx: ParseContext): RangeReading | undefined {
  const last = endpoint(right, ctx);
  if (!last) return undefined;
  const first = firstEndpoint(left, right, ctx);
  // Endpoints out of order ("Nov – Feb 2011") are not guessed at.
  if (!first || first.start > last.start || first.end > last.end) return undefined;
  const span = `${formatDay(first.start)} to ${formatDay(last.end)}`;
  const named = first.unit === "day" && last.unit === "day" ? "" : ` (${first.label} to ${last.label})`;
  return { start: first.start, end: last.end, reading: `${span}${named}${notes([first, last])}` };
}

function splits(text: string): Array<[string, string]> {
  const pair = BETWEEN.exec(text) ?? YEAR_SLASH_YEAR.exec(text);
  if (pair) return [[pair[1], pair[2]]];
  return [...text.matchAll(SEPARATOR)].map((m) => [text.slice(0, m.index), text.slice(m.index + m[0].length)]);
}

/** The range the text names, or undefined when none does or two different splits would. */
export function parseRange(text: string, ctx: ParseContext): RangeReading | undefined {
  const found = new Map<string, RangeReading>();
  for (const [left, right] of splits(text)) {
    const pair = left && right ? readPair(left, right, ctx) : undefined;
    if (pair) found.set(`${pair.start}/${pair.end}`, pair);
  }
  return found.size === 1 ? found.values().next().value : undefined;
}
