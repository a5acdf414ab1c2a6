/**
 * Reads a workbook the officer picked (or dropped, or a bundled sample) into the model's ReadSource, with
 * src/workbook's browser-safe reader. The reader (JSZip and the OOXML parser) is a separate chunk, loaded
 * the first time a file is opened, so it does not weigh on the pane's start-up.
 */
import type { ReadSource } from "../../model";

/** What the pane needs of a File: its name and bytes (a DOM File, or a Blob with a name). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** SHA-256 of the bytes as hex, recorded on the combined workbook's About sheet ("" where the browser has no Web Crypto). */
async function sha256(bytes: ArrayBuffer): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return "";
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const b of digest) hex += HEX[b];
  return hex;
}

export async function readPickedFile(file: PickedFile): Promise<ReadSource> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer);
  const [{ readXlsxBuffer }, hash] = await Promise.all([import(/* webpackChunkName: "reader" */ "../../workbook/readBuffer"), sha256(buffer)]);
  const read = await readXlsxBuffer(bytes, file.name);
  const about = { name: file.name, bytes: bytes.byteLength, sha256: hash };
  return read.ok ? { ...about, sheets: read.book.sheets, warnings: read.book.warnings } : { ...about, error: read.error };
}
