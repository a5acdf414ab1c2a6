import { parseA1 } from "../a1";
import { cellText, type Grid } from "../grid";
import { districtFromFileName } from "./districtName";

/** How each source's district is named. */
export type DistrictRule =
  | { kind: "file-name" }
  /** The text of one cell, e.g. `--district-from cell:Cover!B2`. */
  | { kind: "cell"; sheet: string; address: string }
  /** A table of file name → district (`--district-map map.csv`), keys compared case-insensitively. */
  | { kind: "map"; entries: ReadonlyMap<string, string> };

/** Parses `cell:Sheet!B2` (or `cell:'My sheet'!B2`); undefined when it is not that form. */
export function parseDistrictFrom(spec: string): DistrictRule | undefined {
  const m = /^cell:(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Za-z]{1,3}\$?\d+)$/.exec(spec.trim());
  if (!m || !parseA1(m[3])) return undefined;
  return { kind: "cell", sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, "").toUpperCase() };
}

/** The map file's rows (first column file name, second district; a header row is allowed). */
export function districtMap(rows: readonly (readonly string[])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [file = "", district = ""] of rows) {
    const f = file.trim();
    const d = district.trim();
    if (!f || !d || /^(file|file ?name|source)$/i.test(f)) continue;
    map.set(mapKey(f), d);
  }
  return map;
}

const mapKey = (file: string) => file.replace(/^.*[\\/]/, "").toLowerCase();

/**
 * The district for one file. When the rule cannot name it (no such sheet or cell, or the file is not in the
 * map) the file name is used and `note` says why, so the officer can fix the rule.
 */
export function resolveDistrict(fileName: string, sheets: readonly Grid[], rule: DistrictRule): { district: string; note?: string } {
  const fallback = districtFromFileName(fileName);
  if (rule.kind === "file-name") return { district: fallback };
  if (rule.kind === "map") {
    const named = rule.entries.get(mapKey(fileName));
    return named ? { district: named } : { district: fallback, note: `not in the district map; named "${fallback}" from its file name` };
  }
  const sheet = sheets.find((s) => s.name.toLowerCase() === rule.sheet.toLowerCase());
  const at = parseA1(rule.address);
  const cell = sheet && at ? sheet.rows[at.row]?.[at.col] : undefined;
  const text = cell ? cellText(cell).replace(/\s+/g, " ").trim() : "";
  if (text) return { district: text };
  const why = sheet ? `cell ${rule.sheet}!${rule.address} is empty` : `it has no sheet "${rule.sheet}"`;
  return { district: fallback, note: `${why}; named "${fallback}" from its file name` };
}
