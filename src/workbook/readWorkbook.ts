/** Reading a plan file from disk (the CLI's entry point). The bytes go to readBuffer, which has no fs use. */
import { promises as fs } from "fs";
import * as zlib from "zlib";
import { ReadFailure } from "./errors";
import { readBookBytes, withTimeout } from "./readBuffer";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_TIMEOUT_MS, type ReadOptions, type ReadResult } from "./types";
import { useNativeInflate } from "./zip";

// In Node, parts are inflated by zlib (native) rather than JSZip's JavaScript inflater.
const zlibCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
useNativeInflate((packed, size) => zlib.inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) }), zlibCrc);

export type { Book, FileError, FileErrorCode, ReadOptions, ReadResult } from "./types";
export { readCsvText } from "./csv";
export { readXlsxBuffer } from "./readBuffer";

function fsFailure(e: unknown): ReadFailure {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new ReadFailure("not-found");
    case "EISDIR":
      return new ReadFailure("unreadable", "it is a folder, not a file");
    case "EACCES":
    case "EPERM":
      return new ReadFailure("unreadable", "permission denied: check that you have access to it");
    case "EBUSY":
      return new ReadFailure("unreadable", "another program has it locked: close it there and try again");
    default:
      return new ReadFailure("unreadable", e instanceof Error ? e.message : String(e));
  }
}

/**
 * Reads a workbook (.xlsx, .xlsm) or CSV file. The file is only ever opened for reading. Never throws and
 * never hangs: failures, including exceeding `timeoutMs` (default 20 s, counting the disk read, which can
 * stall on a network drive), come back as `{ ok: false }`.
 */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  return withTimeout(
    async (deadline) => {
      let data: Buffer;
      try {
        const st = await fs.stat(path);
        if (st.isDirectory()) throw new ReadFailure("unreadable", "it is a folder, not a file");
        if (st.size === 0) throw new ReadFailure("empty-file");
        if (st.size > maxBytes) {
          throw new ReadFailure("too-large", `${Math.round(st.size / 1024 / 1024)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB`);
        }
        data = await fs.readFile(path, { flag: "r" });
      } catch (e) {
        throw e instanceof ReadFailure ? e : fsFailure(e);
      }
      options.onBytes?.(data);
      return readBookBytes(data, path, deadline, maxBytes);
    },
    path,
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
}
