/**
 * Zip access for the workbook reader: a quick scan of the central directory (to spot truncated files and
 * duplicate entries before JSZip hides them), then JSZip for decompression, with size and time limits.
 * Works from bytes only (no fs), so the add-in can use it in the browser.
 */
import JSZip from "jszip";
import { ReadFailure } from "./errors";

/** Largest uncompressed part we will decode into a string (V8 strings top out near 512M characters). */
export const MAX_PART_BYTES = 400 * 1024 * 1024;

export class Deadline {
  readonly at: number;
  constructor(ms: number) {
    this.at = Date.now() + ms;
  }
  passed(): boolean {
    return Date.now() > this.at;
  }
  check(): void {
    if (this.passed()) throw new ReadFailure("timeout");
  }
}

export interface CentralEntry {
  name: string;
  uncompressedSize: number;
  crc32: number;
  /** 0 stored, 8 deflated; other methods are left to JSZip. */
  method: number;
  compressedSize: number;
  /** Where the entry's local header starts in the data (already corrected for prepended bytes). */
  localOffset: number;
}

/** Raw-deflate decompression provided by the platform (Node's zlib); browsers leave it unset. */
export type InflateRaw = (compressed: Uint8Array, expectedSize: number) => Uint8Array;
let nativeInflate: InflateRaw | undefined;
let nativeCrc: ((bytes: Uint8Array) => number) | undefined;

/**
 * Lets a platform with a native inflater decompress parts directly, several times faster than JSZip's
 * JavaScript one. Anything the fast path cannot handle, or finds damaged, is left to JSZip as before, so
 * errors are reported the same way.
 */
export function useNativeInflate(inflate: InflateRaw | undefined, crc?: (bytes: Uint8Array) => number): void {
  nativeInflate = inflate;
  nativeCrc = crc;
}

let CRC_TABLE: Int32Array | undefined;
function crcTable(): Int32Array {
  if (!CRC_TABLE) {
    CRC_TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c;
    }
  }
  return CRC_TABLE;
}

/** Continues a CRC-32 (as stored in zip headers) over more bytes; start with crc = 0. */
export function crc32(crc: number, bytes: Uint8Array): number {
  const t = crcTable();
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export function isZip(data: Uint8Array): boolean {
  return (
    data.length >= 4 &&
    data[0] === 0x50 &&
    data[1] === 0x4b &&
    ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6) || (data[2] === 7 && data[3] === 8))
  );
}

/** A library message as a clause: without "Corrupted zip:" and the final full stop. */
function tidy(msg: string): string {
  return msg.replace(/^Corrupted zip\s*(or bug)?\s*:?\s*/i, "").replace(/\.\s*$/, "").trim() || "unknown zip error";
}

const TRUNCATED = "the file is incomplete: it seems to have been cut short, for example by an interrupted download or copy";

/**
 * Lists the central directory. Throws ReadFailure("corrupt") when there is no end-of-central-directory
 * record (a truncated file). Returns undefined when the directory is present but cannot be walked here;
 * JSZip then gets the final say.
 */
export function scanCentralDirectory(data: Uint8Array): CentralEntry[] | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const len = data.length;
  let eocd = -1;
  for (let i = len - 22; i >= 0 && i >= len - 22 - 0xffff; i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 5 && data[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadFailure("corrupt", TRUNCATED);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || view.getUint32(loc, true) !== 0x07064b50) return undefined;
    const z64 = Number(view.getBigUint64(loc + 8, true));
    if (z64 + 56 > len || view.getUint32(z64, true) !== 0x06064b50) return undefined;
    count = Number(view.getBigUint64(z64 + 32, true));
    cdSize = Number(view.getBigUint64(z64 + 40, true));
    cdOffset = Number(view.getBigUint64(z64 + 48, true));
  }
  // Data prepended to the zip shifts every offset; the directory then ends right before the EOCD.
  const starts = [cdOffset];
  if (eocd - cdSize !== cdOffset && eocd - cdSize >= 0) starts.push(eocd - cdSize);
  const utf8 = new TextDecoder("utf-8");
  for (const start of starts) {
    const out: CentralEntry[] = [];
    let off = start;
    let ok = true;
    for (let n = 0; n < count; n++) {
      if (off + 46 > len || view.getUint32(off, true) !== 0x02014b50) {
        ok = false;
        break;
      }
      const method = view.getUint16(off + 10, true);
      const crc = view.getUint32(off + 16, true);
      const compressedSize = view.getUint32(off + 20, true);
      let size = view.getUint32(off + 24, true);
      const localOffset = view.getUint32(off + 42, true) + (start - cdOffset);
      const nameLen = view.getUint16(off + 28, true);
      const extraLen = view.getUint16(off + 30, true);
      const commentLen = view.getUint16(off + 32, true);
      if (off + 46 + nameLen > len) {
        ok = false;
        break;
      }
      const name = utf8.decode(data.subarray(off + 46, off + 46 + nameLen));
      if (size === 0xffffffff) {
        // zip64 extended information extra field (id 1): uncompressed size comes first.
        let e = off + 46 + nameLen;
        const eEnd = e + extraLen;
        while (e + 4 <= eEnd && e + 4 <= len) {
          const id = view.getUint16(e, true);
          const sz = view.getUint16(e + 2, true);
          if (id === 1 && e + 12 <= len) {
            size = Number(view.getBigUint64(e + 4, true));
            break;
          }
          e += 4 + sz;
        }
      }
      out.push({ name, uncompressedSize: size, crc32: crc, method, compressedSize, localOffset });
      off += 46 + nameLen + extraLen + commentLen;
    }
    if (ok) return out;
  }
  return undefined;
}

/** Part names are case-insensitive in OPC; some tools also write backslashes or a leading slash. */
export function normalisePartName(name: string): string {
  let n = name.replace(/\\/g, "/");
  while (n.startsWith("/")) n = n.slice(1);
  return n.toLowerCase();
}

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (e: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}
interface StreamableEntry {
  internalStream(type: "uint8array"): StreamHelper;
}

export class ZipPackage {
  private readonly byName = new Map<string, JSZip.JSZipObject>();
  /** CRC-32 of each part from the central directory, to catch damage that still decompresses. */
  private readonly crcs = new Map<string, number>();
  private readonly central = new Map<string, CentralEntry>();
  /** Normalised names of all non-directory entries. */
  readonly names: string[] = [];

  private constructor(
    zip: JSZip,
    private readonly deadline: Deadline,
    entries: CentralEntry[] | undefined,
    private readonly data: Uint8Array,
  ) {
    for (const e of entries ?? []) {
      this.crcs.set(normalisePartName(e.name), e.crc32);
      this.central.set(normalisePartName(e.name), e);
    }
    for (const [name, obj] of Object.entries(zip.files)) {
      if (obj.dir) continue;
      const n = normalisePartName(name);
      if (!this.byName.has(n)) {
        this.byName.set(n, obj);
        this.names.push(n);
      }
    }
  }

  static async open(data: Uint8Array, deadline: Deadline): Promise<ZipPackage> {
    const entries = scanCentralDirectory(data);
    if (entries) {
      const seen = new Set<string>();
      for (const e of entries) {
        const n = normalisePartName(e.name);
        if (n.endsWith("/")) continue;
        if (seen.has(n)) {
          throw new ReadFailure("corrupt", `it holds two different copies of the part ${e.name}, so its content is ambiguous`);
        }
        seen.add(n);
      }
    }
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(data, { createFolders: false });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      if (/encrypted/i.test(msg)) throw new ReadFailure("unsupported-format", "its contents are protected by a zip password");
      if (/end of central directory/i.test(msg)) throw new ReadFailure("corrupt", TRUNCATED);
      throw new ReadFailure("corrupt", `the zip container is broken: ${tidy(msg)}`);
    }
    return new ZipPackage(zip, deadline, entries, data);
  }

  has(name: string): boolean {
    return this.byName.has(normalisePartName(name));
  }

  /** The part's text by the platform's inflater, or undefined to take the JSZip path. */
  private readNatively(key: string): string | undefined {
    const e = this.central.get(key);
    if (!nativeInflate || !e || (e.method !== 0 && e.method !== 8) || e.uncompressedSize > MAX_PART_BYTES) return undefined;
    const d = this.data;
    const at = e.localOffset;
    if (at < 0 || at + 30 > d.length || d[at] !== 0x50 || d[at + 1] !== 0x4b || d[at + 2] !== 3 || d[at + 3] !== 4) return undefined;
    const start = at + 30 + (d[at + 26] | (d[at + 27] << 8)) + (d[at + 28] | (d[at + 29] << 8));
    if (start + e.compressedSize > d.length) return undefined;
    const packed = d.subarray(start, start + e.compressedSize);
    let bytes: Uint8Array;
    try {
      bytes = e.method === 0 ? packed : nativeInflate(packed, e.uncompressedSize);
    } catch {
      return undefined;
    }
    if (bytes.length !== e.uncompressedSize || (nativeCrc ? nativeCrc(bytes) : crc32(0, bytes)) !== e.crc32) return undefined;
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    return new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8").decode(bytes);
  }

  /** Decompresses a part and decodes it as text (UTF-8, or UTF-16 when it starts with a UTF-16 BOM). */
  async readText(name: string): Promise<string | undefined> {
    const key = normalisePartName(name);
    const entry = this.byName.get(key);
    if (!entry) return undefined;
    const expectedCrc = this.crcs.get(key);
    let crc = 0;
    const deadline = this.deadline;
    deadline.check();
    const fast = this.readNatively(key);
    if (fast !== undefined) return fast;
    const stream = (entry as unknown as StreamableEntry).internalStream("uint8array");
    return new Promise<string>((resolve, reject) => {
      let decoder: InstanceType<typeof TextDecoder> | undefined;
      const pieces: string[] = [];
      let total = 0;
      let done = false;
      const fail = (err: ReadFailure): void => {
        if (done) return;
        done = true;
        stream.pause();
        reject(err);
      };
      stream
        .on("data", (chunk: Uint8Array) => {
          if (done) return;
          if (deadline.passed()) return fail(new ReadFailure("timeout"));
          total += chunk.length;
          if (total > MAX_PART_BYTES) {
            return fail(new ReadFailure("too-large", `its part ${name} holds more than ${MAX_PART_BYTES / 1024 / 1024} MB of XML`));
          }
          if (!decoder) {
            const le = chunk[0] === 0xff && chunk[1] === 0xfe;
            const be = chunk[0] === 0xfe && chunk[1] === 0xff;
            decoder = new TextDecoder(le ? "utf-16le" : be ? "utf-16be" : "utf-8");
          }
          if (expectedCrc !== undefined) crc = crc32(crc, chunk);
          pieces.push(decoder.decode(chunk, { stream: true }));
        })
        .on("error", (e: Error) => {
          fail(new ReadFailure("corrupt", `its part ${name} cannot be decompressed: the data is damaged (${tidy(e.message)})`));
        })
        .on("end", () => {
          if (done) return;
          if (expectedCrc !== undefined && crc !== expectedCrc) {
            return fail(new ReadFailure("corrupt", `its part ${name} is damaged: its checksum does not match`));
          }
          done = true;
          if (decoder) pieces.push(decoder.decode());
          resolve(pieces.join(""));
        })
        .resume();
    });
  }
}
