import { columnLetters } from "../a1";
import { EMPTY, type Cell, type CellRange, type Grid } from "../grid";
import type { Role, TemplateField } from "../templates/types";
import { figuresOnly, isBareNumber, isMeaningful, meaningfulCols, textOf } from "./classifyCells";
import type { CompiledTemplate } from "./compileTemplate";
import { isAnnotationLabel, isFootnoteLabel, isLegendLabel, isNoteLabel, isSectionLabel } from "./headingPatterns";
import type { LabelledColumn } from "./chooseRoles";
import { couldBeHeader, headerLabels, matchLabels, type HeaderMatch, type MatchOptions } from "./matchHeaderRow";
import { buildMergeLookup, buildWideMergeSet, type MergeLookup } from "./mergeLookup";
import type { HeadingKind, PlanRow, PlanTable } from "./types";

/**
 * Every row of the sheet that can be a header row for the template (see matchLabels). A row of labels under
 * a row of group headings (a merged "Timescale" over "Start | End", "Action" merged down beside them) is
 * read as one two-row header at the lower row, its labels qualified by their group.
 */
export function findHeaderRows(grid: Grid, compiled: CompiledTemplate, options: MatchOptions = {}): HeaderMatch[] {
  const found: HeaderMatch[] = [];
  const groups = groupMerges(grid);
  let above: { row: number; labels: LabelledColumn[] } | undefined;
  grid.rows.forEach((cells, r) => {
    const shape = cells && couldBeHeader(cells, compiled) ? headerLabels(cells) : undefined;
    if (!shape) {
      above = undefined;
      return;
    }
    const joined = above ? twoRowLabels(above.labels, shape.labels, groups.get(above.row)) : undefined;
    const two = joined && above ? matchLabels(grid, r, joined, shape.flagCols, compiled, options, above.row) : undefined;
    if (two && found.length > 0 && found[found.length - 1].row === two.groupRow) found.pop();
    const m = two ?? matchLabels(grid, r, shape.labels, shape.flagCols, compiled, options);
    if (m) found.push(m);
    above = { row: r, labels: shape.labels };
  });
  return found;
}

/** Horizontal merges by their top row: the group headings of two-row headers. */
function groupMerges(grid: Grid): Map<number, CellRange[]> {
  const byRow = new Map<number, CellRange[]>();
  for (const m of grid.merges) {
    if (m.right <= m.left) continue;
    const list = byRow.get(m.top);
    if (list) list.push(m);
    else byRow.set(m.top, [m]);
  }
  return byRow;
}

/**
 * The labels of a two-row header, or undefined when the upper row is not a row of group headings over the
 * lower one. A group heading spans two or more sub-headings (merged across them, or — where merges were
 * lost, as in a CSV — followed by blank cells above them while another heading of the upper row has no
 * sub-heading under it). A heading with nothing under it stands for its column on its own.
 */
function twoRowLabels(upper: LabelledColumn[], lower: LabelledColumn[], merges: CellRange[] | undefined): LabelledColumn[] | undefined {
  // Every template asks about the same pair of rows: join them once (and keep the same array for the caches).
  const hit = joinedCache.get(lower);
  if (hit && hit.upper === upper && sameRanges(hit.merges, merges)) return hit.joined;
  const joined = joinRows(upper, lower, merges);
  joinedCache.set(lower, { upper, merges, joined });
  return joined;
}

const sameRanges = (a: CellRange[] | undefined, b: CellRange[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((m, i) => m === b[i]));

const joinedCache = new WeakMap<LabelledColumn[], { upper: LabelledColumn[]; merges: CellRange[] | undefined; joined: LabelledColumn[] | undefined }>();

// A group heading is a short label ("Timescale", "Response Person"), never a sentence or a note.
const GROUP_HEADING_MAX = 40;
const isGroupHeading = (label: string): boolean => label.length <= GROUP_HEADING_MAX && !/[.!?]$/.test(label.trim());

function joinRows(upper: LabelledColumn[], lower: LabelledColumn[], merges: CellRange[] | undefined): LabelledColumn[] | undefined {
  // "Executive's Response | This recommendation is accepted." above a header annotates the section; it
  // does not group the columns under it.
  if (isAnnotationLabel(upper[0].label) || isSectionLabel(upper[0].label) || !upper.every((u) => isGroupHeading(u.label))) return undefined;
  const lowerCols = new Set(lower.map((l) => l.col));
  const lastCol = Math.max(upper[upper.length - 1].col, lower[lower.length - 1].col);
  const spans = upper.map((u, i) => {
    const merge = merges?.find((m) => m.left === u.col);
    const next = i + 1 < upper.length ? upper[i + 1].col - 1 : lastCol;
    return { ...u, right: merge ? merge.right : next, merged: merge !== undefined };
  });
  const covered = (s: (typeof spans)[number]) => lower.filter((l) => l.col >= s.col && l.col <= s.right).length;
  const grouped = spans.filter((s) => covered(s) >= 2);
  if (grouped.length === 0) return undefined;
  const standalone = spans.some((s) => !lowerCols.has(s.col) && covered(s) === 0);
  if (!grouped.some((s) => s.merged) && !standalone) return undefined;
  const labels: LabelledColumn[] = [];
  for (const s of spans) if (covered(s) === 0) labels.push({ col: s.col, label: s.label, text: "" });
  for (const l of lower) {
    const group = grouped.find((s) => l.col >= s.col && l.col <= s.right);
    labels.push(group ? { col: l.col, label: `${group.label}: ${l.label}`, text: l.label, group: group.label } : l);
  }
  return labels.sort((a, b) => a.col - b.col);
}

/**
 * Finds the plan tables of a sheet for one template. The first header row starts a table; a header row
 * with nothing under the one before it replaces it when it explains its columns better. After data, the
 * same header again is a repeated header (page break) unless a title of its own sits above it ("Action
 * Plan 2010–11"); a different header starts a new table only on strong evidence (see startsNewTable) —
 * otherwise it is a row of the current table whose words happen to be headings. A key/legend row ends a table.
 */
export function detectTables(grid: Grid, compiled: CompiledTemplate, headers = findHeaderRows(grid, compiled)): PlanTable[] {
  const starts = tableStarts(grid, headers);
  const context: SheetContext = { grid, merged: buildMergeLookup(grid), wide: buildWideMergeSet(grid) };
  const titles = tableTitles(context, starts);
  return starts.map((header, i) => {
    // A table ends where the next one's title (or header) begins.
    const next = i + 1 < starts.length ? (titles[i + 1]?.row ?? topOf(starts[i + 1])) : grid.rows.length;
    const title = titles[i];
    const section = title?.text ?? sectionAbove(grid, topOf(header), i > 0 ? starts[i - 1] : undefined);
    return readTable(context, header, next - 1, section, title);
  });
}

const topOf = (h: HeaderMatch) => h.groupRow ?? h.row;

function tableStarts(grid: Grid, headers: readonly HeaderMatch[]): HeaderMatch[] {
  const starts: HeaderMatch[] = [];
  for (const h of headers) {
    const current = starts[starts.length - 1];
    if (!current) {
      starts.push(h);
      continue;
    }
    if (!hasRowsBetween(grid, current, topOf(h))) {
      if (h.score > current.score && h.named >= current.named) starts[starts.length - 1] = h;
      continue;
    }
    if (current.signature === h.signature) {
      if (hasTitleAbove(grid, topOf(h), current)) starts.push(h);
      continue;
    }
    if (startsNewTable(grid, h, current)) starts.push(h);
  }
  return starts;
}

/** True when a row with two or more values (a table row) sits between a header and a later row. */
function hasRowsBetween(grid: Grid, header: HeaderMatch, before: number): boolean {
  for (let r = header.row + 1; r < before; r++) {
    if (meaningfulCols(planCells(grid.rows[r] ?? [], header.flagCols)).length >= 2) return true;
  }
  return false;
}

/**
 * A different header row after data starts a new table only when it is better than reading on: its
 * headings are the template's own (most by title or alias, the action among them), the values under it bear
 * its roles out, and it stands apart — after a blank row or a title, or with every heading named exactly.
 * A data row whose words overlap the heading vocabulary ("Publish the action plan | Head of Policy |
 * Complete") fails this and stays an action of the current table.
 */
function startsNewTable(grid: Grid, h: HeaderMatch, current: HeaderMatch): boolean {
  const top = topOf(h);
  const action = h.byRole.get("action") ?? h.byRole.get("objective");
  if (!action || action.quality === 0) return false;
  if (h.support < 1 || h.named < 2 || h.named * 5 < h.columns.length * 3) return false;
  const apart = meaningfulCols(grid.rows[top - 1] ?? []).length === 0 || hasTitleAbove(grid, top, current);
  const allNamed = h.columns.length >= 3 && h.columns.every((c) => c.quality >= 2);
  return apart || allNamed;
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
  let r = topOf(header) - 1;
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

const DATE_ROLES: ReadonlySet<Role> = new Set<Role>(["due", "start", "completed"]);

function readTable(ctx: SheetContext, header: HeaderMatch, limit: number, initialSection: string | null, title?: TableTitle): PlanTable {
  const { grid } = ctx;
  const table: PlanTable = { header, endRow: limit, rows: [], repeatedHeaders: [], headings: [], unlabelledCols: [] };
  const fieldAt = new Map<number, TemplateField | null>(header.columns.map((c) => [c.col, c.field]));
  const labelled = new Set(header.columns.map((c) => c.col));
  // A row with nothing but a date in the date columns is a calendar day or an unfilled row, not an action.
  const dateCols = new Set(header.columns.filter((c) => c.field && DATE_ROLES.has(c.field.role)).map((c) => c.col));
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
    const figures = figuresOnly(cells, cols, numberingCols) ?? (cols.every((c) => dateCols.has(c)) ? "dates" : undefined);
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
  const own = header.columns.filter((c) => c.text !== "");
  return own.every((c) => textOf(cells[c.col]) === c.text) && meaningfulCols(cells).length === own.length;
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
