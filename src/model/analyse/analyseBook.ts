import type { Grid } from "../grid";
import { analyseSheet, createParsers } from "./analyseSheet";
import type { AnalyseOptions, SheetReport } from "./types";

/** Analyses every sheet of one workbook, sharing the due/status parse caches between sheets. */
export function analyseBook(sheets: readonly Grid[], options: AnalyseOptions): SheetReport[] {
  const parsers = { 1900: createParsers(options, 1900), 1904: createParsers(options, 1904) };
  return sheets.map((grid) => analyseSheet(grid, options, parsers[grid.dateSystem]));
}
