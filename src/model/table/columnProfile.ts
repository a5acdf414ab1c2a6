import { cellText, type Cell, type Grid } from "../grid";
import { classOf, rowClasses, type ValueClass } from "./valueClass";

/** What a column holds in the rows under a candidate header. */
export interface ColumnProfile {
  col: number;
  /** Non-empty values sampled. */
  values: number;
  counts: Record<ValueClass, number>;
  /** Average length of its text values (0 when none). */
  averageLength: number;
  /** Lower-cased texts of the first values, to spot a candidate header's cell repeated as data. */
  texts: Set<string>;
}

/** Rows sampled to tell a header from data: enough to see a column's kind, few enough to run on every candidate. */
export const WINDOW_ROWS = 12;
/** Rows sampled to choose a header's column roles ("a few hundred rows under a candidate"). */
export const PROFILE_ROWS = 200;
const TEXTS_KEPT = WINDOW_ROWS;
const EMPTY_CODE = 0;

const emptyCounts = (): Record<ValueClass, number> => ({ empty: 0, date: 0, dueText: 0, status: 0, ref: 0, number: 0, short: 0, text: 0, long: 0 });

// Every template profiles the same candidate rows: remember each row's profiles, keyed by its cells.
const profileCache = new WeakMap<readonly Cell[], Map<string, { profiles: ColumnProfile[]; rows: number }>>();

/**
 * Profiles the given columns over the next `limit` rows under `headerRow` that hold at least two values in
 * those columns (a lone value is a heading, not a row of the table). A row that repeats the header's texts
 * is skipped. Returns the profiles and how many rows were sampled.
 */
export function profileColumns(
  grid: Grid,
  headerRow: number,
  cols: readonly number[],
  headerTexts: readonly string[],
  limit: number,
): { profiles: ColumnProfile[]; rows: number } {
  const own = grid.rows[headerRow];
  const key = `${grid.rows.length}|${limit}|${cols.join(",")}|${headerTexts.join("\u0000")}`;
  const memo = own ? profileCache.get(own) : undefined;
  const hit = memo?.get(key);
  if (hit) return hit;
  const result = profile(grid, headerRow, cols, headerTexts, limit);
  if (own) {
    if (memo) memo.set(key, result);
    else profileCache.set(own, new Map([[key, result]]));
  }
  return result;
}

function profile(grid: Grid, headerRow: number, cols: readonly number[], headerTexts: readonly string[], limit: number) {
  const profiles: ColumnProfile[] = cols.map((col) => ({ col, values: 0, counts: emptyCounts(), averageLength: 0, texts: new Set() }));
  const lengths = cols.map(() => 0);
  const textCounts = cols.map(() => 0);
  let rows = 0;
  for (let r = headerRow + 1; r < grid.rows.length && rows < limit; r++) {
    const cells = grid.rows[r];
    if (!cells || cells.length === 0) continue;
    const classes = rowClasses(cells);
    let filled = 0;
    for (const col of cols) if ((classes[col] ?? EMPTY_CODE) !== EMPTY_CODE) filled++;
    if (filled < 2) continue;
    if (repeatsHeader(cells, cols, headerTexts)) continue;
    rows++;
    for (let i = 0; i < cols.length; i++) {
      const kind = classOf(classes[cols[i]]);
      if (kind === "empty") continue;
      const p = profiles[i];
      p.values++;
      p.counts[kind]++;
      const cell = cells[cols[i]];
      if (cell.kind === "text") {
        lengths[i] += cell.value.trim().length;
        textCounts[i]++;
      }
      if (p.texts.size < TEXTS_KEPT) p.texts.add(cellText(cell).toLowerCase());
    }
  }
  profiles.forEach((p, i) => {
    p.averageLength = textCounts[i] === 0 ? 0 : lengths[i] / textCounts[i];
  });
  return { profiles, rows };
}

function repeatsHeader(cells: readonly Cell[], cols: readonly number[], texts: readonly string[]): boolean {
  let same = 0;
  cols.forEach((col, i) => {
    const cell = cells[col];
    if (texts[i] !== "" && cell && cellText(cell) === texts[i]) same++;
  });
  return same >= Math.max(2, Math.ceil(cols.length / 2));
}

/** Share of a column's values in the given classes (0 when it has none). */
export function share(profile: ColumnProfile, ...classes: ValueClass[]): number {
  if (profile.values === 0) return 0;
  let n = 0;
  for (const c of classes) n += profile.counts[c];
  return n / profile.values;
}

/** The class most of a column's values have, or undefined when none has a majority. */
export function dominantClass(profile: ColumnProfile): ValueClass | undefined {
  if (profile.values === 0) return undefined;
  let best: ValueClass | undefined;
  let most = 0;
  for (const [kind, n] of Object.entries(profile.counts) as [ValueClass, number][]) {
    if (n > most) {
      most = n;
      best = kind;
    }
  }
  return most * 2 > profile.values ? best : undefined;
}
