/**
 * The pure core's public API: what the CLI, the custom functions and the task pane call, so that all
 * three give the same answers.
 */
export * from "./grid";
export { a1, columnLetters, parseA1 } from "./a1";
export { serialToIso, isoToSerial } from "./excelDate";
export { todayInUk } from "./todayInUk";
export * from "./due";
export * from "./status";
export * from "./flags";
export * from "./settings/flagSettings";
export * from "./templates";
export type { Finding, FindingCode, Severity } from "./findings";
export { analyseSheet, createParsers, type Parsers } from "./analyse/analyseSheet";
export { analyseBook } from "./analyse/analyseBook";
export type * from "./analyse/types";
export { summariseRun, fileHasErrors, yieldsPlan } from "./report/summariseRun";
export { runToJson, cellsOf } from "./report/toJson";
export type * from "./report/types";
export * from "./combine";
