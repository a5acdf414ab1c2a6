/**
 * Helpers for the key generators of the large exports. They read the cells with the real reader
 * (src/workbook) and nothing else: no analysis, no PlanCheck verdicts. Each generator states its rules.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { cellText, type Cell, type Grid } from "../../../src/model/grid";

export interface KeyRow { row: number; action: string; due: string | null; complete: boolean }
export interface KeySheet { name: string; plan: boolean; rows: KeyRow[] }

export async function sheetsOf(file: string): Promise<Grid[]> {
  const res = await readWorkbook(file, { timeoutMs: 120_000 });
  if (!res.ok) throw new Error(res.error.message);
  return res.book.sheets;
}

export const text = (c: Cell | undefined): string => (c ? cellText(c) : "");

/** Column index of each header label (first occurrence). */
export function columns(header: Cell[]): Map<string, number> {
  const m = new Map<string, number>();
  header.forEach((c, i) => {
    const t = text(c);
    if (t && !m.has(t)) m.set(t, i);
  });
  return m;
}

export function col(cols: Map<string, number>, label: string): number {
  const i = cols.get(label);
  if (i === undefined) throw new Error(`no column "${label}"`);
  return i;
}

export const iso = (y: number, m: number, d: number): string => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) throw new Error(`bad date ${y}-${m}-${d}`);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};

export const firstWords = (s: string): string => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 80 ? `${t.slice(0, 80)}…` : t;
};

export function writeKey(id: string, plan: boolean, sheets: KeySheet[], notes: string): void {
  const out = { id, asOf: "2026-12-03", plan, sheets, notes };
  const path = join(__dirname, "..", "keys", `${id}.json`);
  // One row per line: keys stay readable and diffable.
  const json = JSON.stringify(out, null, 2).replace(/\{\n\s+"row": ([^\n]+),\n\s+"action": ([^\n]+),\n\s+"due": ([^\n]+),\n\s+"complete": (\w+)\n\s+\}/g, '{ "row": $1, "action": $2, "due": $3, "complete": $4 }');
  writeFileSync(path, `${json}\n`);
  const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
  const dated = sheets.reduce((n, s) => n + s.rows.filter((r) => r.due).length, 0);
  const done = sheets.reduce((n, s) => n + s.rows.filter((r) => r.complete).length, 0);
  console.log(`${id}: ${rows} action rows, ${dated} dated, ${done} complete -> ${path}`);
}
