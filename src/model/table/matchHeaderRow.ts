import { findFlagColumns, FLAG_COLUMN_TITLES } from "../flags/flagColumns";
import { cellText, type Cell } from "../grid";
import { normaliseLabel } from "../templates/normaliseLabel";
import type { Role, TemplateField } from "../templates/types";
import type { CompiledTemplate, MatchQuality } from "./compileTemplate";

export interface HeaderColumn {
  col: number;
  label: string;
  /** The field this column was assigned to, or null for a column the template does not know. */
  field: TemplateField | null;
  quality: MatchQuality | 0;
}

export interface HeaderMatch {
  /** 0-based sheet row of the header. */
  row: number;
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
}

// Header labels are short; long text in a row means it is data, however well its words match.
const MAX_LABEL_LENGTH = 60;

/** Maps one row's cells to the template's fields; undefined when the row cannot be a header row. */
export function matchHeaderRow(cells: readonly Cell[], row: number, compiled: CompiledTemplate): HeaderMatch | undefined {
  // Most rows are data: reject them before building anything. A header row holds only short text,
  // and at least half its labels must name a field of the template.
  let count = 0;
  for (const cell of cells) {
    if (cell === undefined || cell.kind === "empty") continue;
    if (cell.kind !== "text") return undefined;
    if (cell.value.length > MAX_LABEL_LENGTH + 20) return undefined;
    count++;
  }
  const flagCols = ownFlagColumns(cells, count);
  count -= flagCols.length;
  if (count < 2) return undefined;
  const skip = flagCols.length > 0 ? new Set(flagCols) : undefined;
  const labels: { col: number; label: string }[] = [];
  const matches: ReturnType<CompiledTemplate["lookup"]>[] = [];
  let misses = 0;
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (cell === undefined || cell.kind !== "text" || skip?.has(col)) continue;
    const label = cellText(cell);
    if (!label) continue;
    if (label.length > MAX_LABEL_LENGTH) return undefined;
    const found = compiled.lookup(label);
    if (found.length === 0 && ++misses * 2 > count) return undefined;
    labels.push({ col, label });
    matches.push(found);
  }
  if (labels.length < 2) return undefined;
  const candidates = labels.flatMap(({ col }, i) => matches[i].map((m) => ({ col, ...m })));
  candidates.sort((a, b) => b.quality - a.quality || a.fieldIndex - b.fieldIndex || a.col - b.col);
  const colTaken = new Map<number, { field: TemplateField; quality: MatchQuality }>();
  const fieldTaken = new Set<number>();
  for (const c of candidates) {
    if (colTaken.has(c.col) || fieldTaken.has(c.fieldIndex)) continue;
    colTaken.set(c.col, { field: c.field, quality: c.quality });
    fieldTaken.add(c.fieldIndex);
  }
  promoteObjectiveToAction(colTaken, compiled);
  const assigned = colTaken.size;
  const roles = new Set([...colTaken.values()].map((v) => v.field.role));
  const identifies = roles.has("action") || roles.has("objective");
  // At least one heading must be a title or alias, not only a plural or keyword likeness.
  const named = [...colTaken.values()].some((v) => v.quality >= 2);
  if (!named || assigned < 2 || assigned * 2 < labels.length || (!identifies && assigned < 3)) return undefined;

  const columns: HeaderColumn[] = labels.map(({ col, label }) => {
    const a = colTaken.get(col);
    return { col, label, field: a?.field ?? null, quality: a?.quality ?? 0 };
  });
  const byRole = new Map<Role, HeaderColumn>();
  for (const c of columns) if (c.field) byRole.set(c.field.role, c);
  const required = compiled.template.fields.filter((f) => f.required);
  const requiredFound = required.filter((f) => byRole.get(f.role)?.field === f).length;
  const explained = columns.reduce((sum, c) => sum + c.quality, 0) / (3 * columns.length);
  const coverage = required.length === 0 ? 1 : requiredFound / required.length;
  return {
    row,
    columns,
    byRole,
    firstCol: labels[0].col,
    lastCol: labels[labels.length - 1].col,
    flagCols,
    signature: labels.map((l) => `${l.col}:${normaliseLabel(l.label)}`).join("|"),
    score: Math.round((0.6 * explained + 0.4 * coverage) * 1000) / 1000,
    requiredFound,
    requiredTotal: required.length,
  };
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

/**
 * Many plans call their action column "Objective" (one objective per row). When a header has an
 * objective column and no action column, the objective column is what each row is: read it as the action.
 */
function promoteObjectiveToAction(
  colTaken: Map<number, { field: TemplateField; quality: MatchQuality }>,
  compiled: CompiledTemplate,
): void {
  const action = compiled.template.fields.find((f) => f.role === "action");
  if (!action) return;
  const taken = [...colTaken.entries()];
  if (taken.some(([, v]) => v.field.role === "action")) return;
  const objective = taken.find(([, v]) => v.field.role === "objective");
  if (objective) colTaken.set(objective[0], { field: action, quality: objective[1].quality });
}
