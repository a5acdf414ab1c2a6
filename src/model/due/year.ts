import { isPlausibleYear } from "./calendar";
import { yearPeriod, type RuleResult } from "./period";

/** A bare year ("2010", "end of 2010"): read as due by 31 December of that year. */

const BARE_YEAR = /^(\d{4})$/;

export function bareYear(text: string): RuleResult {
  const m = BARE_YEAR.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  return isPlausibleYear(year) ? yearPeriod(year) : null;
}
