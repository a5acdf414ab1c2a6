/**
 * Format detection by content and the byte-level entry point (no fs: usable in the browser add-in).
 */
import { classifyCfb, isCfb } from "./cfb";
import { decodeTextBytes, readCsvText } from "./csv";
import { ReadFailure, baseName, fileError } from "./errors";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, type Book, type ReadOptions, type ReadResult } from "./types";
import { readXlsxPackage } from "./xlsx";
import { XmlError } from "./xml";
import { Deadline, ZipPackage, isZip } from "./zip";

const TEXT_EXTENSIONS = new Set(["csv", "txt", "tsv"]);

function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

function startsWithAscii(data: Uint8Array, text: string, from = 0): boolean {
  if (data.length < from + text.length) return false;
  for (let i = 0; i < text.length; i++) if (data[from + i] !== text.charCodeAt(i)) return false;
  return true;
}

function looksBinary(data: Uint8Array): boolean {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return false; // UTF-16 text
  const n = Math.min(data.length, 8192);
  for (let i = 0; i < n; i++) if (data[i] === 0) return true;
  return false;
}

async function readZipBook(data: Uint8Array, name: string, deadline: Deadline): Promise<Book> {
  const zip = await ZipPackage.open(data, deadline);
  if (zip.has("mimetype")) {
    const mime = ((await zip.readText("mimetype")) ?? "").trim().toLowerCase();
    if (mime === "application/vnd.oasis.opendocument.spreadsheet" || mime === "application/vnd.oasis.opendocument.spreadsheet-template") {
      throw new ReadFailure("opendocument");
    }
    if (mime.startsWith("application/vnd.oasis.opendocument.")) throw new ReadFailure("unsupported-format", "it is an OpenDocument file, but not a spreadsheet");
  }
  if (zip.has("content.xml") && zip.has("meta-inf/manifest.xml") && !zip.has("xl/workbook.xml")) throw new ReadFailure("opendocument");
  if (zip.names.some((n) => n.endsWith("workbook.bin"))) throw new ReadFailure("xlsb");
  const content = await readXlsxPackage(zip, deadline);
  return { file: name, format: "xlsx", sheets: content.sheets, warnings: content.warnings };
}

function readTextBook(data: Uint8Array, name: string): Book {
  const head = decodeTextBytes(data.subarray(0, 4096)).text.replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<?xml") && head.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    throw new ReadFailure("unsupported-format", "it is an \"XML Spreadsheet 2003\" file: open it in Excel first");
  }
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && /<table[\s>]/.test(head))) {
    throw new ReadFailure("unsupported-format", "it is a web page (HTML) with a spreadsheet extension: open it in Excel first");
  }
  const ext = extensionOf(name);
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new ReadFailure("unsupported-format", `it is a plain text file${ext ? ` with the extension .${ext}` : ""}; if it holds comma- or semicolon-separated values, give it a .csv extension`);
  }
  const decoded = decodeTextBytes(data);
  const warnings: string[] = [];
  if (decoded.encoding !== "UTF-8") {
    const why = decoded.encoding.startsWith("UTF-16") ? "" : " because it is not valid UTF-8; if accented letters or symbols look wrong, save the file as \"CSV UTF-8\"";
    warnings.push(`${baseName(name)} was read as ${decoded.encoding} text${why}.`);
  }
  const grid = readCsvText(decoded.text, baseName(name));
  return { file: name, format: "csv", sheets: [grid], warnings };
}

/** Reads any supported file from its bytes; throws ReadFailure. */
export async function readBookBytes(data: Uint8Array, name: string, deadline: Deadline, maxBytes: number): Promise<Book> {
  if (data.length === 0) throw new ReadFailure("empty-file");
  if (data.length > maxBytes) throw new ReadFailure("too-large", `${Math.round(data.length / 1024 / 1024)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (isCfb(data)) {
    const kind = classifyCfb(data);
    if (kind === "encrypted") throw new ReadFailure("encrypted");
    if (kind === "xls") throw new ReadFailure("legacy-xls");
    throw new ReadFailure("unsupported-format", "it is an older Microsoft Office document, but not an Excel workbook");
  }
  if (isZip(data)) return readZipBook(data, name, deadline);
  if (startsWithAscii(data, "%PDF")) throw new ReadFailure("unsupported-format", "it is a PDF document");
  if (looksBinary(data)) throw new ReadFailure("unsupported-format", "it is neither a spreadsheet nor a text file");
  return readTextBook(data, name);
}

/** Maps anything thrown while reading to a FileError for this file. */
export function toErrorResult(e: unknown, name: string): ReadResult {
  if (e instanceof ReadFailure) return { ok: false, error: fileError(e.code, name, e.detail) };
  if (e instanceof XmlError) return { ok: false, error: fileError("corrupt", name, `it is not well-formed XML: ${e.message}`) };
  if (e instanceof RangeError) return { ok: false, error: fileError("too-large", name, "it does not fit in memory") };
  const msg = e instanceof Error ? e.message : String(e);
  return { ok: false, error: fileError("unreadable", name, `unexpected problem: ${msg}`) };
}

/** Races a read against the time limit; the read also checks the deadline itself between steps. */
export async function withTimeout(work: (deadline: Deadline) => Promise<Book>, name: string, timeoutMs: number): Promise<ReadResult> {
  const deadline = new Deadline(timeoutMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ReadResult>((resolve) => {
    // Not unref'd on purpose: if a read stalled with nothing else pending, an unref'd timer would let the
    // process exit silently instead of reporting the timeout. It is cleared as soon as the read settles.
    timer = setTimeout(() => resolve(toErrorResult(new ReadFailure("timeout", `limit ${Math.round(timeoutMs / 1000)} s`), name)), timeoutMs);
  });
  const read = work(deadline).then(
    (book): ReadResult => ({ ok: true, book }),
    (e: unknown): ReadResult => {
      if (e instanceof ReadFailure && e.code === "timeout" && !e.detail) return toErrorResult(new ReadFailure("timeout", `limit ${Math.round(timeoutMs / 1000)} s`), name);
      return toErrorResult(e, name);
    },
  );
  try {
    return await Promise.race([read, timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * Reads a workbook or CSV file from bytes (as picked in the browser): the format is detected from the
 * content; `name` is used for messages, the CSV sheet name and to accept text as CSV (.csv, .txt, .tsv).
 * Never throws.
 */
export async function readXlsxBuffer(data: Buffer | Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  return withTimeout((deadline) => readBookBytes(bytes, name, deadline, maxBytes), name, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}
