/**
 * The analysis engine as the pane uses it: reading a sheet as a plan (templates, due dates, status words,
 * flags), combining district workbooks, and the flag columns worked out from a sheet's report. With
 * chrono-node, it is most of the pane's JavaScript — and the custom functions' bundle (functions.js) carries
 * its own copy of the model on the same page in Excel. So it is a chunk of its own (chunks/analysis…),
 * never imported by start-up code: the pane draws without it, and loadEngine fetches it once, right after
 * the first paint (see loadEngine.ts). test/taskpane/bundleSize.test.ts fails if it becomes start-up code.
 *
 * Only loadEngine.ts may import this module (and then only with import()); everything else reaches it
 * through loadEngine or useEngine.
 */
export { analyseSheet, BUILTIN_TEMPLATES } from "../../model";
export { analyseOptions, analyseSheets } from "./analysis";
export { combineFiles } from "./combine/combineFiles";
export { flagColumnRequests } from "./flags/flagRequests";
