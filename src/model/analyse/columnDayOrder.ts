import { columnLetters } from "../a1";
import { dayOrderOptions, inferDayOrder, type DayOrderEvidence } from "../due/dayOrder";
import type { DayOrderOptions } from "../due/types";
import type { PlanTable } from "../table/types";
import type { Role } from "../templates/types";

/** Columns of dates a tool or a person writes the same way as the due dates beside them. */
const DATE_ROLES: readonly Role[] = ["due", "start", "completed"];

function evidenceOf(table: PlanTable, role: Role): DayOrderEvidence {
  const texts = new Set<string>();
  for (const row of table.rows) {
    const cell = row.values[role];
    if (cell?.kind === "text") texts.add(cell.value);
  }
  return inferDayOrder(texts);
}

/**
 * The day order of one date column of a table (its due or start column), decided by that column's own
 * values: "11/14/24" anywhere in it makes the whole column month first. When none of its values decides,
 * a sibling date column written month first does ("Start 10/14/24" beside "Due 11/1/24"), and the reason
 * names it. Nothing for a table without the column.
 */
export function columnDayOrder(table: PlanTable, role: Role): DayOrderOptions {
  const column = table.header.byRole.get(role);
  if (!column) return {};
  const letter = columnLetters(column.col);
  const own = evidenceOf(table, role);
  if (own.basis !== "none") return dayOrderOptions(own, letter);
  for (const sibling of DATE_ROLES) {
    const other = sibling === role ? undefined : table.header.byRole.get(sibling);
    if (!other) continue;
    const evidence = evidenceOf(table, sibling);
    if (evidence.basis === "values" && evidence.order === "month-first") {
      const why = `column ${letter}'s dates fit either way, and column ${columnLetters(other.col)}'s are written month first, e.g. ${evidence.example}`;
      return { dayOrder: "month-first", dayOrderWhy: why };
    }
  }
  return {};
}
