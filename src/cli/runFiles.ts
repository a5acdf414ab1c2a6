import { analyseBook, createRunParsers } from "../model/analyse/analyseBook";
import type { AnalyseOptions } from "../model/analyse/types";
import { summariseRun } from "../model/report/summariseRun";
import type { FileReport, RunReport } from "../model/report/types";
import { readWorkbook } from "../workbook/readWorkbook";
import type { RunOptions } from "./options";

/** Reads and analyses each file in turn; a file that cannot be read is reported and the rest go on. */
export async function runFiles(files: readonly string[], options: RunOptions): Promise<RunReport> {
  const analyse: AnalyseOptions = {
    asOf: options.asOf,
    amberDays: options.amberDays,
    quarters: options.quarters,
    template: options.template,
  };
  const reports: FileReport[] = [];
  const parsers = createRunParsers(analyse);
  for (const file of files) {
    const read = await readWorkbook(file);
    if (!read.ok) {
      reports.push({ file, error: read.error, warnings: [], sheets: [] });
      continue;
    }
    reports.push({ file, error: null, warnings: read.book.warnings, sheets: analyseBook(read.book.sheets, analyse, parsers) });
  }
  return { asOf: options.asOf, amberDays: options.amberDays, quarters: options.quarters, files: reports, summary: summariseRun(reports) };
}
