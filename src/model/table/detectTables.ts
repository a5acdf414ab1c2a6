import { columnLetters } from "../a1";
import { EMPTY, type Cell, type Grid } from "../grid";
import type { Role, TemplateField } from "../templates/types";
import { meaningfulCols, textOf } from "./classifyCells";
import type { CompiledTemplate } from "./compileTemplate";
import { isAnnotationLabel, isLegendLabel, isSectionLabel } from "./headingPatterns";
import { matchHeaderRow, type HeaderMatch } from "./matchHeaderRow";
import { buildMergeLookup, buildWideMergeSet, type MergeLookup } from "./mergeLookup";
import type { HeadingKind, PlanRow, PlanTable } from "./types";

/** Every row of the sheet that the template recognises as a header row. */
export function findHeaderRows(grid: Grid, compiled: CompiledTemplate): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  grid.rows.forEach((cells, r) => {
    const m = matchHeaderRow(cells, r, compiled);
    if (m) found.push(m);
  });
  return found;
}

/**
 * Finds the plan tables of a sheet for one template. A header row with a new signature starts a table;
 * the same header again is a repeated header (page break) inside the current table; a key/legend row
 * ends it.
 */
export function detectTables(grid: Grid, compiled: CompiledTemplate, headers = findHeaderRows(grid, compiled)): PlanTable[] {
  const starts: HeaderMatch[] = [];
  for (const h of headers) {
    const current = starts[starts.length - 1];
    if (!current || current.signature !== h.signature) starts.push(h);
  }
  const context: SheetContext = { grid, merged: buildMergeLookup(grid), wide: buildWideMergeSet(grid) };
  return starts.map((header, i) => {
    const limit = i + 1 < starts.length ? starts[i + 1].row - 1 : grid.rows.length - 1;
    const previousEnd = i > 0 ? starts[i - 1].row : -1;
    return readTable(context, header, limit, sectionAbove(grid, header.row, previousEnd));
  });
}

interface SheetContext {
  grid: Grid;
  merged: MergeLookup;
  wide: Set<number>;
}

/** The nearest "Strategic Objective 1 – …"-style heading above a header row, if any. */
function sectionAbove(grid: Grid, headerRow: number, stopAt: number): string | null {
  for (let r = headerRow - 1; r > stopAt; r--) {
    const cells = grid.rows[r] ?? [];
    const cols = meaningfulCols(cells);
    if (cols.length === 0) continue;
    const first = textOf(cells[cols[0]]);
    if (cols.length <= 2 && isSectionLabel(first)) return headingText(cells, cols);
  }
  return null;
}

function headingText(cells: readonly Cell[], cols: number[]): string {
  return cols.map((c) => textOf(cells[c])).join(" – ");
}

function readTable(ctx: SheetContext, header: HeaderMatch, limit: number, initialSection: string | null): PlanTable {
  const { grid } = ctx;
  const table: PlanTable = { header, endRow: limit, rows: [], repeatedHeaders: [], headings: [], unlabelledCols: [] };
  const fieldAt = new Map<number, TemplateField | null>(header.columns.map((c) => [c.col, c.field]));
  const labelled = new Set(header.columns.map((c) => c.col));
  const unlabelled = new Set<number>();
  const fill = new Map<Role, Cell>();
  let section = initialSection;
  const heading = (row: number, text: string, kind: HeadingKind) => table.headings.push({ row, text, kind });

  for (let r = header.row + 1; r <= limit; r++) {
    const cells = grid.rows[r] ?? [];
    const cols = meaningfulCols(cells);
    if (cols.length === 0) continue;
    if (sameHeader(cells, header)) {
      table.repeatedHeaders.push(r);
      continue;
    }
    const first = textOf(cells[cols[0]]);
    if (cols.length === 1 && isLegendLabel(first)) {
      table.endRow = r - 1;
      break;
    }
    const kind = headingKind(ctx, r, cells, cols, fieldAt);
    if (kind === "annotation") {
      heading(r, headingText(cells, cols), kind);
      continue;
    }
    if (kind === "section") {
      section = headingText(cells, cols);
      heading(r, section, kind);
      fill.clear();
      const sectionField = header.byRole.get("section");
      if (sectionField) fill.set("section", { kind: "text", value: section });
      continue;
    }
    if (kind === "group") {
      const field = fieldAt.get(cols[0]);
      if (field) fill.set(field.role, cells[cols[0]]);
      heading(r, first, kind);
      continue;
    }
    const row = readRow(ctx, r, cells, header, fill, section);
    // Data under a blank header cell is kept, under the column's letter, and reported.
    for (const c of cols) {
      if (labelled.has(c)) continue;
      unlabelled.add(c);
      row.extras.push({ label: `(column ${columnLetters(c)})`, col: c, cell: cells[c] });
    }
    table.rows.push(row);
  }
  table.unlabelledCols = [...unlabelled].sort((a, b) => a - b);
  return table;
}

function sameHeader(cells: readonly Cell[], header: HeaderMatch): boolean {
  return header.columns.every((c) => textOf(cells[c.col]) === c.label) && meaningfulCols(cells).length === header.columns.length;
}

/**
 * A row with a single meaningful cell (or a "Recommendation No. 3" label plus its text) is a heading:
 * a section when it says so (label pattern, bold, merged across columns, or outside the mapped columns),
 * a group value when it sits alone in a fill-down column. Anything else is data.
 */
function headingKind(
  ctx: SheetContext,
  r: number,
  cells: readonly Cell[],
  cols: number[],
  fieldAt: Map<number, TemplateField | null>,
): HeadingKind | "data" {
  const first = textOf(cells[cols[0]]);
  if (cols.length > 2) return "data";
  if (isAnnotationLabel(first)) return "annotation";
  if (isSectionLabel(first)) return "section";
  if (cols.length === 2) return "data";
  const col = cols[0];
  const cell = cells[col];
  if (cell.kind !== "text") return "data";
  const field = fieldAt.get(col);
  if (first.endsWith(":") && first.length < 40) return "annotation";
  if (cell.style?.bold || ctx.wide.has(r * 16384 + col) || field === undefined || field === null) return "section";
  if (field.role === "section") return "section";
  if (field.fillDown) return "group";
  return "data";
}

function readRow(
  ctx: SheetContext,
  r: number,
  cells: readonly Cell[],
  header: HeaderMatch,
  fill: Map<Role, Cell>,
  section: string | null,
): PlanRow {
  const row: PlanRow = { row: r, section, values: {}, cols: {}, filledDown: [], extras: [] };
  for (const column of header.columns) {
    let cell = cells[column.col] ?? EMPTY;
    if (cell.kind === "empty") {
      const origin = ctx.merged(r, column.col);
      if (origin) cell = ctx.grid.rows[origin.row]?.[origin.col] ?? EMPTY;
    }
    if (!column.field) {
      if (cell.kind !== "empty") row.extras.push({ label: column.label, col: column.col, cell });
      continue;
    }
    const role = column.field.role;
    row.cols[role] = column.col;
    const own = cells[column.col] ?? EMPTY;
    if (column.field.fillDown) {
      if (textOf(cell) !== "") fill.set(role, cell);
      else if (fill.has(role)) cell = fill.get(role) ?? EMPTY;
    }
    if (cell !== own && cell.kind !== "empty") row.filledDown.push(role);
    if (cell.kind !== "empty") row.values[role] = cell;
  }
  const sectionValue = textOf(row.values.section);
  row.section = sectionValue !== "" ? sectionValue : section;
  return row;
}
