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
