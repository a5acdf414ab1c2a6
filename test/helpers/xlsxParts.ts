/**
 * Builds small .xlsx packages part by part (with JSZip), for tests that need exact XML: odd attributes,
 * namespaces, date systems, rich text, broken parts.
 */
import JSZip from "jszip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetSpec {
  name: string;
  /** The <sheetData> content (rows), or a whole worksheet document when it starts with "<?xml" or "<worksheet". */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** Extra worksheet content after </sheetData>, e.g. <mergeCells>. */
  after?: string;
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Attributes for <workbookPr>, e.g. 'date1904="true"'. */
  workbookPr?: string;
  /** <si> items (inner XML of <sst>). */
  sharedStrings?: string[];
  /** A whole styles.xml. */
  styles?: string;
  /** A whole theme1.xml. */
  theme?: string;
  /** Extra or replacement entries: name → content. */
  extra?: Record<string, string | Uint8Array>;
  /** Compression; STORE is fastest for big generated sheets. */
  compression?: "STORE" | "DEFLATE";
}

export function worksheet(sheetData: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** styles.xml from numFmts (id → code), fonts (inner XML of each <font>) and cellXfs ([numFmtId, fontId]). */
export function stylesXml(numFmts: Record<number, string>, fonts: string[], xfs: [number, number][]): string {
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const nf = Object.entries(numFmts)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
    (nf ? `<numFmts count="${Object.keys(numFmts).length}">${nf}</numFmts>` : "") +
    `<fonts count="${fonts.length}">${fonts.map((f) => `<font>${f}</font>`).join("")}</fonts>` +
    `<cellXfs count="${xfs.length}">${xfs.map(([n, f]) => `<xf numFmtId="${n}" fontId="${f}" fillId="0" borderId="0" xfId="0"/>`).join("")}</cellXfs>` +
    `</styleSheet>`
  );
}

export async function buildXlsx(spec: BookSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides: string[] = [`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`];
  const rels: string[] = [];
  const sheetEls: string[] = [];
  spec.sheets.forEach((s, i) => {
    const n = i + 1;
    const body = s.xml.startsWith("<?xml") || s.xml.startsWith("<worksheet") ? s.xml : worksheet(s.xml, s.after);
    zip.file(`xl/worksheets/sheet${n}.xml`, body);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    const name = s.name.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    sheetEls.push(`<sheet name="${name}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${n}"/>`);
  });
  if (spec.sharedStrings) {
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN_NS}" count="${spec.sharedStrings.length}">${spec.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`);
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (spec.styles) {
    zip.file("xl/styles.xml", spec.styles);
    rels.push(`<Relationship Id="rIdY" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  if (spec.theme) {
    zip.file("xl/theme/theme1.xml", spec.theme);
    rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>`);
  }
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr ${spec.workbookPr ?? ""}/><sheets>${sheetEls.join("")}</sheets></workbook>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`);
  for (const [name, content] of Object.entries(spec.extra ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: spec.compression ?? "DEFLATE" });
}

/** A plan-like sheet of `rows` data rows × 10 columns (text, shared strings, numbers, dates), STORE-zipped. */
export async function buildBigXlsx(rows: number): Promise<Uint8Array> {
  const strings = ["Ref", "Objective", "Action", "Lead", "Due", "Status", "RAG", "Budget", "Notes", "Updated", "Complete", "On track", "Delayed"];
  const parts: string[] = [];
  parts.push(`<row r="1">${strings.slice(0, 10).map((_, c) => `<c r="${String.fromCharCode(65 + c)}1" t="s" s="1"><v>${c}</v></c>`).join("")}</row>`);
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>A${i}</t></is></c><c r="B${r}" t="inlineStr"><is><t>Objective number ${i % 500} for the council</t></is></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>Action text ${i} with some words in it</t></is></c><c r="D${r}" t="inlineStr"><is><t>Officer ${i % 37}</t></is></c>` +
        `<c r="E${r}" s="2"><v>${45292 + (i % 700)}</v></c><c r="F${r}" t="s"><v>${10 + (i % 3)}</v></c><c r="G${r}" t="inlineStr"><is><t>${"RAG"[i % 3]}</t></is></c>` +
        `<c r="H${r}"><v>${i * 1.5}</v></c>${i % 5 === 0 ? `<c r="I${r}" t="inlineStr"><is><t>note</t></is></c>` : ""}<c r="J${r}" s="2"><v>45658</v></c></row>`,
    );
  }
  return buildXlsx({
    sheets: [{ name: "Plan", xml: parts.join("") }],
    sharedStrings: strings.map((s) => `<t>${s}</t>`),
    styles: stylesXml({ 164: "dd/mm/yyyy" }, ["<sz val=\"11\"/>", "<b/><sz val=\"11\"/>"], [
      [0, 0],
      [0, 1],
      [164, 0],
    ]),
    compression: "STORE",
  });
}
