import type { Change, CombinedRow } from "./types";
import { wordSimilarity } from "./similarity";

/** What a previous combined workbook said about an action. */
export interface PreviousRow {
  key: string;
  district: string;
  action: string;
  statusText: string;
  state: string;
  overdue: boolean;
}

// Two actions of one district whose wording shares this much (Dice over words) are the same action edited.
const SAME_ACTION = 0.75;

/**
 * Compares this run's rows with a previous combined view: new and removed actions, status changes, and
 * actions that became (or stopped being) overdue. Rows are matched by key first, then, among what is
 * left in each district, by wording similarity, so an action whose text was lightly edited still matches.
 */
export function diffRows(previous: readonly PreviousRow[], current: readonly CombinedRow[]): Change[] {
  const byKey = new Map(previous.map((p) => [p.key, p]));
  const matched = new Map<CombinedRow, PreviousRow>();
  const used = new Set<PreviousRow>();
  for (const row of current) {
    const p = byKey.get(row.key);
    if (p && !used.has(p)) {
      matched.set(row, p);
      used.add(p);
    }
  }
  pairBySimilarity(
    current.filter((r) => !matched.has(r)),
    previous.filter((p) => !used.has(p)),
    (row, p) => {
      matched.set(row, p);
      used.add(p);
    },
  );

  const changes: Change[] = [];
  for (const row of current) {
    const p = matched.get(row);
    const base = { key: row.key, district: row.district, action: row.action };
    if (!p) {
      changes.push({ kind: "new", ...base, before: null, after: describe(row.state, row.statusText) });
      continue;
    }
    if (p.state !== row.state) {
      changes.push({ kind: "status-changed", ...base, before: describe(p.state, p.statusText), after: describe(row.state, row.statusText) });
    }
    if (!p.overdue && row.overdue) changes.push({ kind: "newly-overdue", ...base, before: "not overdue", after: `overdue by ${row.daysOverdue} day${row.daysOverdue === 1 ? "" : "s"}` });
    if (p.overdue && !row.overdue) changes.push({ kind: "no-longer-overdue", ...base, before: "overdue", after: row.complete ? "complete" : "not overdue" });
  }
  for (const p of previous) {
    if (!used.has(p)) changes.push({ kind: "removed", key: p.key, district: p.district, action: p.action, before: describe(p.state, p.statusText), after: null });
  }
  return changes;
}

function describe(state: string, text: string): string {
  return text && text !== state ? `${state}: ${text}` : state;
}

/** Greedy best-first pairing of leftover rows within each district. */
function pairBySimilarity(rows: CombinedRow[], previous: PreviousRow[], pair: (row: CombinedRow, p: PreviousRow) => void): void {
  const candidates: { row: CombinedRow; p: PreviousRow; score: number }[] = [];
  for (const row of rows) {
    for (const p of previous) {
      if (p.district !== row.district) continue;
      const score = wordSimilarity(row.action, p.action);
      if (score >= SAME_ACTION) candidates.push({ row, p, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const taken = new Set<unknown>();
  for (const c of candidates) {
    if (taken.has(c.row) || taken.has(c.p)) continue;
    taken.add(c.row);
    taken.add(c.p);
    pair(c.row, c.p);
  }
}
