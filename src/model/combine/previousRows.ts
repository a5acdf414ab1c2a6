import { cellText, type Grid } from "../grid";
import { normaliseLabel } from "../templates/normaliseLabel";
import type { PreviousRow } from "./changes";

const NEEDED = ["row key", "district", "action", "status", "state", "overdue"] as const;

/**
 * Reads the Combined sheet of a workbook PlanCheck wrote earlier. Returns the rows, or a message saying
 * why the workbook is not one (so `--previous` with the wrong file is a clear error, not an empty diff).
 */
export function previousRows(sheets: readonly Grid[]): { ok: true; rows: PreviousRow[] } | { ok: false; message: string } {
  const grid = sheets.find((s) => s.name === "Combined");
  if (!grid) return { ok: false, message: 'it has no "Combined" sheet: give a workbook written by plancheck combine' };
  const header = (grid.rows[0] ?? []).map((c) => normaliseLabel(c ? cellText(c) : ""));
  const col = Object.fromEntries(NEEDED.map((name) => [name, header.indexOf(name)])) as Record<(typeof NEEDED)[number], number>;
  const missing = NEEDED.filter((name) => col[name] < 0);
  if (missing.length > 0) return { ok: false, message: `its Combined sheet lacks the column(s) ${missing.join(", ")}` };
  const rows: PreviousRow[] = [];
  for (const cells of grid.rows.slice(1)) {
    const text = (name: (typeof NEEDED)[number]) => {
      const c = cells?.[col[name]];
      return c ? cellText(c) : "";
    };
    const key = text("row key");
    if (!key) continue;
    const overdue = text("overdue");
    rows.push({
      key,
      district: text("district"),
      action: text("action"),
      statusText: text("status"),
      state: text("state"),
      overdue: overdue === "TRUE" || overdue.toLowerCase() === "true",
    });
  }
  return { ok: true, rows };
}
