/** The combined-workbook API without the file system, for the task pane's browser bundle. */
export { buildCombinedWorkbook } from "./buildWorkbook";
export { combinedWorkbookBytes, type BytesOptions } from "./bytes";
export { combinedCsv } from "./csv";
