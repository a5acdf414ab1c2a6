import type { Grid } from "../grid";
import { analyseSheet, createParsers, type Parsers } from "./analyseSheet";
import type { AnalyseOptions, SheetReport } from "./types";

/** Due/status parsers for both date systems, to share across the sheets and files of one run. */
export function createRunParsers(options: Pick<AnalyseOptions, "quarters">): Record<1900 | 1904, Parsers> {
  return { 1900: createParsers(options, 1900), 1904: createParsers(options, 1904) };
}

/**
 * Analyses every sheet of one workbook. Pass the run's parsers when analysing many files, so a text
 * repeated across districts ("By end of June 2010") is parsed once.
 */
export function analyseBook(sheets: readonly Grid[], options: AnalyseOptions, parsers = createRunParsers(options)): SheetReport[] {
  return sheets.map((grid) => analyseSheet(grid, options, parsers[grid.dateSystem]));
}
