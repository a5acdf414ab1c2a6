import { useEffect } from "preact/hooks";
import { a1, columnLetters, parseA1 } from "../../model/a1";
import type { Cell, Grid } from "../../model/grid";
import { FLAG_COLUMN_TITLES, type CellMark, type FlagColumnsRequest } from "../hostApi";

import { shortDate } from "../ui/format";

/** Rows drawn at once: a window around the selected cell on big sheets. */
const WINDOW = 400;

function shown(cell: Cell | undefined): string {
  if (!cell) return "";
  switch (cell.kind) {
    case "empty":
      return "";
    case "date":
      return shortDate(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "number":
      return String(cell.value);
    default:
      return cell.value;
  }
}

/** The flag columns shown beside a table: [row][column] → text, with the header row's titles. */
function flagCells(flags: readonly FlagColumnsRequest[]): Map<string, { text: string; rag?: string }> {
  const cells = new Map<string, { text: string; rag?: string }>();
  for (const f of flags) {
    FLAG_COLUMN_TITLES.forEach((title, i) => cells.set(a1(f.headerRow - 1, f.firstFlagCol + i), { text: title }));
    for (const r of f.rows) {
      const values = [r.complete ? "TRUE" : "FALSE", r.overdue ? "TRUE" : "FALSE", String(r.daysOverdue), r.rag];
      values.forEach((text, i) => cells.set(a1(r.row - 1, f.firstFlagCol + i), i === 3 ? { text, rag: r.rag } : { text }));
    }
  }
  return cells;
}

export const cellId = (address: string) => `sheet-cell-${address}`;

/**
 * A read-only view of one sheet, as a table with Excel's row numbers and column letters. The selected cell
 * (a finding clicked in Check) is scrolled to and outlined, its row shaded; problem cells are tinted by
 * severity; flag columns are drawn beside their table.
 */
export function SheetView({ grid, selection, marks, flags }: { grid: Grid; selection: string | null; marks: readonly CellMark[]; flags: readonly FlagColumnsRequest[] }) {
  const selected = selection ? parseA1(selection) : undefined;
  const marked = new Map(marks.filter((m) => m.sheet === grid.name).map((m) => [m.cell, m.severity]));
  const extra = flagCells(flags);
  const width = grid.rows.reduce((max, r) => Math.max(max, r.length), Math.max(0, ...flags.map((f) => f.firstFlagCol + FLAG_COLUMN_TITLES.length)));
  const height = Math.max(grid.rows.length, ...flags.map((f) => f.lastRow));
  const first = height <= WINDOW || !selected ? 0 : Math.max(0, Math.min(selected.row - WINDOW / 2, height - WINDOW));
  const rows = Array.from({ length: Math.min(WINDOW, height - first) }, (_, i) => first + i);

  useEffect(() => {
    if (!selection) return;
    const target = document.getElementById(cellId(selection));
    target?.scrollIntoView?.({ block: "center", inline: "nearest" });
    target?.focus({ preventScroll: true });
  }, [selection, grid]);

  return (
    <div class="sheet-scroll">
      <table class="sheet" aria-label={`Sheet ${grid.name}`}>
        <thead>
          <tr>
            <td class="corner" />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} scope="col" class="col-head">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r} class={selected?.row === r ? "selected-row" : undefined}>
              <th scope="row" class="row-head">
                {r + 1}
              </th>
              {Array.from({ length: width }, (_, c) => {
                const address = a1(r, c);
                const flag = extra.get(address);
                const severity = marked.get(address);
                const isSelected = selection === address;
                const classes = [flag ? "flag-cell" : "", flag?.rag ? `rag ${flag.rag}` : "", severity ? `mark ${severity}` : "", isSelected ? "selected" : ""].filter(Boolean).join(" ");
                return (
                  <td key={c} id={isSelected ? cellId(address) : undefined} tabIndex={isSelected ? -1 : undefined} class={classes || undefined} title={severity ? `${address}: ${severity}` : undefined}>
                    {flag ? flag.text : shown(grid.rows[r]?.[c])}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {height > rows.length && (
        <p class="help">
          Rows {first + 1}–{first + rows.length} of {height} shown.
        </p>
      )}
    </div>
  );
}
