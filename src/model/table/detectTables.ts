import { columnLetters } from "../a1";
import { EMPTY, type Cell, type Grid } from "../grid";
import type { Role, TemplateField } from "../templates/types";
import { figuresOnly, isBareNumber, isMeaningful, meaningfulCols, textOf } from "./classifyCells";
import type { CompiledTemplate } from "./compileTemplate";
import { isAnnotationLabel, isFootnoteLabel, isLegendLabel, isNoteLabel, isSectionLabel } from "./headingPatterns";
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
 * Finds the plan tables of a sheet for one template. A header row with a new signature starts a table,
 * and so does the same header under a title of its own ("Action Plan 2010–11"); the same header again
 * straight after data, or under a recommendation heading, is a repeated header (page break) inside the
 * current table. A key/legend row ends a table.
 */
export function detectTables(grid: Grid, compiled: CompiledTemplate, headers = findHeaderRows(grid, compiled)): PlanTable[] {
  const starts: HeaderMatch[] = [];
  for (const h of headers) {
    const current = starts[starts.length - 1];
    if (!current || current.signature !== h.signature || hasTitleAbove(grid, h.row, current)) starts.push(h);
  }
  const context: SheetContext = { grid, merged: buildMergeLookup(grid), wide: buildWideMergeSet(grid) };
  const titles = tableTitles(context, starts);
  return starts.map((header, i) => {
    // A table ends where the next one's title (or header) begins.
    const next = i + 1 < starts.length ? (titles[i + 1]?.row ?? starts[i + 1].row) : grid.rows.length;
    const title = titles[i];
    const section = title?.text ?? sectionAbove(grid, header.row, i > 0 ? starts[i - 1] : undefined);
    return readTable(context, header, next - 1, section, title);
  });
}

interface SheetContext {
  grid: Grid;
  merged: MergeLookup;
  wide: Set<number>;
}

/**
 * A row's cells with PlanCheck's own flag columns (found on its table's header row) left out: they are the
 * add-in's output, so they never make a row look like data, a heading or a header.
 */
function planCells(cells: readonly Cell[], flagCols: readonly number[]): readonly Cell[] {
  if (flagCols.length === 0) return cells;
  const own = cells.slice();
  for (const c of flagCols) if (c < own.length) own[c] = EMPTY;
  return own;
}

/**
 * True when a lone title (not a section or annotation label) sits between a header row and the data
 * above it (the table of `above`): the header then starts a new table rather than repeating at a page break.
 */
function hasTitleAbove(grid: Grid, headerRow: number, above: HeaderMatch): boolean {
  for (let r = headerRow - 1; r > above.row; r--) {
    const cells = planCells(grid.rows[r] ?? [], above.flagCols);
    const cols = meaningfulCols(cells);
    if (cols.length === 0) continue;
    if (cols.length > 2) return false;
    const first = textOf(cells[cols[0]]);
    if (cols.length === 1 && !isSectionLabel(first) && !isAnnotationLabel(first)) return true;
  }
  return false;
}

/** The nearest "Strategic Objective 1 – …"-style heading above a header row (and below the table `above`), if any. */
function sectionAbove(grid: Grid, headerRow: number, above: HeaderMatch | undefined): string | null {
  for (let r = headerRow - 1; r > (above?.row ?? -1); r--) {
    const cells = planCells(grid.rows[r] ?? [], above?.flagCols ?? []);
    const cols = meaningfulCols(cells);
    if (cols.length === 0) continue;
    const first = textOf(cells[cols[0]]);
    if (cols.length <= 2 && isSectionLabel(first)) return headingText(cells, cols);
  }
  return null;
}

/** A table's own title: the row just above its header that names it. */
interface TableTitle {
  row: number;
  text: string;
  /** True when the title heads one of several groups of the same list (the same header repeats under each). */
  group: boolean;
}

/**
 * The title of each table: a lone heading just above its header ("Carried forward from 2009" in bold over a
 * second table; a monday.com group's name over the header repeated for each group). The title is the
 * section of the table's rows. The first table's title counts only when the tables are groups of one list,
 * and not when it is the sheet's first line: that is the sheet's own title (a board's or a plan's name).
 */
function tableTitles(ctx: SheetContext, starts: readonly HeaderMatch[]): (TableTitle | undefined)[] {
  const titles = starts.map((h, i) => (i === 0 ? undefined : titleAbove(ctx, h, starts[i - 1])));
  if (titles[1]?.group) {
    const first = titleAbove(ctx, starts[0], undefined);
    if (first && ctx.grid.rows.slice(0, first.row).some((cells) => cells && meaningfulCols(cells).length > 0)) titles[0] = first;
  }
  return titles;
}

function titleAbove(ctx: SheetContext, header: HeaderMatch, above: HeaderMatch | undefined): TableTitle | undefined {
  const { grid } = ctx;
  const floor = above?.row ?? -1;
  const colsAt = (r: number) => meaningfulCols(planCells(grid.rows[r] ?? [], above?.flagCols ?? []));
  let r = header.row - 1;
  while (r > floor && colsAt(r).length === 0) r--;
  if (r <= floor) return undefined;
  const cells = planCells(grid.rows[r] ?? [], above?.flagCols ?? []);
  const cols = colsAt(r);
  const first = textOf(cells[cols[0]]);
  const labelled = isSectionLabel(first);
  if (cols.length > (labelled ? 2 : 1) || cells[cols[0]].kind !== "text") return undefined;
  if (isAnnotationLabel(first) || isLegendLabel(first) || isFootnoteLabel(first)) return undefined;
  const group = above === undefined || above.signature === header.signature;
  // Between two different tables a lone line could be the first table's last action: it is a title when
  // it looks like one (a section label, bold, merged across, or set apart by a blank line).
  const apart = r - 1 > floor && colsAt(r - 1).length === 0;
  const cell = cells[cols[0]];
  if (!group && !labelled && !cell.style?.bold && !ctx.wide.has(r * 16384 + cols[0]) && !apart) return undefined;
  return { row: r, text: headingText(cells, cols), group };
}

function headingText(cells: readonly Cell[], cols: number[]): string {
  return cols.map((c) => textOf(cells[c])).join(" – ");
}

function readTable(ctx: SheetContext, header: HeaderMatch, limit: number, initialSection: string | null, title?: TableTitle): PlanTable {
  const { grid } = ctx;
  const table: PlanTable = { header, endRow: limit, rows: [], repeatedHeaders: [], headings: [], unlabelledCols: [] };
  const fieldAt = new Map<number, TemplateField | null>(header.columns.map((c) => [c.col, c.field]));
  const labelled = new Set(header.columns.map((c) => c.col));
  const numberingCols = new Set([header.firstCol, ...header.columns.filter((c) => c.field?.role === "ref").map((c) => c.col)]);
  const unlabelled = new Set<number>();
  const fill = new Map<Role, Cell>();
  const rowCells = (r: number) => planCells(grid.rows[r] ?? [], header.flagCols);
  let lastData: number | undefined;
  let section = initialSection;
  let pendingGroup: { row: PlanRow; role: Role | undefined } | undefined;
  const flushGroup = () => {
    if (pendingGroup) table.rows.push(pendingGroup.row);
    pendingGroup = undefined;
  };
  const heading = (row: number, text: string, kind: HeadingKind) => table.headings.push({ row, text, kind });
  if (title) heading(title.row, title.text, "section");

  for (let r = header.row + 1; r <= limit; r++) {
    const cells = rowCells(r);
    const cols = meaningfulCols(cells);
    if (cols.length === 0) continue;
    if (sameHeader(cells, header)) {
      table.repeatedHeaders.push(r);
      continue;
    }
    const first = textOf(cells[cols[0]]);
    if (cols.length === 1 && isLegendLabel(first)) {
      table.endRow = r - 1;
      table.endedBy = "key";
      break;
    }
    // Footnotes under the table ("Note: …", "* Source: …") end it; a labelled note inside it is skipped.
    if (cols.length === 1 && isFootnoteLabel(first)) {
      if (r > (lastData ??= lastDataRow(rowCells, header.row, limit))) {
        table.endRow = r - 1;
        table.endedBy = "footnote";
        break;
      }
      if (isNoteLabel(first)) {
        flushGroup();
        heading(r, first, "note");
        continue;
      }
    }
    const kind = headingKind(ctx, r, cells, cols, fieldAt);
    if (kind !== "data") flushGroup();
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
      // A value alone in a fill-down column heads the rows below it. If no row below uses it, it is an
      // action row of its own after all (kept, so nothing is lost).
      pendingGroup = { row: readRow(ctx, r, cells, header, fill, section), role: fieldAt.get(cols[0])?.role };
      heading(r, first, kind);
      continue;
    }
    const figures = figuresOnly(cells, cols, numberingCols);
    if (figures) {
      // Numbering alone or a totals row is not an action; a value in a fill-down column still carries down.
      readRow(ctx, r, cells, header, fill, section);
      heading(r, headingText(cells, cols), figures);
      continue;
    }
    const lead = stageLead(cells[header.firstCol]);
    if (lead !== undefined) {
      section = lead;
      heading(r, lead, "section");
    }
    const row = readRow(ctx, r, cells, header, fill, section);
    if (pendingGroup?.role && row.filledDown.includes(pendingGroup.role)) pendingGroup = undefined;
    // Data under a blank header cell is kept, under the column's letter, and reported.
    for (const c of cols) {
      if (labelled.has(c)) continue;
      unlabelled.add(c);
      row.extras.push({ label: `(column ${columnLetters(c)})`, col: c, cell: cells[c] });
    }
    table.rows.push(row);
  }
  flushGroup();
  table.rows.sort((a, b) => a.row - b.row);
  table.unlabelledCols = [...unlabelled].sort((a, b) => a - b);
  if (!hasActionText(table)) {
    // A template nobody filled in: its rows hold numbering, default statuses or owners, but no action says anything.
    for (const row of table.rows) heading(row.row, textOf(grid.rows[row.row]?.[meaningfulCols(rowCells(row.row))[0]]), "unfilled");
    table.rows = [];
  }
  return table;
}

/** False when the table has an action (or objective) column and not one row writes text in it. */
function hasActionText(table: PlanTable): boolean {
  const { byRole } = table.header;
  if (table.rows.length === 0 || (!byRole.has("action") && !byRole.has("objective"))) return true;
  const says = (cell: Cell | undefined) => cell !== undefined && isMeaningful(cell) && !isBareNumber(cell);
  return table.rows.some((row) => says(row.values.action) || says(row.values.objective));
}

/** The last row up to `limit` with two or more cells that say something (a data row, unlike a lone note). */
function lastDataRow(rowCells: (r: number) => readonly Cell[], from: number, limit: number): number {
  let r = limit;
  while (r > from && meaningfulCols(rowCells(r)).length < 2) r--;
  return r;
}

/**
 * A stage heading written as the bold first line of a row's first cell ("Visibility and Accountability"
 * above the requirements it covers). A bold line that only introduces a checklist ("Intelligence-led
 * Business Processes" followed by "✓ Do you …?" questions) is not a stage.
 */
function stageLead(cell: Cell | undefined): string | undefined {
  const lead = cell?.style?.boldLead?.trim().replace(/:$/, "");
  if (!lead || cell?.kind !== "text") return undefined;
  const rest = cell.value.trim().slice(cell.style?.boldLead?.trim().length ?? 0);
  const next = rest.split(/\n/).map((l) => l.trim()).find((l) => l !== "") ?? "";
  if (/^[✓✔]/.test(next) || next.endsWith("?")) return undefined;
  return lead;
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
  // The section is the section column's value, else the heading above; in plans that have neither, the
  // objective written once per group is how officers group the rows.
  const objectiveField = header.byRole.get("objective")?.field;
  const grouping = [textOf(row.values.section), section ?? "", objectiveField?.fillDown ? textOf(row.values.objective) : ""];
  row.section = grouping.find((t) => t !== "") ?? null;
  return row;
}
