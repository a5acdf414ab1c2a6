import type { Grid } from "../grid";
import { compileTemplate, type CompiledTemplate } from "../table/compileTemplate";
import { findHeaderRows } from "../table/detectTables";
import type { HeaderMatch } from "../table/matchHeaderRow";
import type { Template } from "../templates/types";

export interface TemplateChoice {
  compiled: CompiledTemplate;
  headers: HeaderMatch[];
  /** The best header row's score, 0..1. */
  score: number;
}

// A plan's first header row sits near the top; judging templates there keeps a 100k-row sheet from
// being scanned once per template. Only when no template finds a header there is the whole sheet searched.
const SAMPLE_ROWS = 500;

/**
 * Picks the template whose header rows best explain the sheet: the highest-scoring header row wins,
 * ties go to the earlier template (family templates are listed before the generic one).
 */
export function chooseTemplate(grid: Grid, templates: readonly Template[]): TemplateChoice | undefined {
  if (grid.rows.length <= SAMPLE_ROWS) return bestOf(grid, templates);
  const top = bestOf({ ...grid, rows: grid.rows.slice(0, SAMPLE_ROWS) }, templates);
  if (!top) return bestOf(grid, templates);
  return { ...top, headers: findHeaderRows(grid, top.compiled) };
}

/**
 * One template's header rows on a sheet and its best score, or undefined when it finds no header row.
 * A template the user `chose` is authoritative: a heading it names keeps that role whatever its values.
 */
export function matchTemplate(grid: Grid, template: Template, chosen = false): TemplateChoice | undefined {
  const compiled = compileTemplate(template);
  const headers = findHeaderRows(grid, compiled, { authoritative: chosen });
  if (headers.length === 0) return undefined;
  return { compiled, headers, score: headers.reduce((max, h) => Math.max(max, h.score), 0) };
}

function bestOf(grid: Grid, templates: readonly Template[]): TemplateChoice | undefined {
  let best: TemplateChoice | undefined;
  for (const template of templates) {
    const choice = matchTemplate(grid, template);
    if (choice && (!best || choice.score > best.score)) best = choice;
  }
  return best;
}
