/**
 * Writes an output file so that it is either the old file or the complete new one, never half-written:
 * the bytes go to a temporary file in the same directory (same file system, so the rename is atomic),
 * are flushed to disk, and the temporary file is renamed over the target. On any failure the temporary
 * file is removed. Inputs are never opened; an output that is one of the inputs is refused.
 */
import { randomBytes } from "node:crypto";
import { realpathSync, statSync, type Stats } from "node:fs";
import { open, rename, unlink, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** Where a path really leads: its realpath when it exists, else its directory's realpath plus its name. */
function realLocation(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * True when `a` and `b` are the same file: the same inode (hard links, symlinks), the same real path, or —
 * for case-insensitive file systems — the same real directory and name ignoring case.
 */
export function sameFile(a: string, b: string): boolean {
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  if (sa && sb && sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  const ra = realLocation(a);
  const rb = realLocation(b);
  return ra === rb || ra.toLowerCase() === rb.toLowerCase();
}

/** Throws when `outPath` is one of `inputs`, naming both. */
export function refuseInputAsOutput(outPath: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    if (sameFile(outPath, input)) {
      throw new Error(`Refusing to write ${outPath}: it is the input file ${input}. Choose another output path; inputs are never overwritten.`);
    }
  }
}

export async function writeOutputAtomically(outPath: string, bytes: Uint8Array | string, inputs: readonly string[]): Promise<void> {
  refuseInputAsOutput(outPath, inputs);
  const target = resolve(outPath);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  // Keep the permissions of a file being replaced.
  const mode = await stat(target).then(
    (s) => (s.isFile() ? s.mode & 0o777 : 0o666),
    () => 0o666,
  );
  let created = false;
  try {
    const handle = await open(temp, "wx", mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    created = false;
  } catch (e) {
    if (created) await unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncDirectory(dirname(target));
}

/** Flushes the directory entry of the rename (best effort: not every platform can open a directory). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; the rename itself is still atomic.
  }
}
