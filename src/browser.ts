/** The browser build's entry: the core plus the byte-level file readers (no fs). */
export * from "./model";
export { readXlsxBuffer } from "./workbook/readBuffer";
export { readCsvText } from "./workbook/csv";
