import type { Grid } from "../model/grid";

export type FileErrorCode =
  | "not-found"
  | "unreadable"
  | "empty-file"
  | "legacy-xls"
  | "opendocument"
  | "xlsb"
  | "encrypted"
  | "corrupt"
  | "no-sheets"
  | "unsupported-format"
  | "timeout"
  | "too-large";

/** A file-level failure. `message` names the file (its base name) and says what the user can do. */
export interface FileError {
  code: FileErrorCode;
  message: string;
}

export interface Book {
  /** The path given to readWorkbook, or the name given to the buffer readers. */
  file: string;
  format: "xlsx" | "csv";
  /** Worksheets in workbook order (chart sheets left out); never empty. */
  sheets: Grid[];
  /** Things the user may want to know that did not stop the read (e.g. the text encoding used). */
  warnings: string[];
}

export type ReadResult = { ok: true; book: Book } | { ok: false; error: FileError };

export interface ReadOptions {
  /** Give up after this long with error code "timeout". Default 20 000 ms. */
  timeoutMs?: number;
  /** Refuse files bigger than this with "too-large". Default 200 MiB. */
  maxFileBytes?: number;
  /** Called with the file's bytes as read, e.g. to record their SHA-256 without reading the file twice. */
  onBytes?: (data: Uint8Array) => void;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;
