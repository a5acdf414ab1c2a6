/** styles.xml and the theme: which cell formats are dates, bold, or coloured. */
import type { CellStyle } from "../model/grid";
import { DEFAULT_PALETTE, isPlainTextColor, normaliseRgb, resolveColor, type Palette } from "./colors";
import { isBuiltinDateFormat, isBuiltinTimeFormat, isDateFormatCode } from "./numFmt";
import { CLOSE, EOF, OPEN, XmlPull } from "./xml";

/** A font's meaningful properties. `color` is undefined for automatic/black. */
export interface FontInfo {
  bold: boolean;
  color?: string;
}

/** What a cell format (an entry of <cellXfs>, the cell's s="…") means to the reader. */
export interface XfInfo {
  isDate: boolean;
  font: FontInfo;
  /** Shared, frozen style object for cells with this format (undefined when neither bold nor coloured). */
  style?: CellStyle;
}

export interface Styles {
  xfs: XfInfo[];
  palette: Palette;
  defaultXf: XfInfo;
}

const PLAIN_FONT: FontInfo = { bold: false };

export function styleOf(font: FontInfo): CellStyle | undefined {
  if (!font.bold && !font.color) return undefined;
  const s: CellStyle = {};
  if (font.bold) s.bold = true;
  if (font.color) s.color = font.color;
  return Object.freeze(s);
}

function truthy(v: string | undefined): boolean {
  return v === undefined || v === "1" || v.toLowerCase() === "true" || v.toLowerCase() === "on";
}

/** Reads the properties of a <font> or <rPr> element; the parser is just past its OPEN. */
export function readFont(x: XmlPull, palette: Palette): { bold?: boolean; color?: string | null } {
  const out: { bold?: boolean; color?: string | null } = {};
  if (x.selfClosing) {
    x.next();
    return out;
  }
  let depth = 1;
  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === OPEN) {
      depth++;
      if (depth === 2) {
        if (x.name === "b") out.bold = truthy(x.attr("val"));
        else if (x.name === "color") {
          const c = resolveColor(x.attrs(), palette);
          // null: explicitly automatic/black, which overrides an inherited colour.
          out.color = c && !isPlainTextColor(c) ? c : null;
        }
      }
    } else if (ev === CLOSE && --depth === 0) break;
  }
  return out;
}

/** Theme colours from theme1.xml, in SpreadsheetML index order (lt1, dk1, lt2, dk2, accents, links). */
export function parseTheme(xml: string): string[] {
  const x = new XmlPull(xml);
  const byName: Record<string, string> = {};
  let inScheme = false;
  let current = "";
  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === OPEN) {
      if (x.name === "clrScheme") inScheme = true;
      else if (inScheme && !current) current = x.name;
      else if (inScheme && current && (x.name === "srgbClr" || x.name === "sysClr")) {
        const v = x.name === "srgbClr" ? x.attr("val") : (x.attr("lastClr") ?? (x.attr("val") === "window" ? "FFFFFF" : "000000"));
        const rgb = v ? normaliseRgb(v) : undefined;
        if (rgb && !byName[current]) byName[current] = rgb.slice(2);
      }
    } else if (ev === CLOSE) {
      if (x.name === "clrScheme") break;
      if (x.name === current) current = "";
    }
  }
  const order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];
  return order.map((n) => byName[n] ?? "");
}

export function parseStyles(xml: string | undefined, themeXml: string | undefined): Styles {
  const palette: Palette = {
    theme: themeXml ? parseTheme(themeXml) : [],
    indexed: DEFAULT_PALETTE.indexed,
  };
  const defaultXf: XfInfo = { isDate: false, font: PLAIN_FONT };
  if (!xml) return { xfs: [], palette, defaultXf };

  const numFmts = new Map<number, string>();
  const rawFonts: { bold?: boolean; color?: string | null }[] = [];
  const rawXfs: { numFmtId: number; fontId: number }[] = [];
  const indexed: string[] = [];
  const x = new XmlPull(xml);
  let section = "";
  // First pass collects everything but font colours need the indexed palette, which comes later in the
  // file (<colors> follows <cellXfs>); fonts are therefore read in a second pass.
  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === OPEN) {
      const n = x.name;
      if (n === "numFmts" || n === "fonts" || n === "cellXfs" || n === "indexedColors" || n === "cellStyleXfs" || n === "dxfs") {
        section = n;
      } else if (n === "numFmt" && section === "numFmts") {
        const id = Number(x.attr("numFmtId"));
        const code = x.attr("formatCode");
        if (Number.isInteger(id) && code !== undefined) numFmts.set(id, code);
      } else if (n === "font" && section === "fonts") {
        rawFonts.push({});
        x.skip();
      } else if (n === "xf" && section === "cellXfs") {
        rawXfs.push({ numFmtId: Number(x.attr("numFmtId") ?? 0) || 0, fontId: Number(x.attr("fontId") ?? 0) || 0 });
      } else if (n === "rgbColor" && section === "indexedColors") {
        const rgb = normaliseRgb(x.attr("rgb") ?? "");
        indexed.push(rgb ? rgb.slice(2) : "000000");
      }
    } else if (ev === CLOSE) {
      if (x.name === section) section = "";
    }
  }
  if (indexed.length) palette.indexed = indexed;

  // Second pass: fonts, now that the palette is known.
  if (rawFonts.length) {
    const y = new XmlPull(xml);
    let inFonts = false;
    let i = 0;
    for (;;) {
      const ev = y.next();
      if (ev === EOF) break;
      if (ev === OPEN) {
        if (y.name === "fonts") inFonts = true;
        else if (inFonts && y.name === "font") rawFonts[i++] = readFont(y, palette);
      } else if (ev === CLOSE && y.name === "fonts") break;
    }
  }

  const fonts: FontInfo[] = rawFonts.map((f) => ({ bold: f.bold === true, color: f.color ?? undefined }));
  const dateById = new Map<number, boolean>();
  const isDateId = (id: number): boolean => {
    let v = dateById.get(id);
    if (v === undefined) {
      const code = numFmts.get(id);
      if (code !== undefined) v = isDateFormatCode(code);
      else v = isBuiltinDateFormat(id) && !isBuiltinTimeFormat(id);
      dateById.set(id, v);
    }
    return v;
  };
  const xfs = rawXfs.map((r): XfInfo => {
    const font = fonts[r.fontId] ?? PLAIN_FONT;
    return { isDate: isDateId(r.numFmtId), font, style: styleOf(font) };
  });
  return { xfs, palette, defaultXf: xfs[0] ?? defaultXf };
}
