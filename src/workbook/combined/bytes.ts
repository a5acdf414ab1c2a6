/**
 * The combined workbook as .xlsx bytes (no file system: works in the browser too). exceljs writes every
 * sheet, except that the Combined sheet holds only its first data row; the rest are written straight into
 * the sheet XML (sheetRows.ts), the Combined table's range is widened to cover them, the completion chart
 * is added to the Summary sheet (chart.ts), and the package is zipped again (zip.ts).
 */
import { columnLetters } from "../../model/a1";
import type { CombinedView } from "../../model/combine/types";
import { buildWorkbookParts } from "./buildWorkbook";
import { addCompletionChart } from "./chart";
import { COMBINED_SHEET, COMBINED_TABLE, type CombinedLayout } from "./combinedSheet";
import { timestamp } from "./dates";
import { attr, parseRels, relsPartOf, resolvePart, sheetPart } from "./ooxml";
import { Package } from "./package";
import { SharedStrings } from "./sharedStrings";
import { rowsXmlChunks, styleIdsOfRow } from "./sheetRows";
import { SUMMARY_HEADERS } from "./summarySheet";
import { tableRange } from "./tables";
import type { RawDeflateFactory } from "./zip";

export interface BytesOptions {
  /**
   * How to compress the package: a compressor factory (writeCombinedXlsx passes Node's zlib), or "jszip"
   * (slowest). Default: the platform's CompressionStream when it has one, else JSZip.
   */
  deflate?: RawDeflateFactory | "jszip";
}

export async function combinedWorkbookBytes(view: CombinedView, options: BytesOptions = {}): Promise<Uint8Array> {
  const { workbook, combined, summary } = buildWorkbookParts(view, true);
  const pkg = await Package.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (view.rows.length > 1) writeCombinedRows(pkg, view, combined);
  addCompletionChart(pkg, summary, sheetPart(pkg, summary.sheet), SUMMARY_HEADERS.length + 1);
  return pkg.zip(timestamp(view.generatedAt) ?? new Date(0), { deflate: options.deflate });
}

/** Replaces the Combined sheet's first data row with all of them, and widens its table and dimension to match. */
function writeCombinedRows(pkg: Package, view: CombinedView, combined: CombinedLayout): void {
  const part = sheetPart(pkg, COMBINED_SHEET);
  const xml = pkg.text(part);
  const start = xml.search(/<row r="2"[\s>]/);
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < start) throw new Error("the Combined sheet was written without its first data row");
  const template = xml.slice(start, end);
  if (/<row r="(?!2")/.test(template)) throw new Error("the Combined sheet was written with more rows than expected");
  const columns = combined.columns.length;

  const strings = new SharedStrings(pkg.text("xl/sharedStrings.xml"));
  strings.unref((template.match(/ t="s"/g) ?? []).length);
  const styleIds = styleIdsOfRow(template, 2, columns);
  const range = tableRange(1, columns, combined.lastRow);
  const head = xml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${range}"/>`);
  const tail = xml.slice(end);
  // The rows are made while the package is zipped, and their strings collected meanwhile: the shared
  // strings part is therefore made after the sheet, so it goes last.
  pkg.set(part, function* () {
    const encoder = new TextEncoder();
    yield encoder.encode(head);
    yield* rowsXmlChunks(view.rows, combined.columns, styleIds, strings);
    yield encoder.encode(tail);
  });
  pkg.set("xl/sharedStrings.xml", () => [new TextEncoder().encode(strings.xml())], true);

  // The table's range (and its filter's) must cover the rows.
  const rels = pkg.has(relsPartOf(part)) ? parseRels(pkg.text(relsPartOf(part))) : [];
  for (const rel of rels.filter((r) => r.type.endsWith("/table"))) {
    const tablePart = resolvePart(part, rel.target);
    const tableXml = pkg.text(tablePart);
    const tag = /<table\b[^>]*>/.exec(tableXml)?.[0] ?? "";
    if (attr(tag, "name") !== COMBINED_TABLE) continue;
    pkg.set(tablePart, tableXml.replace(/(<table\b[^>]*\sref=")[^"]*"/, `$1${range}"`).replace(/(<autoFilter\b[^>]*\sref=")[^"]*"/, `$1${range}"`));
    return;
  }
  throw new Error(`the Combined sheet was written without its table (columns A–${columnLetters(columns - 1)})`);
}
