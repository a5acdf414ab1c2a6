export type { Flags, FlagOptions, Rag } from "./types";
export { computeFlags, daysBetween, isoDayNumber } from "./computeFlags";
export { completion, type Completion } from "./completion";
export { readCompleted, rowCompletion, type CompletedReading, type RowCompletion } from "./rowCompletion";
export { FLAG_COLUMN_TITLES, FLAGS_SPILL_TITLES, findFlagColumns, isFlagsSpill } from "./flagColumns";
