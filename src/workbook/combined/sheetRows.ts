/**
 * Writes the Combined sheet's data rows straight into its sheet XML. exceljs's in-memory writer takes
 * about 25 s and 1.7 GB for 100,000 rows × 23 columns (a style lookup and many small strings per cell);
 * this writes the same cells — same values, same cached results, same style ids — in a fraction of that,
 * as UTF-8 chunks, a few thousand rows at a time. The style id of each column is read from the first data
 * row, which exceljs wrote itself. Blank cells are left out (exceljs writes them when styled): the
 * column's own style still shows.
 *
 * A formula column is written as one shared formula, as Excel writes a filled-down column: the first row
 * holds the formula text (`<f t="shared" ref="R2:R100001" si="0">…</f>`) and every other row refers to it
 * (`<f t="shared" si="0"/>`), meaning the same formula with its relative references moved to that row.
 * Each cell keeps its own cached result. This relies on a formula column's formulas differing from row to
 * row only by their relative row numbers (see columns.ts; a test checks it).
 */
import { columnLetters } from "../../model/a1";
import type { CellSource } from "./columns";
import { ByteWriter, utf8 } from "./byteWriter";
import { attr, escapeText } from "./ooxml";
import type { SharedStrings } from "./sharedStrings";
import { cellText } from "./text";

/** Date → serial as exceljs writes it (1900 date system). */
function serialOf(d: Date): number {
  return 25_569 + d.getTime() / 86_400_000;
}

/** The style id exceljs gave each column's cell on sheet row `row` (0 when it wrote none). */
export function styleIdsOfRow(rowXml: string, row: number, columns: number): number[] {
  const ids = new Array<number>(columns).fill(0);
  const letters = Array.from({ length: columns }, (_, c) => columnLetters(c));
  for (const m of rowXml.matchAll(/<c\b[^>]*>/g)) {
    const ref = attr(m[0], "r") ?? "";
    const c = letters.indexOf(ref.slice(0, ref.length - String(row).length));
    const s = attr(m[0], "s");
    if (c >= 0 && s !== undefined) ids[c] = Number(s);
  }
  return ids;
}

/** Markup written for every cell or row, as bytes once. */
const B = {
  rowOpen: utf8('<row r="'),
  rowClose: utf8("</row>"),
  close: utf8('">'),
  shared: utf8(' t="s"><v>'),
  value: utf8("><v>"),
  end: utf8("</v></c>"),
  true: utf8(' t="b"><v>1</v></c>'),
  false: utf8(' t="b"><v>0</v></c>'),
  boolOpen: utf8(' t="b">'),
  strOpen: utf8(' t="str">'),
  gt: utf8(">"),
  v: utf8("<v>"),
  one: utf8("1"),
  zero: utf8("0"),
};

/** Writes a formula's cached result and closes the cell: type attribute, the `<f>` element, `<v>`. */
function writeResult(w: ByteWriter, formula: Uint8Array, result: string | number | boolean): void {
  if (typeof result === "boolean") {
    w.bytes(B.boolOpen);
    w.bytes(formula);
    w.bytes(B.v);
    w.bytes(result ? B.one : B.zero);
  } else if (typeof result === "number") {
    w.bytes(B.gt);
    w.bytes(formula);
    w.bytes(B.v);
    w.number(result);
  } else {
    w.bytes(B.strOpen);
    w.bytes(formula);
    w.bytes(B.v);
    w.text(escapeText(cellText(result) ?? ""));
  }
  w.bytes(B.end);
}

/**
 * The `<row>` elements of `rows` (row i on sheet row i + 2), as UTF-8 chunks of about a megabyte, made one
 * at a time. Formula columns (those with a `result`) become shared formulas whose text is the first row's.
 * Strings are added to `strings` as the chunks are made.
 */
export function* rowsXmlChunks<R>(rows: readonly R[], columns: readonly CellSource<R>[], styleIds: readonly number[], strings: SharedStrings): Generator<Uint8Array> {
  const w = new ByteWriter();
  const lastRow = rows.length + 1;
  // Each cell starts `<c r="` letters, then its row number, then `"` and the column's style.
  const opens = columns.map((_, c) => utf8(`<c r="${columnLetters(c)}`));
  const styles = styleIds.map((id) => utf8(id ? `" s="${id}"` : `"`));
  // Shared-formula group of each formula column, and the later cells' <f> element.
  const groups = new Map<number, number>();
  columns.forEach((c, i) => {
    if (c.result) groups.set(i, groups.size);
  });
  const followers = columns.map((_, i) => utf8(groups.has(i) ? `<f t="shared" si="${groups.get(i)}"/>` : ""));
  const cellOpen = (c: number, r: number): void => {
    w.bytes(opens[c]);
    w.number(r);
    w.bytes(styles[c]);
  };
  for (let i = 0; i < rows.length; i++) {
    const r = i + 2;
    const row = rows[i];
    w.bytes(B.rowOpen);
    w.number(r);
    w.bytes(B.close);
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c];
      if (col.result && i > 0) {
        cellOpen(c, r);
        writeResult(w, followers[c], col.result(row));
        continue;
      }
      const value = col.value(row, r);
      if (value === null) continue;
      if (typeof value === "string") {
        const text = cellText(value);
        if (text === null) continue;
        cellOpen(c, r);
        w.bytes(B.shared);
        w.number(col.unique === true ? strings.add(text) : strings.ref(text));
        w.bytes(B.end);
      } else if (typeof value === "number") {
        if (!Number.isFinite(value)) continue;
        cellOpen(c, r);
        w.bytes(B.value);
        w.number(value);
        w.bytes(B.end);
      } else if (typeof value === "boolean") {
        cellOpen(c, r);
        w.bytes(value ? B.true : B.false);
      } else if (value instanceof Date) {
        cellOpen(c, r);
        w.bytes(B.value);
        w.number(serialOf(value));
        w.bytes(B.end);
      } else {
        const ref = `${columnLetters(c)}${r}`;
        const f = groups.has(c) ? `<f t="shared" ref="${ref}:${columnLetters(c)}${lastRow}" si="${groups.get(c)}">` : "<f>";
        cellOpen(c, r);
        writeResult(w, utf8(`${f}${escapeText(value.formula)}</f>`), value.result);
      }
    }
    w.bytes(B.rowClose);
    if (w.full) yield w.take();
  }
  if (w.length > 0) yield w.take();
}
