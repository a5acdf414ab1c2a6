/**
 * The district return workbook, as data: which sheets, columns, lists, messages and widths. The .xlsx bytes
 * are made in src/workbook/returnWorkbook.
 */
export type * from "./types";
export { returnWorkbookDefinition, RETURN_DATES } from "./returnWorkbook";
export { INSTRUCTIONS_SHEET, PLAN_SHEET, RETURN_MARKER, returnFileName } from "./sheets";
export { COLUMN_GUIDE } from "./columnGuide";
export { isReturnInstructions } from "./instructionsSheet";
