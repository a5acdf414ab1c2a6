/**
 * The parts of a written .xlsx package, to edit and zip again. Parts are kept as exceljs wrote them
 * (bytes) until one is read as text or replaced; the order of parts is kept, new parts go last.
 */
import JSZip from "jszip";
import { canDeflateNatively, zipEntries, type RawDeflateFactory } from "./zip";

/** A part's content: text, bytes, or a function giving its bytes in chunks when the package is zipped. */
export type PartData = string | Uint8Array | (() => Iterable<Uint8Array>);

export class Package {
  private readonly parts = new Map<string, PartData>();

  static async load(bytes: ArrayBuffer | Uint8Array): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes);
    const pkg = new Package();
    for (const file of Object.values(zip.files)) {
      if (!file.dir) pkg.parts.set(file.name, await file.async("uint8array"));
    }
    return pkg;
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** A part as text (UTF-8). Throws when it is missing. */
  text(name: string): string {
    const data = this.parts.get(name);
    if (data === undefined) throw new Error(`the written workbook has no ${name}`);
    if (typeof data === "string") return data;
    if (typeof data === "function") throw new Error(`${name} is written when the package is zipped: it cannot be read before`);
    const text = new TextDecoder().decode(data);
    this.parts.set(name, text);
    return text;
  }

  /** Sets a part; `last` puts it after every other part (a part made while another is zipped must come after it). */
  set(name: string, data: PartData, last = false): void {
    if (last) this.parts.delete(name);
    this.parts.set(name, data);
  }

  /**
   * The zipped package: deflated by `options.deflate` when given, else natively where the platform can
   * (CompressionStream), else with JSZip.
   */
  async zip(when: Date, options: { deflate?: RawDeflateFactory | "jszip" } = {}): Promise<Uint8Array> {
    const encoder = new TextEncoder();
    const entries = [...this.parts].map(([name, data]) => ({ name, data: typeof data === "string" ? encoder.encode(data) : data }));
    if (typeof options.deflate === "function") return zipEntries(entries, when, options.deflate);
    if (options.deflate !== "jszip" && canDeflateNatively()) return zipEntries(entries, when);
    const zip = new JSZip();
    for (const e of entries) zip.file(e.name, e.data instanceof Uint8Array ? e.data : concat([...e.data()]), { date: when });
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** Chunks joined into one array (JSZip wants one piece). */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
