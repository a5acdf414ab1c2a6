import { expandTwoDigitYear, formatDay, isPlausibleYear, toIso } from "./calendar";
import { reject, type ParseContext, type Period, type RuleResult } from "./period";

/**
 * UK public-sector financial years run 1 April – 31 March: "2009/10" is due by 31 March 2010.
 * Forms: "2009/10", "2009-10", "2009/2010", "2010-2011", "FY 2010/11", "FY 10/11".
 */

const FY_WORDS = "(fy|f/y|financial year|fin year)";
const YEAR_PAIR = new RegExp(`^(?:${FY_WORDS} ?)?(\\d{4}) ?[/-] ?(\\d{2}|\\d{4})(?: ${FY_WORDS})?$`);
const SHORT_PAIR = new RegExp(`^${FY_WORDS} ?(\\d{2})[/-](\\d{2})$`);
// "FY 2010" could name the year that starts or the year that ends in 2010.
const FY_SINGLE_YEAR = new RegExp(`^${FY_WORDS} ?(\\d{2}|\\d{4})$`);

/** "2009/10" for the financial year starting April 2009. */
export function financialYearName(startYear: number): string {
  const next = (startYear + 1) % 100;
  return `${startYear}/${next < 10 ? "0" : ""}${next}`;
}

/**
 * The starting year when `first` and `second` are consecutive years ("2009" + "10" or "2010"),
 * else undefined: only consecutive years make a financial year ("2009-2012" does not).
 */
export function consecutiveYearStart(first: number, second: string): number | undefined {
  const follows = second.length === 2 ? Number(second) === (first + 1) % 100 : Number(second) === first + 1;
  return follows && isPlausibleYear(first) ? first : undefined;
}

export function financialYearPeriod(startYear: number, note?: string): Period {
  const end = toIso(startYear + 1, 3, 31);
  const label = `financial year ${financialYearName(startYear)}`;
  const reading = `end of ${label} (${formatDay(end)})`;
  return { unit: "financialYear", start: toIso(startYear, 4, 1), end, label, reading: note ? `${reading}; ${note}` : reading };
}

function yearPair(text: string, first: number, second: string, labelled: boolean, ctx: ParseContext): RuleResult {
  const start = consecutiveYearStart(first, second);
  if (start === undefined) return labelled ? reject("a financial year spans two consecutive years") : null;
  if (labelled || second.length === 2) return financialYearPeriod(start);
  // "2010-2011" is the ambiguous one: a financial year by default, a two-year range if configured.
  if (ctx.yearPairs === "range") return null;
  return financialYearPeriod(start, `"${text}" read as a financial year, not a two-year range`);
}

export function financialYear(text: string, ctx: ParseContext): RuleResult {
  const m = YEAR_PAIR.exec(text);
  if (m) return yearPair(text, Number(m[2]), m[3], m[1] !== undefined || m[4] !== undefined, ctx);
  const s = SHORT_PAIR.exec(text);
  if (s) return yearPair(text, expandTwoDigitYear(Number(s[2])), s[3], true, ctx);
  return FY_SINGLE_YEAR.test(text) ? reject("which financial year? write it as 2010/11") : null;
}
