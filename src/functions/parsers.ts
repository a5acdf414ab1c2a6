import { createParsers, type Parsers } from "../model/analyse/analyseSheet";
import type { QuarterRule } from "../model/due/types";
import type { DateSystem } from "../model/grid";

/**
 * The model's caching due and status readers (the CLI's createParsers), one set per quarters rule and date
 * system, kept for the life of the add-in: a plan repeats "Ongoing" and "By end of June 2010" hundreds of
 * times, and every recalculation sees them again, so each distinct value is read once.
 */

const sets: Record<QuarterRule, Partial<Record<DateSystem, Parsers>>> = { calendar: {}, financial: {} };

export function parsersFor(quarters: QuarterRule, dateSystem: DateSystem): Parsers {
  return (sets[quarters][dateSystem] ??= createParsers({ quarters }, dateSystem));
}
