/**
 * Writes UTF-8 straight into byte chunks. Sheet XML is almost all ASCII markup and numbers; building it as
 * one long JS string and encoding that costs more than making it (the string is a rope of thousands of
 * small pieces that must be flattened first, then copied again by the encoder, and the garbage collector
 * pays for every piece). Writing the bytes as they are made avoids all three.
 */

const encoder = new TextEncoder();

/** Bytes of an ASCII (or any) string, for markup written many times. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;

  /** `chunkBytes`: about how large each chunk is (a chunk ends at the first `take()` after it is full). */
  constructor(private readonly chunkBytes = 1 << 20) {
    this.buf = new Uint8Array(chunkBytes + 4096);
  }

  get length(): number {
    return this.pos;
  }

  /** True when the current chunk has reached its size: time to take() it. */
  get full(): boolean {
    return this.pos >= this.chunkBytes;
  }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    // A loop beats set() for the short pieces of markup this is mostly called with.
    if (b.length < 32) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < b.length; i++) buf[p++] = b[i];
      this.pos = p;
    } else {
      this.buf.set(b, this.pos);
      this.pos += b.length;
    }
  }

  /** A non-negative integer in decimal; anything else as JavaScript writes it. */
  number(n: number): void {
    if (!(n >= 0 && n <= 0xffffffff && Number.isInteger(n))) {
      this.text(String(n));
      return;
    }
    this.room(10);
    const buf = this.buf;
    if (n < 10) {
      buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    for (let m = n; m > 0; m = Math.floor(m / 10)) buf[--p] = 48 + (m % 10);
  }

  /** Text as UTF-8 (not escaped: escape XML first). */
  text(s: string): void {
    const n = s.length;
    this.room(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const code = s.charCodeAt(i);
      if (code >= 0x80) {
        this.pos = p;
        this.bytes(encoder.encode(s.slice(i)));
        return;
      }
      buf[p++] = code;
    }
    this.pos = p;
  }

  /** The bytes written since the last take(), as a chunk of their own. */
  take(): Uint8Array {
    // The chunk keeps this buffer (it is handed on, not copied); writing goes on in a new one.
    const chunk = this.buf.subarray(0, this.pos);
    this.buf = new Uint8Array(this.chunkBytes + 4096);
    this.pos = 0;
    return chunk;
  }
}
