/**
 * Just enough of the OLE Compound File Binary format (MS-CFB) to list the stream names in a file:
 * that tells a legacy .xls (a "Workbook" or "Book" stream) from a password-protected .xlsx (an OOXML
 * package encrypted into "EncryptionInfo" + "EncryptedPackage" streams).
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECT = 0xffffffff;

export function isCfb(data: Uint8Array): boolean {
  if (data.length < 8) return false;
  for (let i = 0; i < 8; i++) if (data[i] !== CFB_SIGNATURE[i]) return false;
  return true;
}

/** Names of the directory entries (streams and storages), or undefined when the structure is unreadable. */
export function cfbEntryNames(data: Uint8Array): string[] | undefined {
  if (!isCfb(data) || data.length < 512) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((data.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (n: number): number => (n + 1) * sectorSize;
  const readU32 = (off: number): number | undefined => (off + 4 <= data.length ? view.getUint32(off, true) : undefined);

  // FAT sector ids: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = readU32(0x4c + i * 4);
    if (s === undefined || s === FREE_SECT || s === END_OF_CHAIN) break;
    fatSectors.push(s);
  }
  let difat = readU32(0x44) ?? END_OF_CHAIN;
  const perSector = sectorSize / 4;
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE_SECT && guard < sectorCount; guard++) {
    const base = sectorOffset(difat);
    for (let i = 0; i < perSector - 1; i++) {
      const s = readU32(base + i * 4);
      if (s === undefined) return undefined;
      if (s !== FREE_SECT && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = readU32(base + (perSector - 1) * 4) ?? END_OF_CHAIN;
  }
  const fatNext = (sector: number): number | undefined => {
    const idx = Math.floor(sector / perSector);
    if (idx >= fatSectors.length) return undefined;
    return readU32(sectorOffset(fatSectors[idx]) + (sector % perSector) * 4);
  };

  const names: string[] = [];
  let dir = readU32(0x30);
  for (let guard = 0; dir !== undefined && dir !== END_OF_CHAIN && guard < sectorCount; guard++) {
    const base = sectorOffset(dir);
    if (base + sectorSize > data.length) return names.length ? names : undefined;
    for (let e = 0; e < sectorSize / 128; e++) {
      const off = base + e * 128;
      const nameBytes = view.getUint16(off + 64, true);
      const type = data[off + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let k = 0; k < nameBytes / 2 - 1; k++) name += String.fromCharCode(view.getUint16(off + k * 2, true));
      names.push(name);
    }
    dir = fatNext(dir);
  }
  return names.length ? names : undefined;
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= data.length; i++) {
    for (let k = 0; k < needle.length; k++) if (data[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export type CfbKind = "encrypted" | "xls" | "other";

/** Classifies a CFB file by its stream names (falls back to a byte search if the directory is unreadable). */
export function classifyCfb(data: Uint8Array): CfbKind {
  const names = cfbEntryNames(data)?.map((n) => n.toLowerCase());
  if (names) {
    if (names.includes("encryptioninfo") || names.includes("encryptedpackage")) return "encrypted";
    if (names.includes("workbook") || names.includes("book")) return "xls";
    return "other";
  }
  if (containsUtf16(data, "EncryptedPackage") || containsUtf16(data, "EncryptionInfo")) return "encrypted";
  return "xls";
}
