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

/**
 * Picks the template whose header rows best explain the sheet: the highest-scoring header row wins,
 * ties go to the earlier template (family templates are listed before the generic one).
 */
export function chooseTemplate(grid: Grid, templates: readonly Template[]): TemplateChoice | undefined {
  let best: TemplateChoice | undefined;
  for (const template of templates) {
    const compiled = compileTemplate(template);
    const headers = findHeaderRows(grid, compiled);
    if (headers.length === 0) continue;
    const score = Math.max(...headers.map((h) => h.score));
    if (!best || score > best.score) best = { compiled, headers, score };
  }
  return best;
}
