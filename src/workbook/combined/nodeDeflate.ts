/**
 * Raw deflate with Node's zlib, for the zip writer. Unlike CompressionStream (whose zlib hands back 16 KB at a
 * time, each step needing the main thread), a large chunkSize lets zlib compress a whole chunk in the thread
 * pool while the next chunk of rows is being made.
 */
import * as zlib from "node:zlib";
import { createDeflateRaw } from "node:zlib";

// zlib.crc32 arrived in Node 20.15; older Nodes use the zip writer's own.
const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
import type { RawDeflate } from "./zip";

export function nodeDeflate(): RawDeflate {
  // Level 3: most of level 6's size for much less time (the output is rewritten monthly, not archived).
  const z = createDeflateRaw({ level: 3, chunkSize: 1 << 20 });
  const packed: Uint8Array[] = [];
  let failure: Error | null = null;
  z.on("data", (chunk: Buffer) => packed.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  const done = new Promise<void>((resolve, reject) => {
    z.on("end", resolve);
    z.on("error", (e) => {
      failure = e;
      reject(e);
    });
  });
  done.catch(() => undefined);
  return {
    write: (chunk) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        z.write(chunk, (e) => (e ? reject(e) : resolve()));
      }),
    end: async () => {
      z.end();
      await done;
      return packed;
    },
    abort: () => void z.destroy(),
    ...(nativeCrc ? { crc: (chunk: Uint8Array, crc: number) => nativeCrc(chunk, crc) } : {}),
  };
}

