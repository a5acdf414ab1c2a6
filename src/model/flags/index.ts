export type { Flags, FlagOptions, Rag } from "./types";
export { computeFlags, daysBetween, isoDayNumber, DEFAULT_AMBER_DAYS } from "./computeFlags";
export { completion, type Completion } from "./completion";
export { FLAG_COLUMN_TITLES, findFlagColumns } from "./flagColumns";
