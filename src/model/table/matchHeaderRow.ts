import { findFlagColumns, FLAG_COLUMN_TITLES } from "../flags/flagColumns";
import { cellText, type Cell, type Grid } from "../grid";
import { normaliseLabel } from "../templates/normaliseLabel";
import type { Role, TemplateField } from "../templates/types";
import { chooseRoles, type LabelledColumn, type RoleChoice } from "./chooseRoles";
import { dominantClass, PROFILE_ROWS, profileColumns, WINDOW_ROWS, type ColumnProfile } from "./columnProfile";
import type { CompiledTemplate, MatchQuality } from "./compileTemplate";
import { classOf, rowClasses, type ValueClass } from "./valueClass";

export interface HeaderColumn {
  col: number;
  /** The heading as reported: the cell's text, qualified by its group heading in a two-row header ("Timescale: End"). */
  label: string;
  /** The header cell's own text ("" for a heading merged down from the group row above). */
  text: string;
  /** The merged group heading above this column in a two-row header. */
  group?: string;
  /** The field this column was assigned to, or null for a column the template does not know. */
  field: TemplateField | null;
  quality: MatchQuality | 0;
  /** Plain English: what decided the column's role. */
  why: string;
}

export interface HeaderMatch {
  /** 0-based sheet row of the header (the sub-heading row of a two-row header: data starts below it). */
  row: number;
  /** 0-based row of the group headings above a two-row header. */
  groupRow?: number;
  columns: HeaderColumn[];
  byRole: Map<Role, HeaderColumn>;
  firstCol: number;
  lastCol: number;
  /**
   * 0-based columns of PlanCheck's own flag columns on this row (the four headings "Add flag columns" writes):
   * left out of the header, so they are never plan columns, extras or data.
   */
  flagCols: number[];
  /** Normalised labels in column order: two header rows with the same signature are the same table. */
  signature: string;
  /** 0..1: how much of the header row the template explains and how many required fields it found. */
  score: number;
  requiredFound: number;
  requiredTotal: number;
  /** Headings that are one of the template's titles or aliases. */
  named: number;
  /** Columns whose values bear out the role they were given (a due column of dates). */
  support: number;
  /** Columns that could have taken a role another column was given, and why they were passed over. */
  alternatives: RoleChoice["alternatives"];
}

export interface MatchOptions {
  /** The template was chosen by the user: a heading it names keeps that role whatever the values look like. */
  authoritative?: boolean;
}

// Header labels are short; long text in a row means it is data, however well its words match.
const MAX_LABEL_LENGTH = 60;
// A heading the template does not know must at least look like one to be a heading: a few words.
const MAX_UNKNOWN_LABEL_LENGTH = 40;
const MAX_UNKNOWN_LABEL_WORDS = 6;

/** The text labels of a row that could be a header row, and its flag columns; undefined when it cannot be one. */
export function headerLabels(cells: readonly Cell[]): { labels: LabelledColumn[]; flagCols: number[] } | undefined {
  const hit = labelsCache.get(cells);
  if (hit !== undefined) return hit ?? undefined;
  const found = readLabels(cells);
  labelsCache.set(cells, found ?? null);
  return found;
}

// One row's labels, read once for every template (the same array each time, so what is worked out from it is too).
const labelsCache = new WeakMap<readonly Cell[], { labels: LabelledColumn[]; flagCols: number[] } | null>();

function readLabels(cells: readonly Cell[]): { labels: LabelledColumn[]; flagCols: number[] } | undefined {
  // Most rows are data: reject them before building anything. A header row holds only short text.
  let count = 0;
  let longest = 0;
  for (const cell of cells) {
    if (cell === undefined || cell.kind === "empty") continue;
    if (cell.kind !== "text") return undefined;
    longest = Math.max(longest, cell.value.length);
    count++;
  }
  const wide = count >= WIDE_ROW;
  if (longest > MAX_LABEL_LENGTH + 20 && !wide) return undefined;
  const flagCols = ownFlagColumns(cells, count);
  count -= flagCols.length;
  if (count < 2) return undefined;
  const skip = flagCols.length > 0 ? new Set(flagCols) : undefined;
  const labels: LabelledColumn[] = [];
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (cell === undefined || cell.kind !== "text" || skip?.has(col)) continue;
    const label = cellText(cell);
    if (!label) continue;
    if (label.length > MAX_LABEL_LENGTH && !wide) return undefined;
    labels.push({ col, label, text: label });
  }
  return labels.length < 2 ? undefined : { labels, flagCols };
}

/**
 * A quick test, without building anything, that a row could be a header row: all text, and either most of
 * its labels are headings of the template or none is too long to be an unknown heading. Most rows of a
 * big plan are data and stop here.
 */
export function couldBeHeader(cells: readonly Cell[], compiled: CompiledTemplate): boolean {
  let count = 0;
  for (const cell of cells) {
    if (cell === undefined || cell.kind === "empty") continue;
    if (cell.kind !== "text") return false;
    count++;
  }
  if (count < 2) return false;
  let misses = 0;
  let wordy = false;
  let named = 0;
  for (const cell of cells) {
    if (cell === undefined || cell.kind !== "text") continue;
    const label = cell.value.trim();
    if (label.length > MAX_LABEL_LENGTH && count < WIDE_ROW) return false;
    if (label === "") continue;
    const found = compiled.lookup(label);
    if (found.length > 0) {
      if (found[0].quality >= 2) named++;
      continue;
    }
    misses++;
    if (label.length > MAX_UNKNOWN_LABEL_LENGTH || wordCount(label) > MAX_UNKNOWN_LABEL_WORDS) wordy = true;
  }
  // Wordy unknown labels in the majority make a row of data, unless the template's own headings are many.
  return !(wordy && misses * 2 > count) || named >= MANY_NAMED;
}

/**
 * Decides whether a row of labels is a header row and gives its columns their roles. A row is a header
 * when its headings name the template's fields (most of them known, at least one by title or alias), or
 * when its headings are unknown but look like headings and the columns under them hold something else
 * (dates, status words, long text under short labels). Either way it must not look like the rows under it:
 * a row with a date in it, or whose cells repeat the values or kinds of the columns below, is data.
 */
export function matchLabels(
  grid: Grid,
  row: number,
  labels: readonly LabelledColumn[],
  flagCols: number[],
  compiled: CompiledTemplate,
  options: MatchOptions = {},
  groupRow?: number,
): HeaderMatch | undefined {
  const byHeadings = namedByHeadings(labels, compiled);
  if (!byHeadings && !looksLikeHeadings(labels)) return undefined;
  const below = besideBelow(grid, row, labels);
  const { window, compared } = below;
  if (compared.dated) return undefined;
  if (byHeadings ? compared.dataLike >= 2 && compared.dataLike * 3 >= labels.length : compared.dataLike >= 2 || compared.dataLike * 3 >= labels.length) {
    return undefined;
  }
  // Unknown headings need columns under them that are plainly of another kind, and a header must have rows.
  if (!byHeadings && (window.rows < 2 || compared.unlike < Math.max(1, Math.ceil(compared.filled / 3)))) return undefined;
  const profile = window.rows < WINDOW_ROWS ? window : profileColumns(grid, row, below.cols, below.own, PROFILE_ROWS);
  const choice = chooseRoles(labels, compiled, profile.rows > 0 ? profile.profiles : undefined, options.authoritative === true);
  const assigned = choice.columns.filter((c) => c.field);
  const roles = new Set(assigned.map((c) => c.field?.role));
  const named = assigned.filter((c) => c.quality >= 2).length;
  if (assigned.length < 2) return undefined;
  if (!byHeadings && (!roles.has("action") || named + compared.unlike < 2)) return undefined;

  const columns: HeaderColumn[] = labels.map((l, i) => ({
    col: l.col,
    label: l.label,
    text: l.text,
    ...(l.group ? { group: l.group } : {}),
    field: choice.columns[i].field,
    quality: choice.columns[i].quality,
    why: choice.columns[i].why,
  }));
  const byRole = new Map<Role, HeaderColumn>();
  for (const c of columns) if (c.field) byRole.set(c.field.role, c);
  const required = compiled.template.fields.filter((f) => f.required);
  const requiredFound = required.filter((f) => byRole.get(f.role)?.field === f).length;
  // A role the values alone gave counts for a third of one its heading names exactly.
  const explained = columns.reduce((sum, c) => sum + (c.field ? Math.max(c.quality, 1) : 0), 0) / (3 * columns.length);
  const coverage = required.length === 0 ? 1 : requiredFound / required.length;
  return {
    row,
    ...(groupRow !== undefined ? { groupRow } : {}),
    columns,
    byRole,
    firstCol: labels[0].col,
    lastCol: labels[labels.length - 1].col,
    flagCols,
    signature: labels.map((l) => `${l.col}:${normaliseLabel(l.label)}`).join("|"),
    score: Math.round((0.6 * explained + 0.4 * coverage) * 1000) / 1000,
    requiredFound,
    requiredTotal: required.length,
    named,
    support: choice.columns.filter((c) => c.field && c.support === "agrees").length,
    alternatives: choice.alternatives,
  };
}

interface Below {
  cols: number[];
  own: string[];
  window: ReturnType<typeof profileColumns>;
  compared: ReturnType<typeof compareWithBelow>;
}

// What a row of labels looks like beside the rows under it does not depend on the template: every template
// asks about the same rows, so it is worked out once per row of labels.
const belowCache = new WeakMap<readonly LabelledColumn[], { rows: number; below: Below }>();

function besideBelow(grid: Grid, row: number, labels: readonly LabelledColumn[]): Below {
  const hit = belowCache.get(labels);
  if (hit && hit.rows === grid.rows.length) return hit.below;
  const own = labels.map((l) => l.text || l.label);
  const cols = labels.map((l) => l.col);
  const window = profileColumns(grid, row, cols, own, WINDOW_ROWS);
  const below: Below = {
    cols,
    own,
    window,
    compared: compareWithBelow(grid.rows[row] ?? [], labels, window.profiles),
  };
  belowCache.set(labels, { rows: grid.rows.length, below });
  return below;
}

/**
 * The old rule, on headings alone: at least half the labels name a field, at least one by title or alias,
 * and they name the action (or objective) or at least three fields.
 */
function namedByHeadings(labels: readonly LabelledColumn[], compiled: CompiledTemplate): boolean {
  let misses = 0;
  const fields = new Set<number>();
  const exact = new Set<number>();
  const roles = new Set<Role>();
  for (const l of labels) {
    const found = compiled.lookup(l.text || l.label);
    const group = found.length === 0 && l.group ? compiled.lookup(l.group) : found;
    if (group.length === 0) {
      misses++;
      continue;
    }
    const free = group.find((m) => !fields.has(m.fieldIndex)) ?? group[0];
    fields.add(free.fieldIndex);
    roles.add(free.field.role);
    if (found.length > 0 && found[0].quality >= 2) exact.add(free.fieldIndex);
  }
  const assigned = fields.size;
  const identifies = roles.has("action") || roles.has("objective");
  // A tool's export carries its own headings among dozens of others (Jira's "all fields" has hundreds of
  // columns, custom fields repeat): many of the template's headings, named exactly, the action among them,
  // make it the template's header however many columns the tool adds.
  if (identifies && exact.size >= MANY_NAMED) return true;
  if (misses * 2 > labels.length) return false;
  return exact.size > 0 && assigned >= 2 && assigned * 2 >= labels.length && (identifies || assigned >= 3);
}

/**
 * A row of this many text cells is a tool's export header if it is a header at all (Jira's custom fields
 * are headed "Custom field (…a whole question…)"): a long label alone does not make it data.
 */
const WIDE_ROW = 30;

/** Headings of a template named exactly that identify its header among any number of other columns. */
const MANY_NAMED = 6;

/** Labels the template does not know must still look like headings: a few distinct words each. */
function looksLikeHeadings(labels: readonly LabelledColumn[]): boolean {
  const hit = looksCache.get(labels);
  if (hit !== undefined) return hit;
  const looks = distinctShortLabels(labels);
  looksCache.set(labels, looks);
  return looks;
}

const looksCache = new WeakMap<readonly LabelledColumn[], boolean>();

function wordCount(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 32) n++;
  return n;
}

function distinctShortLabels(labels: readonly LabelledColumn[]): boolean {
  const seen = new Set<string>();
  for (const l of labels) {
    const text = l.text || l.label;
    if (text.length > MAX_UNKNOWN_LABEL_LENGTH || wordCount(text) > MAX_UNKNOWN_LABEL_WORDS) return false;
    const key = normaliseLabel(l.label);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

const DATA_KINDS: ReadonlySet<ValueClass> = new Set<ValueClass>(["date", "dueText", "status", "ref", "number", "text", "long"]);
const sameKind = (a: ValueClass, b: ValueClass) => a === b || (a === "dueText" && b === "date") || (a === "date" && b === "dueText");

/**
 * Compares a candidate header's cells with the columns under them. `dated`: a cell holds a date or a
 * number (a header never does). `dataLike`: cells that repeat a value of their column or are of its kind
 * (a status word over status words, a sentence over sentences). `unlike`: short labels over columns of
 * another kind (dates, status words, numbers, long text): what a header looks like.
 */
function compareWithBelow(
  cells: readonly Cell[],
  labels: readonly LabelledColumn[],
  profiles: readonly ColumnProfile[],
): { dated: boolean; dataLike: number; unlike: number; filled: number } {
  const classes = rowClasses(cells);
  let dataLike = 0;
  let unlike = 0;
  let filled = 0;
  let dated = false;
  labels.forEach((l, i) => {
    if (!l.text) return;
    const kind = classOf(classes[l.col]);
    if (kind === "date" || kind === "number") dated = true;
    const p = profiles[i];
    if (p.values === 0) return;
    filled++;
    const below = dominantClass(p);
    if (p.texts.has(l.text.toLowerCase()) || (below !== undefined && kind !== "short" && sameKind(kind, below))) dataLike++;
    else if (below !== undefined && DATA_KINDS.has(below) && !sameKind(kind, below)) unlike++;
  });
  return { dated, dataLike, unlike, filled };
}

/** The columns of every block of PlanCheck's four flag headings on a row of `count` text cells. */
function ownFlagColumns(cells: readonly Cell[], count: number): number[] {
  const n = FLAG_COLUMN_TITLES.length;
  // With fewer than two headings of its own beside them, the row cannot be a plan's header anyway.
  if (count < n + 2) return [];
  const labels = Array.from(cells, (cell) => (cell?.kind === "text" ? cell.value : ""));
  const cols: number[] = [];
  for (let c = findFlagColumns(labels); c >= 0; c = findFlagColumns(labels, c + n)) {
    for (let i = 0; i < n; i++) cols.push(c + i);
  }
  return cols;
}
