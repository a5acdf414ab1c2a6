import { columnLetters } from "../a1";
import { dayOrderOptions, inferDayOrder } from "../due/dayOrder";
import type { DayOrderOptions } from "../due/types";
import type { PlanTable } from "../table/types";
import type { Role } from "../templates/types";

/**
 * The day order of one date column of a table (its due or start column), decided by that column's own
 * values: "11/14/24" anywhere in it makes the whole column month first. Nothing for a table without it.
 */
export function columnDayOrder(table: PlanTable, role: Role): DayOrderOptions {
  const column = table.header.byRole.get(role);
  if (!column) return {};
  const texts = new Set<string>();
  for (const row of table.rows) {
    const cell = row.values[role];
    if (cell?.kind === "text") texts.add(cell.value);
  }
  return dayOrderOptions(inferDayOrder(texts), columnLetters(column.col));
}
