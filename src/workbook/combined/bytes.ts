/**
 * The combined workbook as .xlsx bytes (no file system: works in the browser too). exceljs writes every
 * sheet, except that the Combined and Issues sheets hold only their first data row; the rest are written
 * straight into the sheet XML (sheetRows.ts), the tables' ranges are widened to cover them, the completion chart
 * is added to the Summary sheet (chart.ts), and the package is zipped again (zip.ts).
 */
import { columnLetters } from "../../model/a1";
import type { CombinedView } from "../../model/combine/types";
import { buildWorkbookParts } from "./buildWorkbook";
import { addCompletionChart } from "./chart";
import { utf8 } from "./byteWriter";
import type { CellSource } from "./columns";
import { COMBINED_SHEET, COMBINED_TABLE } from "./combinedSheet";
import { ISSUES_SHEET, ISSUES_TABLE } from "./issuesSheet";
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
  const { workbook, combined, summary, issues } = buildWorkbookParts(view, true);
  const pkg = await Package.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const strings = new SharedStrings(pkg.text("xl/sharedStrings.xml"));
  writeTableRows(pkg, strings, { sheet: COMBINED_SHEET, table: COMBINED_TABLE, rows: view.rows, cells: combined.columns });
  writeTableRows(pkg, strings, { sheet: ISSUES_SHEET, table: ISSUES_TABLE, rows: issues.rows, cells: issues.cells });
  // The rows are made while the package is zipped, and their strings collected meanwhile: the shared
  // strings part is therefore made after the sheets, so it goes last.
  pkg.set("xl/sharedStrings.xml", () => strings.chunks(), true);
  addCompletionChart(pkg, summary, sheetPart(pkg, summary.sheet), SUMMARY_HEADERS.length + 1);
  return pkg.zip(timestamp(view.generatedAt) ?? new Date(0), { deflate: options.deflate });
}

/** A table (header on row 1, from column A) whose sheet exceljs wrote with its first data row only. */
interface TableRows<R> {
  sheet: string;
  table: string;
  rows: readonly R[];
  cells: readonly CellSource<R>[];
}

/** Replaces a table's first data row with all of them, and widens its table and the sheet's dimension to match. */
function writeTableRows<R>(pkg: Package, strings: SharedStrings, t: TableRows<R>): void {
  if (t.rows.length <= 1) return; // exceljs wrote them all
  const part = sheetPart(pkg, t.sheet);
  const xml = pkg.text(part);
  const start = xml.search(/<row r="2"[\s>]/);
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < start) throw new Error(`the ${t.sheet} sheet was written without its first data row`);
  const template = xml.slice(start, end);
  if (/<row r="(?!2")/.test(template)) throw new Error(`the ${t.sheet} sheet was written with more rows than expected`);
  const columns = t.cells.length;

  strings.unref((template.match(/ t="s"/g) ?? []).length);
  const styleIds = styleIdsOfRow(template, 2, columns);
  const range = tableRange(1, columns, t.rows.length + 1);
  const head = xml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${range}"/>`);
  const tail = xml.slice(end);
  pkg.set(part, function* () {
    yield utf8(head);
    yield* rowsXmlChunks(t.rows, t.cells, styleIds, strings);
    yield utf8(tail);
  });

  // The table's range (and its filter's) must cover the rows.
  const rels = pkg.has(relsPartOf(part)) ? parseRels(pkg.text(relsPartOf(part))) : [];
  for (const rel of rels.filter((r) => r.type.endsWith("/table"))) {
    const tablePart = resolvePart(part, rel.target);
    const tableXml = pkg.text(tablePart);
    const tag = /<table\b[^>]*>/.exec(tableXml)?.[0] ?? "";
    if (attr(tag, "name") !== t.table) continue;
    pkg.set(tablePart, tableXml.replace(/(<table\b[^>]*\sref=")[^"]*"/, `$1${range}"`).replace(/(<autoFilter\b[^>]*\sref=")[^"]*"/, `$1${range}"`));
    return;
  }
  throw new Error(`the ${t.sheet} sheet was written without its table (columns A–${columnLetters(columns - 1)})`);
}
