import { chronoDay } from "./chronoDay";
import { dateTime } from "./dateTime";
import { numericDay, wordDay } from "./dayDate";
import { financialYear } from "./financialYear";
import { monthYear } from "./monthYear";
import type { ParseContext, RuleResult } from "./period";
import { quarter } from "./quarter";
import { bareYear } from "./year";

/**
 * Reads normalised text that should name exactly one period. Each rule is anchored to the whole
 * text; the first that recognises the shape decides (a Rejection is final, so chrono never gets a
 * second go at "31 February 2010"). dateTime takes the day out of a date with a time; chrono comes last: it is the slowest and the least strict.
 */

type Rule = (text: string, ctx: ParseContext) => RuleResult;

const RULES: readonly Rule[] = [financialYear, quarter, numericDay, wordDay, monthYear, bareYear, dateTime];

export function parsePeriod(text: string, ctx: ParseContext): RuleResult {
  for (const rule of RULES) {
    const result = rule(text, ctx);
    if (result !== null) return result;
  }
  return chronoDay(text, ctx);
}
