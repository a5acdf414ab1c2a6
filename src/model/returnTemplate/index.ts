/**
 * The district return workbook, as data: which sheets, columns, lists, messages and widths. The .xlsx bytes
 * are made in src/workbook/returnWorkbook.
 */
export type * from "./types";
export { returnWorkbookDefinition, INSTRUCTIONS_SHEET, PLAN_SHEET, RETURN_MARKER, RETURN_DATES } from "./returnWorkbook";
export { COLUMN_GUIDE } from "./columnGuide";
export { isReturnInstructions } from "./instructionsSheet";
