/**
 * Office Open XML workbooks (.xlsx, .xlsm, Strict OOXML) from a zip package: locates the parts through
 * the package relationships (never assuming xl/…), reads the date system, styles, shared strings and each
 * worksheet in workbook order.
 */
import type { DateSystem, Grid } from "../model/grid";
import { ReadFailure } from "./errors";
import { parseSheet } from "./sheet";
import { parseSharedStrings, type StringItem } from "./strings";
import { parseStyles } from "./styles";
import { CLOSE, EOF, OPEN, XmlError, XmlPull } from "./xml";
import type { Deadline, ZipPackage } from "./zip";

/** Cells (padding included) a whole book may hold before it is refused as too large. */
export const MAX_BOOK_CELLS = 20_000_000;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  const x = new XmlPull(xml);
  const out: Relationship[] = [];
  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === OPEN && x.name === "Relationship") {
      const a = x.attrs();
      if (a.Target !== undefined) {
        out.push({ id: a.Id ?? "", type: a.Type ?? "", target: a.Target, external: (a.TargetMode ?? "").toLowerCase() === "external" });
      }
    }
  }
  return out;
}

/** Relationship type by its last segment ("officeDocument", "worksheet", …): covers Transitional and Strict. */
function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1).toLowerCase();
}

/** Resolves a relationship target against the part that owns the relationship. */
export function resolvePart(sourcePart: string, target: string): string {
  let t = target;
  if (t.includes("%")) {
    try {
      t = decodeURIComponent(t);
    } catch {
      // keep as written
    }
  }
  t = t.replace(/\\/g, "/");
  const segments = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(seg);
  }
  return segments.join("/");
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

interface SheetEntry {
  name: string;
  relId: string | undefined;
  hidden: boolean;
}

interface WorkbookInfo {
  dateSystem: DateSystem;
  sheets: SheetEntry[];
}

export function parseWorkbookXml(xml: string): WorkbookInfo {
  const x = new XmlPull(xml);
  let dateSystem: DateSystem = 1900;
  const sheets: SheetEntry[] = [];
  let inSheets = false;
  for (;;) {
    const ev = x.next();
    if (ev === EOF) break;
    if (ev === CLOSE) {
      if (x.name === "sheets") inSheets = false;
      continue;
    }
    if (ev !== OPEN) continue;
    if (x.name === "workbookPr") {
      const d = (x.attr("date1904") ?? "").trim().toLowerCase();
      if (d === "1" || d === "true" || d === "on") dateSystem = 1904;
    } else if (x.name === "sheets") {
      inSheets = !x.selfClosing;
    } else if (inSheets && x.name === "sheet") {
      const state = (x.attr("state") ?? "visible").toLowerCase();
      sheets.push({
        name: x.attr("name") ?? "",
        relId: x.attrLocal("id"),
        hidden: state === "hidden" || state === "veryhidden",
      });
    }
  }
  return { dateSystem, sheets };
}

async function readXml(zip: ZipPackage, part: string): Promise<string | undefined> {
  return zip.readText(part);
}

/** Finds the workbook part: package relationships, then content types, then the usual places. */
async function findWorkbookPart(zip: ZipPackage): Promise<string | undefined> {
  const rootRels = await readXml(zip, "_rels/.rels");
  if (rootRels) {
    for (const r of parseRels(rootRels)) {
      if (relKind(r.type) === "officedocument" && !r.external) {
        const p = resolvePart("", r.target);
        if (zip.has(p)) return p;
      }
    }
  }
  const types = await readXml(zip, "[Content_Types].xml");
  if (types) {
    const x = new XmlPull(types);
    for (;;) {
      const ev = x.next();
      if (ev === EOF) break;
      if (ev === OPEN && x.name === "Override") {
        const ct = (x.attr("ContentType") ?? "").toLowerCase();
        const pn = x.attr("PartName");
        if (pn && /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroenabled\.main\+xml|sheet\.binary\.macroenabled\.main/.test(ct)) {
          const p = resolvePart("", pn);
          if (zip.has(p)) return p;
        }
      }
    }
  }
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  if (zip.has("xl/workbook.bin")) return "xl/workbook.bin";
  const any = zip.names.find((n) => /(^|\/)workbook\.(xml|bin)$/.test(n) && !n.includes("_rels/"));
  return any;
}

export interface XlsxContent {
  sheets: Grid[];
  warnings: string[];
}

function xmlFailure(part: string, e: XmlError): ReadFailure {
  if (e.unsafe) return new ReadFailure("corrupt", `its part ${part} is unsafe: ${e.message}`);
  return new ReadFailure("corrupt", `its part ${part} is not well-formed XML: ${e.message}`);
}

/** Runs a parse step, turning XML errors into a "corrupt" failure that names the part. */
function parsing<T>(part: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof XmlError) throw xmlFailure(part, e);
    throw e;
  }
}

export async function readXlsxPackage(zip: ZipPackage, deadline: Deadline): Promise<XlsxContent> {
  const wbPart = await findWorkbookPart(zip);
  if (!wbPart) {
    if (zip.has("word/document.xml")) throw new ReadFailure("unsupported-format", "it is a Word document");
    if (zip.has("ppt/presentation.xml")) throw new ReadFailure("unsupported-format", "it is a PowerPoint presentation");
    const looksLikeWorkbook = zip.has("[Content_Types].xml") || zip.names.some((n) => /worksheets\/[^/]+\.xml$/.test(n));
    if (looksLikeWorkbook) throw new ReadFailure("corrupt", "its workbook part (xl/workbook.xml), which lists the sheets, is missing");
    throw new ReadFailure("unsupported-format", "it is a zip archive, not an Excel workbook");
  }
  if (wbPart.endsWith(".bin")) throw new ReadFailure("xlsb");

  const wbXml = await readXml(zip, wbPart);
  if (wbXml === undefined) throw new ReadFailure("corrupt", `its workbook part ${wbPart} cannot be read`);
  const info = parsing(wbPart, () => parseWorkbookXml(wbXml));
  if (info.sheets.length === 0) throw new ReadFailure("no-sheets", "its workbook lists no sheets");

  const relsPart = relsPartOf(wbPart);
  const relsXml = await readXml(zip, relsPart);
  if (relsXml === undefined) throw new ReadFailure("corrupt", `the part ${relsPart}, which says where each sheet is stored, is missing`);
  const rels = parsing(relsPart, () => parseRels(relsXml));
  const relById = new Map(rels.map((r) => [r.id, r]));
  const firstOf = (kind: string): string | undefined => {
    const r = rels.find((x) => relKind(x.type) === kind && !x.external);
    return r ? resolvePart(wbPart, r.target) : undefined;
  };

  const stylesPart = firstOf("styles");
  const themePart = firstOf("theme");
  const sstPart = firstOf("sharedstrings");
  const stylesXml = stylesPart ? await readXml(zip, stylesPart) : undefined;
  const themeXml = themePart ? await readXml(zip, themePart) : undefined;
  const styles = parsing(stylesPart ?? "styles", () => {
    try {
      return parseStyles(stylesXml, themeXml);
    } catch (e) {
      // A broken theme only costs colours; retry without it.
      if (e instanceof XmlError && !e.unsafe && themeXml) return parseStyles(stylesXml, undefined);
      throw e;
    }
  });
  let strings: StringItem[] = [];
  if (sstPart) {
    const sstXml = await readXml(zip, sstPart);
    if (sstXml !== undefined) strings = parsing(sstPart, () => parseSharedStrings(sstXml, styles.palette, deadline)).items;
  }

  const warnings: string[] = [];
  const sheets: Grid[] = [];
  const budget = { cells: MAX_BOOK_CELLS };
  const dateCache = new Map<number, string | undefined>();
  for (const entry of info.sheets) {
    deadline.check();
    const rel = entry.relId !== undefined ? relById.get(entry.relId) : undefined;
    if (!rel) throw new ReadFailure("corrupt", `the sheet "${entry.name}" has no stored part`);
    const kind = relKind(rel.type);
    if (kind !== "worksheet") continue; // chart sheets, dialog sheets, Excel 4 macro sheets
    const part = resolvePart(wbPart, rel.target);
    const xml = await readXml(zip, part);
    if (xml === undefined) throw new ReadFailure("corrupt", `the part ${part} holding the sheet "${entry.name}" is missing`);
    const data = parsing(part, () => parseSheet(xml, { styles, strings, dateSystem: info.dateSystem, deadline, budget, dateCache }));
    if (data.formulasWithoutValue > 0) {
      warnings.push(
        `Sheet "${entry.name}": ${data.formulasWithoutValue} formula cell(s) have no saved result (the file was not last saved by Excel) and are read as empty; open and save it in Excel to store the results.`,
      );
    }
    if (data.outOfRange > 0) warnings.push(`Sheet "${entry.name}": ${data.outOfRange} cell(s) with addresses outside the sheet were ignored.`);
    const grid: Grid = { name: entry.name, rows: data.rows, merges: data.merges, dateSystem: info.dateSystem };
    if (entry.hidden) grid.hidden = true;
    sheets.push(grid);
  }
  if (sheets.length === 0) throw new ReadFailure("no-sheets", "it has only chart sheets");
  if (sheets.every((g) => g.rows.length === 0)) {
    warnings.push(sheets.length === 1 ? "The workbook's only sheet holds no cell values." : `None of the ${sheets.length} sheets in this workbook holds any cell values.`);
  }
  return { sheets, warnings };
}
