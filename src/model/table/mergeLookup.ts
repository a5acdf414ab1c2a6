import type { CellRange, Grid } from "../grid";

/**
 * For cells inside a merged range that spans several rows, the (row, col) of the range's top-left cell,
 * whose value Excel shows across the whole range. Horizontal-only merges are left out: their
 * continuation cells are simply empty.
 */
export type MergeLookup = (row: number, col: number) => { row: number; col: number } | undefined;

// Ranges larger than this (whole-column merges in broken files) are clipped rather than expanded.
const MAX_CELLS_PER_RANGE = 100_000;

export function buildMergeLookup(grid: Grid): MergeLookup {
  if (grid.merges.length === 0) return () => undefined;
  const origin = new Map<number, CellRange>();
  const lastRow = grid.rows.length - 1;
  for (const m of grid.merges) {
    if (m.bottom <= m.top) continue;
    const bottom = Math.min(m.bottom, lastRow, m.top + Math.floor(MAX_CELLS_PER_RANGE / (m.right - m.left + 1)));
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) origin.set(r * 16384 + c, m);
    }
  }
  return (row, col) => {
    const m = origin.get(row * 16384 + col);
    return m && { row: m.top, col: m.left };
  };
}

/** True when the cell is the top-left of a merge that spans two or more columns. */
export function buildWideMergeSet(grid: Grid): Set<number> {
  const set = new Set<number>();
  for (const m of grid.merges) if (m.right > m.left) set.add(m.top * 16384 + m.left);
  return set;
}
