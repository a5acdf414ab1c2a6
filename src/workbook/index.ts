/**
 * The file reader: .xlsx / .xlsm / .csv into the model's Grid, and a clear file-level error for everything
 * else. `readWorkbook` (./readWorkbook) reads from disk; the browser add-in should import from ./readBuffer
 * and ./csv, which never touch the file system.
 */
export type { Book, FileError, FileErrorCode, ReadOptions, ReadResult } from "./types";
export { readCsvText } from "./csv";
export { readXlsxBuffer } from "./readBuffer";
export { readWorkbook } from "./readWorkbook";
