import { parseA1 } from "../../src/model/a1";
import type { Cell, CellRange, Grid } from "../../src/model/grid";

function parseRange(ref: string): CellRange {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) throw new Error(`bad range ${ref}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * A grid from rows of strings for tests: "" is an empty cell, strings are text cells.
 * `bold` lists A1 addresses of bold cells; `merges` A1 ranges such as "A5:A8".
 */
export function gridOf(rows: string[][], opts: { name?: string; bold?: string[]; merges?: string[]; dates?: Record<string, string> } = {}): Grid {
  const cells: Cell[][] = rows.map((r) => r.map((v): Cell => (v === "" ? { kind: "empty" } : { kind: "text", value: v })));
  for (const address of opts.bold ?? []) {
    const p = parseA1(address);
    if (!p) throw new Error(address);
    const cell = cells[p.row][p.col];
    cells[p.row][p.col] = { ...cell, style: { bold: true } } as Cell;
  }
  for (const [address, iso] of Object.entries(opts.dates ?? {})) {
    const p = parseA1(address);
    if (!p) throw new Error(address);
    cells[p.row][p.col] = { kind: "date", value: iso };
  }
  return { name: opts.name ?? "Sheet1", rows: cells, merges: (opts.merges ?? []).map(parseRange), dateSystem: 1900 };
}
