/** Shared strings (<sst>) and inline strings (<is>): plain text plus enough run formatting for styles. */
import type { CellStyle } from "../model/grid";
import type { Palette } from "./colors";
import { readFont, styleOf, type FontInfo } from "./styles";
import { EOF, OPEN, XmlPull } from "./xml";
import type { Deadline } from "./zip";

/** A rich-text run's own formatting; undefined properties inherit the cell font, color null = automatic. */
export interface RunFormat {
  bold?: boolean;
  color?: string | null;
  /** True when the run has only whitespace (its formatting does not show). */
  blank: boolean;
  /** Length of the run's text within the item's text. */
  len: number;
}

export interface StringItem {
  text: string;
  /** Present only for rich text (<r> runs). */
  runs?: RunFormat[];
}

const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** ECMA-376 escapes characters XML cannot hold as `_xHHHH_` (e.g. `_x000D_` for a carriage return). */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Reads an <si> or <is> element (the parser is just past its OPEN): the text of its <t> elements, direct or
 * inside <r> runs, in order; phonetic runs (<rPh>) are left out, as Excel shows them only on request.
 */
export function readStringItem(x: XmlPull, palette: Palette): StringItem {
  let text = "";
  let runs: RunFormat[] | undefined;
  x.forEachChild((name) => {
    if (name === "t") {
      // Plain text directly in the item: formatted with the cell font.
      const t = unescapeXstring(x.readText());
      if (runs) runs.push(plainRun(t));
      else if (text !== "") runs = [plainRun(text), plainRun(t)];
      text += t;
    } else if (name === "r") {
      const run = readRun(x, palette);
      if (!runs) runs = text === "" ? [] : [plainRun(text)];
      runs.push(run.format);
      text += run.text;
    } else x.skip(); // rPh, phoneticPr, extensions
  });
  return runs ? { text, runs } : { text };
}

/** Text directly in <si>/<is>, outside any <r> run: it has the cell's own font. */
function plainRun(t: string): RunFormat {
  return { blank: t.trim() === "", len: t.length };
}

function readRun(x: XmlPull, palette: Palette): { text: string; format: RunFormat } {
  let text = "";
  const format: RunFormat = { blank: true, len: 0 };
  x.forEachChild((name) => {
    if (name === "rPr") {
      const f = readFont(x, palette);
      if (f.bold !== undefined) format.bold = f.bold;
      if (f.color !== undefined) format.color = f.color;
    } else if (name === "t") text += unescapeXstring(x.readText());
    else x.skip();
  });
  format.blank = text.trim() === "";
  format.len = text.length;
  return { text, format };
}

/**
 * The style of a cell holding this string: the cell font, unless rich-text runs override it. Bold when
 * every visible run is bold; a colour when every visible run shows the same non-black colour. When only
 * the leading line(s) are bold (a stage heading written as the bold first line of a cell), `boldLead`
 * holds that bold text.
 */
export function styleForItem(item: StringItem, cellFont: FontInfo, cellStyle: CellStyle | undefined): CellStyle | undefined {
  const runs = item.runs;
  if (!runs) return cellStyle;
  let bold = true;
  let color: string | undefined;
  let first = true;
  let visible = 0;
  for (const r of runs) {
    if (r.blank) continue;
    visible++;
    const b = r.bold ?? cellFont.bold;
    if (!b) bold = false;
    const c = r.color === undefined ? cellFont.color : (r.color ?? undefined);
    if (first) {
      color = c;
      first = false;
    } else if (color !== c) color = undefined;
  }
  if (visible === 0) return cellStyle;
  const style = styleOf({ bold, color });
  if (bold) return style;
  const lead = boldLeadOf(item, cellFont);
  return lead === undefined ? style : { ...style, boldLead: lead };
}

/**
 * The first line of a partly bold item when that whole line is bold and text follows on later lines;
 * undefined otherwise. Only the first line: in real plans the bold lines after a stage heading are
 * checklist headings of their own ("Solving Problems" / "Effective … Structures:" / "✓ …").
 */
function boldLeadOf(item: StringItem, cellFont: FontInfo): string | undefined {
  const text = item.text;
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const nl = text.indexOf("\n", start);
  if (nl < 0 || text.slice(nl + 1).trim() === "") return undefined;
  // How far the leading bold runs reach (blank runs do not break the bold stretch).
  let boldEnd = 0;
  for (const r of item.runs ?? []) {
    if (!r.blank && !(r.bold ?? cellFont.bold)) break;
    boldEnd += r.len;
  }
  const firstLine = text.slice(0, nl).replace(/\s+$/, "");
  if (boldEnd < firstLine.length) return undefined;
  return firstLine;
}

export interface SharedStrings {
  items: StringItem[];
}

export function parseSharedStrings(xml: string, palette: Palette, deadline: Deadline): SharedStrings {
  const x = new XmlPull(xml);
  const items: StringItem[] = [];
  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === OPEN && x.name === "si") {
      items.push(readStringItem(x, palette));
      if ((items.length & 0x3fff) === 0) deadline.check();
    }
  }
  return { items };
}
