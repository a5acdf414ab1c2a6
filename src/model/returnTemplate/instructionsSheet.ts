import { cellText, type Grid } from "../grid";
import { INSTRUCTIONS_SHEET, RETURN_MARKER } from "./sheets";

/** How far down the sheet the marker line may be (the Instructions sheet of a 14-column template is ~50 rows). */
const MARKER_ROWS = 200;

/**
 * True for the Instructions sheet of a district return PlanCheck wrote: named so and carrying the marker
 * line. It is PlanCheck's own text, like the flag columns, so it is left out rather than read as a plan.
 */
export function isReturnInstructions(grid: Grid): boolean {
  if (grid.name !== INSTRUCTIONS_SHEET) return false;
  const rows = Math.min(grid.rows.length, MARKER_ROWS);
  for (let r = 0; r < rows; r++) {
    for (const cell of grid.rows[r]) if (cell.kind === "text" && cellText(cell) === RETURN_MARKER) return true;
  }
  return false;
}
