/**
 * The combined workbook: the combined view of many district plans written as one .xlsx (Combined, Summary
 * with a completion chart, Issues, Changes, About) or as CSV. `writeCombinedXlsx` and
 * `writeOutputAtomically` use the file system; the browser should import from ./browser, which does not.
 */
export { buildCombinedWorkbook } from "./buildWorkbook";
export { combinedWorkbookBytes, type BytesOptions } from "./bytes";
export { combinedCsv } from "./csv";
export { writeCombinedXlsx } from "./writeXlsx";
export { writeOutputAtomically, sameFile } from "./atomicWrite";
export { STANDARD_HEADERS } from "./columns";
export { AS_OF_NAME, AMBER_DAYS_NAME } from "./formulas";
