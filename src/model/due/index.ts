/** Due-date reading: the public API of src/model/due. */
export type { Due, DueKind, DueOptions, QuarterRule, YearPairRule } from "./types";
export { parseDue, dueFromCell } from "./parseDue";
export { createDueParser, DUE_CACHE_LIMIT } from "./createDueParser";
export { normalizeDueText } from "./normalize";
