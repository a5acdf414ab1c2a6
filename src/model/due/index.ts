/** Due-date reading: the public API of src/model/due. */
export type { DayOrder, DayOrderOptions, Due, DueKind, DueOptions, QuarterRule, YearPairRule } from "./types";
export { parseDue, dueFromCell } from "./parseDue";
export { createDueParser, createDueParsers, DUE_CACHE_LIMIT } from "./createDueParser";
export { inferDayOrder, dayOrderOptions, type DayOrderEvidence } from "./dayOrder";
export { normalizeDueText } from "./normalize";
