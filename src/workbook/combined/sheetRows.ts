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
import type { CombinedRow } from "../../model/combine/types";
import type { Column, Formula, Value } from "./columns";
import { attr, escapeText } from "./ooxml";
import type { SharedStrings } from "./sharedStrings";
import { cellText } from "./text";

const ROWS_PER_CHUNK = 2_000;

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

/** The type attribute, formula and `<v>` of a cached formula result, closing the cell. */
function resultXml(formula: string, result: string | number | boolean): string {
  if (typeof result === "boolean") return result ? ` t="b">${formula}<v>1</v></c>` : ` t="b">${formula}<v>0</v></c>`;
  if (typeof result === "number") return `>${formula}<v>${result}</v></c>`;
  return ` t="str">${formula}<v>${escapeText(cellText(result) ?? "")}</v></c>`;
}

/** One non-formula cell ("" for a blank cell: the column's style still shows). */
function valueXml(ref: string, s: string, value: Value, strings: SharedStrings, unique: boolean): string {
  if (value === null) return "";
  if (typeof value === "string") {
    const text = cellText(value);
    return text === null ? "" : `<c r="${ref}"${s} t="s"><v>${unique ? strings.add(text) : strings.ref(text)}</v></c>`;
  }
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return value ? `<c r="${ref}"${s} t="b"><v>1</v></c>` : `<c r="${ref}"${s} t="b"><v>0</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${serialOf(value)}</v></c>`;
  return `<c r="${ref}"${s}${resultXml(`<f>${escapeText(value.formula)}</f>`, value.result)}`;
}

/**
 * The `<row>` elements of `rows` (row i on sheet row i + 2), as UTF-8 chunks made one at a time. Formula
 * columns (those with a `result`) become shared formulas whose text is the first row's. Strings are added
 * to `strings` as the chunks are made.
 */
export function* rowsXmlChunks(rows: readonly CombinedRow[], columns: readonly Column[], styleIds: readonly number[], strings: SharedStrings): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const letters = columns.map((_, c) => columnLetters(c));
  const styles = styleIds.map((id) => (id ? ` s="${id}"` : ""));
  const lastRow = rows.length + 1;
  // Shared-formula group of each formula column, and the later cells' <f> element.
  const groups = new Map<number, number>();
  columns.forEach((c, i) => {
    if (c.result) groups.set(i, groups.size);
  });
  const followers = columns.map((_, i) => (groups.has(i) ? `<f t="shared" si="${groups.get(i)}"/>` : ""));
  let xml = "";
  for (let i = 0; i < rows.length; i++) {
    const r = i + 2;
    const row = rows[i];
    xml += `<row r="${r}">`;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c];
      const ref = letters[c] + r;
      if (!col.result) {
        xml += valueXml(ref, styles[c], col.value(row, r), strings, col.unique === true);
      } else if (i === 0) {
        const v = col.value(row, r) as Formula;
        xml += `<c r="${ref}"${styles[c]}${resultXml(`<f t="shared" ref="${ref}:${letters[c]}${lastRow}" si="${groups.get(c)}">${escapeText(v.formula)}</f>`, v.result)}`;
      } else {
        xml += `<c r="${ref}"${styles[c]}${resultXml(followers[c], col.result(row))}`;
      }
    }
    xml += "</row>";
    if ((i + 1) % ROWS_PER_CHUNK === 0) {
      yield encoder.encode(xml);
      xml = "";
    }
  }
  if (xml !== "") yield encoder.encode(xml);
}
