import { endOfMonth, isPlausibleYear, monthShort, toIso } from "./calendar";
import { NO_YEAR } from "./dayDate";
import { consecutiveYearStart, financialYearName } from "./financialYear";
import { reject, type ParseContext, type Period, type RuleResult } from "./period";

/**
 * Quarters: "Q2 2010", "Qtr 2 2010", "Quarter 2 2010/11", "2010 Q2".
 * Councils number quarters differently, so a bare year follows options.quarters and the reading says
 * which rule was used; a financial year written with the quarter ("Q2 2010/11") is always financial.
 */

const QUARTER = "(?:q|qtr|quarter) ?(\\d)";
const YEAR_SPEC = "(?:(fy|f/y|financial year) ?)?(\\d{4})(?: ?[/-] ?(\\d{2}|\\d{4}))?";
const QUARTER_FIRST = new RegExp(`^${QUARTER}[ -](?:of )?${YEAR_SPEC}$`);
const YEAR_FIRST = new RegExp(`^${YEAR_SPEC}[ -]?${QUARTER}$`);
const QUARTER_ONLY = new RegExp(`^${QUARTER}$`);

interface QuarterSpec {
  quarter: number;
  year: number;
  /** Second year of a written financial year ("10" of "2009/10"), if any. */
  pairedWith?: string;
  fyWords: boolean;
}

/** Builds the period of quarter `q` counted from `firstMonth` of `year` (Jan for calendar, Apr for financial). */
function quarterPeriod(q: number, year: number, firstMonth: number, label: string, rule: string): Period {
  const offset = firstMonth - 1 + (q - 1) * 3;
  const y = year + Math.floor(offset / 12);
  const from = (offset % 12) + 1;
  const months = `${monthShort(from)}–${monthShort(from + 2)} ${y}`;
  return {
    unit: "quarter",
    start: toIso(y, from, 1),
    end: endOfMonth(y, from + 2),
    label,
    reading: `${label} read as a ${rule} quarter (${months})`,
  };
}

function fromSpec(spec: QuarterSpec, ctx: ParseContext): RuleResult {
  const { quarter: q, year, pairedWith } = spec;
  if (q < 1 || q > 4) return reject(`there is no quarter ${q}`);
  if (!isPlausibleYear(year)) return reject("year out of range");
  if (pairedWith !== undefined) {
    const start = consecutiveYearStart(year, pairedWith);
    if (start === undefined) return reject("a financial year spans two consecutive years");
    return quarterPeriod(q, start, 4, `Q${q} ${financialYearName(start)}`, "financial");
  }
  if (spec.fyWords) return reject("which financial year? write it as 2010/11");
  return ctx.quarters === "financial"
    ? quarterPeriod(q, year, 4, `Q${q} ${year}`, "financial")
    : quarterPeriod(q, year, 1, `Q${q} ${year}`, "calendar");
}

export function quarter(text: string, ctx: ParseContext): RuleResult {
  let m = QUARTER_FIRST.exec(text);
  if (m) return fromSpec({ quarter: Number(m[1]), year: Number(m[3]), pairedWith: m[4], fyWords: m[2] !== undefined }, ctx);
  m = YEAR_FIRST.exec(text);
  if (m) return fromSpec({ quarter: Number(m[4]), year: Number(m[2]), pairedWith: m[3], fyWords: m[1] !== undefined }, ctx);
  return QUARTER_ONLY.test(text) ? reject(NO_YEAR) : null;
}
