/**
 * Keeping each round trip small. Excel on the web refuses a request or a response of more than 5 MB
 * (RichApi.Error), and Microsoft advises reading and writing large ranges in blocks on every platform, so
 * every write is queued through a SyncBatch, which syncs before the queued operations' estimated size would
 * pass SYNC_BYTES, and suspends calculation for each batch it sends. The estimate is the JSON office.js sends:
 * the cells' own JSON, plus, for an array of more than 1,500 cells, ~660 bytes per 1,500 (office.js sends it
 * as row chunks, each with its own object paths), plus each operation's wrapping (object path, action).
 */

/** What one sync may carry, estimated: under the 5 MB limit with room for the estimate's error. */
export const SYNC_BYTES = 3_500_000;
/** An operation's own wrapping in the request (object path, property or method name): ~260 bytes measured. */
export const OP_BYTES = 300;
/** office.js's chunking of a large array, per cell (660 bytes per 1,500 cells, rounded up). */
export const BULK_BYTES_PER_CELL = 0.5;

// Characters JSON writes as more than one byte: escapes, controls, anything outside ASCII.
const NOT_PLAIN = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/;

function stringBytes(s: string): number {
  if (!NOT_PLAIN.test(s)) return s.length + 2;
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else n += 3; // a surrogate pair counts 3 + 3 here, 4 in UTF-8: an over-estimate, on the safe side
  }
  return n;
}

/** The size in bytes of `v` written as UTF-8 JSON (exact for cell arrays; objects by their keys and values). */
export function jsonBytes(v: unknown): number {
  if (typeof v === "string") return stringBytes(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v).length : 4;
  if (typeof v === "boolean") return v ? 4 : 5;
  if (v === null || v === undefined) return 4;
  if (Array.isArray(v)) {
    let n = 2 + Math.max(0, v.length - 1);
    for (const item of v) n += jsonBytes(item);
    return n;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  let n = 2 + Math.max(0, entries.length - 1);
  for (const [key, value] of entries) n += stringBytes(key) + 1 + jsonBytes(value);
  return n;
}

/** Writes queued in syncs of at most `budget` estimated bytes each, with calculation suspended for each. */
export class SyncBatch {
  private queued = 0;
  private pending = false;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = SYNC_BYTES,
  ) {}

  /** Queues `op` (about `bytes` bytes of payload), first sending what is queued if both would not fit. */
  async add(bytes: number, op: () => void): Promise<void> {
    const size = bytes + OP_BYTES;
    if (this.pending && this.queued + size > this.budget) await this.flush();
    if (!this.pending) {
      // Until the next sync only: each batch of writes asks for it again.
      this.context.application.suspendApiCalculationUntilNextSync();
      this.pending = true;
    }
    op();
    this.queued += size;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (!this.pending) return;
    this.pending = false;
    this.queued = 0;
    await this.context.sync();
  }
}

/** A block of consecutive rows and its estimated size. */
export interface RowBlock<T> {
  /** Index of the block's first row. */
  start: number;
  rows: T[][];
  bytes: number;
}

/**
 * Rows 0…count-1 (made one at a time by `row`) in blocks of at most `maxBytes` estimated bytes (their JSON
 * and office.js's chunking) and `maxRows` rows, so that no single range write is huge and only one block is
 * held at a time.
 */
export function* rowBlocks<T>(count: number, row: (i: number) => T[], maxBytes = SYNC_BYTES / 4, maxRows = 20_000): Generator<RowBlock<T>> {
  let block: RowBlock<T> = { start: 0, rows: [], bytes: 2 };
  for (let i = 0; i < count; i++) {
    const values = row(i);
    const bytes = jsonBytes(values) + 1 + values.length * BULK_BYTES_PER_CELL;
    if (block.rows.length > 0 && (block.bytes + bytes > maxBytes || block.rows.length >= maxRows)) {
      yield block;
      block = { start: i, rows: [], bytes: 2 };
    }
    block.rows.push(values);
    block.bytes += bytes;
  }
  if (block.rows.length > 0) yield block;
}
