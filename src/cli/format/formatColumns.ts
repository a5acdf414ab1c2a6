import type { SheetReport, TableReport } from "../../model/analyse/types";
import { fit } from "./layout";

/** Width the compact one-line list wraps at. */
const LINE_WIDTH = 120;
const INDENT = "    ";

const column = (cell: string): string => cell.replace(/\d+$/, "");
const roleOf = (role: string | null): string => role ?? "ignored";

/** "A Ref → ref · B Action → action …", wrapped. */
function compact(label: string, table: TableReport): string[] {
  const items = table.columns.map((c) => `${column(c.cell)} ${c.label.replace(/\s+/g, " ").trim()} → ${roleOf(c.role)}`);
  const lines: string[] = [];
  let line = `${INDENT}${label}`;
  for (const [i, item] of items.entries()) {
    const piece = i === 0 ? ` ${item}` : ` · ${item}`;
    if (i > 0 && line.length + piece.length > LINE_WIDTH) {
      lines.push(`${line} ·`);
      line = `${INDENT}${" ".repeat(label.length)} ${item}`;
    } else line += piece;
  }
  lines.push(line);
  return lines;
}

/** One line per column with what decided its role, then the columns passed over for a role. */
function explained(label: string, table: TableReport): string[] {
  const width = Math.min(28, Math.max(...table.columns.map((c) => c.label.length)));
  const lines = [`${INDENT}${label}`];
  for (const c of table.columns) {
    const why = c.why ? `  ${c.why}` : "";
    lines.push(`${INDENT}  ${fit(column(c.cell), 3)} ${fit(c.label, width)} → ${fit(roleOf(c.role), 10)}${why}`.trimEnd());
  }
  for (const a of table.alternatives ?? []) lines.push(`${INDENT}  not ${a.role}: ${column(a.cell)} "${a.label}": ${a.why}`);
  return lines;
}

const signature = (t: TableReport): string => JSON.stringify(t.columns.map((c) => [c.label, c.role, c.why]));

/**
 * The role each column of each table was given (label → role), and why when the analysis says: what
 * `plancheck template` would write, so an officer can see at a glance whether a column was misread. A table
 * with the same columns as the one before it is not listed again.
 */
export function columnLines(sheet: SheetReport): string[] {
  const lines: string[] = [];
  let previous = "";
  for (const table of sheet.tables) {
    const sig = signature(table);
    if (sig === previous) continue;
    previous = sig;
    const label = `columns (row ${table.headerRow}):`;
    const hasWhy = table.columns.some((c) => c.why) || (table.alternatives?.length ?? 0) > 0;
    lines.push(...(hasWhy ? explained(label, table) : compact(label, table)));
  }
  return lines;
}
