/**
 * Small helpers for editing the package exceljs writes: escaping, finding a sheet's part by its name,
 * relationships and content types. They read exceljs's own output (plain, unprefixed SpreadsheetML), not
 * arbitrary workbooks.
 */
import type { Package } from "./package";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The value of attribute `name` in a start tag, or undefined. */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:]/g, "\\:")}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** Resolves a relationship target against the part that owns the relationships. */
export function resolvePart(owner: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = owner.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: xl/worksheets/sheet2.xml → xl/worksheets/_rels/sheet2.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
  }));
}

/** Adds a relationship to a part's rels (creating them) and returns its id. */
export function addRelationship(pkg: Package, owner: string, type: string, target: string): string {
  const relsPart = relsPartOf(owner);
  const existing = pkg.has(relsPart) ? pkg.text(relsPart) : null;
  const ids = new Set(existing ? parseRels(existing).map((r) => r.id) : []);
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  const xml = existing
    ? existing.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${rel}</Relationships>`;
  if (xml === existing) throw new Error(`cannot add a relationship to ${relsPart}`);
  pkg.set(relsPart, xml);
  return id;
}

/** The worksheet part of the sheet named `name`, found through xl/workbook.xml and its relationships. */
export function sheetPart(pkg: Package, name: string): string {
  const workbook = pkg.text("xl/workbook.xml");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "name") === name);
  const id = tag ? attr(tag, "r:id") : undefined;
  if (!id) throw new Error(`the written workbook has no sheet "${name}"`);
  const rels = parseRels(pkg.text(relsPartOf("xl/workbook.xml")));
  const rel = rels.find((r) => r.id === id);
  if (!rel) throw new Error(`the written workbook has no relationship ${id} for sheet "${name}"`);
  return resolvePart("xl/workbook.xml", rel.target);
}

/** Adds an Override to [Content_Types].xml for a part (no-op when present). */
export function addContentType(pkg: Package, part: string, contentType: string): void {
  const xml = pkg.text("[Content_Types].xml");
  if (xml.includes(`PartName="/${part}"`)) return;
  const next = xml.replace(/<\/Types>\s*$/, `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/></Types>`);
  if (next === xml) throw new Error("cannot add a content type to [Content_Types].xml");
  pkg.set("[Content_Types].xml", next);
}

/** A part name not in the package yet: xl/charts/chart1.xml, chart2.xml… */
export function freePart(pkg: Package, dir: string, stem: string): string {
  for (let n = 1; ; n++) {
    const part = `${dir}/${stem}${n}.xml`;
    if (!pkg.has(part)) return part;
  }
}
