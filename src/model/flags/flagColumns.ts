/**
 * The flag columns PlanCheck writes beside a plan table ("Add flag columns"): these four headings, side by
 * side in this order on the table's header row. Wherever a sheet is read again they are recognised as
 * PlanCheck's own output, not the plan's data, and a host adding them again finds them by these headings.
 */
export const FLAG_COLUMN_TITLES = ["Complete", "Overdue", "Days overdue", "RAG"] as const;

// Compared as the pane writes them, give or take case and spacing: "Complete" alone (or "RAG" alone) is a
// plan's own status column; only the four in a row are PlanCheck's.
const key = (label: string) => label.trim().replace(/\s+/g, " ").toLowerCase();
const WANTED = FLAG_COLUMN_TITLES.map(key);

/**
 * Where the four flag headings stand side by side in a row of labels (0-based index into `labels`), looking
 * from `from` on; -1 when they do not. Non-text cells are passed as "" (or undefined).
 */
export function findFlagColumns(labels: readonly (string | undefined)[], from = 0): number {
  for (let c = Math.max(0, from); c + WANTED.length <= labels.length; c++) {
    if (WANTED.every((title, i) => key(labels[c + i] ?? "") === title)) return c;
  }
  return -1;
}

/**
 * PLAN.FLAGS's spill: the deadline and status it read, then the same four flags. Its titles sit on the
 * range's header row, so a sheet with a FLAGS formula beside its plan carries the four flag headings too —
 * as values Excel computes, which "Add flag columns" must never clear or write over.
 */
export const FLAGS_SPILL_TITLES = ["Due by", "Status", ...FLAG_COLUMN_TITLES] as const;

/** The states PLAN.STATUS and FLAGS's Status column write (a blank is ""). */
const SPILLED_STATES = new Set(["complete", "in-progress", "not-started", "blocked", "cancelled", "unknown"]);

/**
 * Whether the four flag headings found at `flagCol` end a FLAGS spill rather than stand alone: the two
 * headings before them are the spill's "Due by" and "Status", and every value under that Status heading
 * (`statuses`) is a state exactly as FLAGS writes it. A plan's own "Due by | Status" columns, which the
 * officer types, hold words such as "In progress" or "Complete – see notes", never only those states.
 */
export function isFlagsSpill(labels: readonly (string | undefined)[], flagCol: number, statuses: readonly string[]): boolean {
  const [dueBy, status] = FLAGS_SPILL_TITLES.map(key);
  if (flagCol < 2 || key(labels[flagCol - 2] ?? "") !== dueBy || key(labels[flagCol - 1] ?? "") !== status) return false;
  return statuses.every((s) => s === "" || SPILLED_STATES.has(s));
}
