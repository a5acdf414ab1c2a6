/**
 * The combined workbook as .xlsx bytes (no file system: works in the browser too). exceljs writes every
 * sheet except the Combined sheet's data rows past the first; those are written straight into the sheet
 * XML (see sheetRows.ts), the Combined table's range is widened to cover them, and the completion chart is
 * added to the Summary sheet.
 */
import JSZip from "jszip";
import { columnLetters } from "../../model/a1";
import type { CombinedView } from "../../model/combine/types";
import { buildWorkbookParts } from "./buildWorkbook";
import { addCompletionChart } from "./chart";
import { COMBINED_SHEET, COMBINED_TABLE } from "./combinedSheet";
import { attr, parseRels, readText, relsPartOf, resolvePart, sheetPart } from "./ooxml";
import { SharedStrings } from "./sharedStrings";
import { rowsXml, styleIdsOfRow } from "./sheetRows";
import { SUMMARY_HEADERS } from "./summarySheet";
import { tableRange } from "./tables";

export interface BytesOptions {
  /** Deflate level 1 (fastest) to 9 (smallest). Default 6. */
  compressionLevel?: number;
}

export async function combinedWorkbookBytes(view: CombinedView, options: BytesOptions = {}): Promise<Uint8Array> {
  const { workbook, combined, summary } = buildWorkbookParts(view, true);
  const written = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written as ArrayBuffer);

  if (combined.values.length > 1) await writeCombinedRows(zip, combined.values, combined.columns.length, combined.lastRow);
  await addCompletionChart(zip, summary, await sheetPart(zip, summary.sheet), SUMMARY_HEADERS.length + 1);

  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: options.compressionLevel ?? 6 },
  });
}

/** Replaces the Combined sheet's data rows with all of them, and widens its table and dimension to match. */
async function writeCombinedRows(zip: JSZip, values: Parameters<typeof rowsXml>[0], columns: number, lastRow: number): Promise<void> {
  const part = await sheetPart(zip, COMBINED_SHEET);
  const xml = await readText(zip, part);
  const start = xml.indexOf('<row r="2"');
  const end = xml.indexOf("</sheetData>");
  if (start < 0 || end < start) throw new Error("the Combined sheet was written without its first data row");
  const template = xml.slice(start, end);
  if (/<row r="(?!2")/.test(template)) throw new Error("the Combined sheet was written with more rows than expected");

  const strings = new SharedStrings(await readText(zip, "xl/sharedStrings.xml"));
  strings.unref((template.match(/ t="s"/g) ?? []).length);
  const rows = rowsXml(values, 2, styleIdsOfRow(template, 2, columns), strings);
  const range = tableRange(1, columns, lastRow);
  const head = xml.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${range}"/>`);
  zip.file(part, head + rows + xml.slice(end));
  zip.file("xl/sharedStrings.xml", strings.xml());

  // The table's range (and its filter's) must cover the rows.
  const rels = zip.file(relsPartOf(part)) ? parseRels(await readText(zip, relsPartOf(part))) : [];
  for (const rel of rels.filter((r) => r.type.endsWith("/table"))) {
    const tablePart = resolvePart(part, rel.target);
    const tableXml = await readText(zip, tablePart);
    const tag = /<table\b[^>]*>/.exec(tableXml)?.[0] ?? "";
    if (attr(tag, "name") !== COMBINED_TABLE) continue;
    const widened = tableXml.replace(/(<table\b[^>]*\sref=")[^"]*"/, `$1${range}"`).replace(/(<autoFilter\b[^>]*\sref=")[^"]*"/, `$1${range}"`);
    zip.file(tablePart, widened);
    return;
  }
  throw new Error(`the Combined sheet was written without its table (columns A–${columnLetters(columns - 1)})`);
}
