/** One worksheet part (<worksheet>) into rows of typed cells and merged ranges. */
import { EMPTY, type Cell, type CellRange, type CellStyle, type DateSystem } from "../model/grid";
import { serialToIso } from "../model/excelDate";
import { ReadFailure } from "./errors";
import { readStringItem, styleForItem, unescapeXstring, type StringItem } from "./strings";
import type { Styles, XfInfo } from "./styles";
import { CLOSE, EOF, OPEN, XmlPull } from "./xml";
import type { Deadline } from "./zip";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface SheetContext {
  styles: Styles;
  strings: StringItem[];
  dateSystem: DateSystem;
  deadline: Deadline;
  /** Cells (including the empty ones padding a row) left for this book; shared across sheets. */
  budget: { cells: number };
  /** Serial day → ISO date, for this book's date system. */
  dateCache: Map<number, string | undefined>;
}

export interface SheetData {
  rows: Cell[][];
  merges: CellRange[];
  /** Formula cells saved without a cached result (read as empty). */
  formulasWithoutValue: number;
  /** Cells whose address is outside the 1,048,576 × 16,384 grid, ignored. */
  outOfRange: number;
}

/** Parses "AB12" (no $) into 0-based col/row; -1 parts when absent or malformed. */
export function parseRef(ref: string): { col: number; row: number } {
  let i = 0;
  let col = 0;
  const n = ref.length;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c === 36 /* $ */) continue;
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  let row = 0;
  let digits = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return { col: -1, row: -1 };
    row = row * 10 + (c - 48);
    digits++;
  }
  return { col: col - 1, row: digits ? row - 1 : -1 };
}

/** "B2:D5" → 0-based inclusive range; undefined for anything else (single cells included). */
export function parseRange(ref: string): CellRange | undefined {
  const colon = ref.indexOf(":");
  if (colon < 0) return undefined;
  const a = parseRef(ref.slice(0, colon).trim());
  const b = parseRef(ref.slice(colon + 1).trim());
  if (a.col < 0 || a.row < 0 || b.col < 0 || b.row < 0) return undefined;
  const range: CellRange = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  if (range.top === range.bottom && range.left === range.right) return undefined;
  return range;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

function withStyle<C extends Cell>(cell: C, style: CellStyle | undefined): C {
  if (style) cell.style = style;
  return cell;
}

/** serialToIso with a per-sheet cache: plans repeat the same few hundred dates thousands of times. */
function dateOf(serial: number, ctx: SheetContext): string | undefined {
  const day = Math.floor(serial);
  let iso = ctx.dateCache.get(day);
  if (iso === undefined && !ctx.dateCache.has(day)) {
    iso = serialToIso(day, ctx.dateSystem);
    if (ctx.dateCache.size < 100_000) ctx.dateCache.set(day, iso);
  }
  return iso;
}

function makeCell(t: string | undefined, v: string | undefined, inline: StringItem | undefined, xf: XfInfo, ctx: SheetContext): Cell | undefined {
  switch (t) {
    case "s": {
      if (v === undefined) return undefined;
      const item = ctx.strings[parseInt(v, 10)];
      if (!item || item.text === "") return undefined;
      return withStyle({ kind: "text", value: item.text }, styleForItem(item, xf.font, xf.style));
    }
    case "inlineStr": {
      const item = inline ?? (v !== undefined ? { text: unescapeXstring(v) } : undefined);
      if (!item || item.text === "") return undefined;
      return withStyle({ kind: "text", value: item.text }, styleForItem(item, xf.font, xf.style));
    }
    case "str":
      if (v === undefined || v === "") return undefined;
      return withStyle({ kind: "text", value: unescapeXstring(v) }, xf.style);
    case "b": {
      if (v === undefined) return undefined;
      const b = v.trim().toLowerCase();
      return withStyle({ kind: "boolean", value: b === "1" || b === "true" }, xf.style);
    }
    case "e":
      if (v === undefined || v.trim() === "") return undefined;
      return withStyle({ kind: "error", value: v.trim() }, xf.style);
    case "d": {
      if (v === undefined || v.trim() === "") return undefined;
      const m = ISO_DATE.exec(v.trim());
      if (m) return withStyle({ kind: "date", value: `${m[1]}-${m[2]}-${m[3]}` }, xf.style);
      return withStyle({ kind: "text", value: v.trim() }, xf.style); // a time of day only, e.g. "10:10:10"
    }
    default: {
      if (v === undefined) {
        // <is> without t="inlineStr" (some writers omit it): still the cell's text.
        if (inline && inline.text !== "") return withStyle({ kind: "text", value: inline.text }, styleForItem(inline, xf.font, xf.style));
        return undefined;
      }
      const num = Number(v); // Number() ignores surrounding whitespace
      if (!Number.isFinite(num)) {
        const text = v.trim();
        return text === "" ? undefined : withStyle({ kind: "text", value: text }, xf.style);
      }
      if (num === 0 && v.trim() === "") return undefined;
      if (xf.isDate) {
        const iso = dateOf(num, ctx);
        if (iso) return withStyle({ kind: "date", value: iso }, xf.style);
      }
      return withStyle({ kind: "number", value: num }, xf.style);
    }
  }
}

export function parseSheet(xml: string, ctx: SheetContext): SheetData {
  const x = new XmlPull(xml);
  const rows: Cell[][] = [];
  const merges: CellRange[] = [];
  const { xfs, defaultXf, palette } = ctx.styles;
  const budget = ctx.budget;
  let formulasWithoutValue = 0;
  let outOfRange = 0;
  let inData = false;
  let inMerges = false;
  let rowIdx = -1;
  let colIdx = -1;
  let sinceCheck = 0;

  const store = (r: number, c: number, cell: Cell): void => {
    while (rows.length <= r) {
      rows.push([]);
      if (--budget.cells < 0) throw new ReadFailure("too-large", "its sheets hold too many cells");
    }
    const row = rows[r];
    if (c < row.length) {
      row[c] = cell;
      return;
    }
    budget.cells -= c - row.length + 1;
    if (budget.cells < 0) throw new ReadFailure("too-large", "its sheets hold too many cells");
    while (row.length < c) row.push(EMPTY);
    row.push(cell);
  };

  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === CLOSE) {
      if (x.name === "sheetData") inData = false;
      else if (x.name === "mergeCells") inMerges = false;
      continue;
    }
    if (ev !== OPEN) continue;
    if (++sinceCheck >= 4096) {
      sinceCheck = 0;
      ctx.deadline.check();
    }
    const name = x.name;
    if (inData) {
      if (name === "c") {
        const ref = x.attr("r");
        if (ref) {
          const p = parseRef(ref);
          colIdx = p.col;
          if (p.row >= 0) rowIdx = p.row;
        } else colIdx++;
        const t = x.attr("t");
        const s = x.attr("s");
        const xf = s === undefined ? defaultXf : (xfs[parseInt(s, 10)] ?? defaultXf);
        let v: string | undefined;
        let inline: StringItem | undefined;
        let hasFormula = false;
        if (!x.selfClosing) {
          for (;;) {
            const e = x.next();
            if (e === EOF || e === CLOSE) break;
            if (e !== OPEN) continue;
            const cn = x.name;
            if (cn === "v") v = x.readText();
            else if (cn === "is") inline = readStringItem(x, palette);
            else {
              if (cn === "f") hasFormula = true;
              x.skip();
            }
          }
        } else x.next();
        if (hasFormula && v === undefined && inline === undefined) formulasWithoutValue++;
        if (v === undefined && inline === undefined) continue;
        if (rowIdx < 0 || rowIdx >= MAX_ROWS || colIdx < 0 || colIdx >= MAX_COLS) {
          outOfRange++;
          continue;
        }
        const cell = makeCell(t, v, inline, xf, ctx);
        if (cell) store(rowIdx, colIdx, cell);
      } else if (name === "row") {
        const r = x.attr("r");
        const n = r !== undefined ? parseInt(r, 10) : NaN;
        rowIdx = Number.isFinite(n) ? n - 1 : rowIdx + 1;
        colIdx = -1;
      }
    } else if (name === "sheetData") {
      inData = !x.selfClosing;
    } else if (name === "mergeCells") {
      inMerges = !x.selfClosing;
    } else if (inMerges && name === "mergeCell") {
      const range = parseRange(x.attr("ref") ?? "");
      if (range) merges.push(range);
    }
  }
  return { rows, merges, formulasWithoutValue, outOfRange };
}
