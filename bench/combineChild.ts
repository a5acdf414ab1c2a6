/**
 * One measured run in its own process, so its time and peak memory are its own:
 *   node combineChild.js plancheck <out.xlsx> <files…>   — read, analyse, combine, write the workbook
 *   node combineChild.js exceljs <files…>                — exceljs's streaming reader, reading every row
 * Prints one JSON line: { ms, peakRssMb, rows }.
 */
import ExcelJS from "exceljs";
import { createRunParsers } from "../src/model/analyse/analyseBook";
import { combine, type CombineSource } from "../src/model/combine/combine";
import { toCombineSource } from "../src/model/combine/source";
import { writeCombinedXlsx } from "../src/workbook/combined";
import { readWorkbook } from "../src/workbook/readWorkbook";
import path from "node:path";

const phases: Record<string, number> = {};
const lap = (() => {
  let last = process.hrtime.bigint();
  return (name: string) => {
    const now = process.hrtime.bigint();
    phases[name] = Math.round(Number(now - last) / 1e6);
    last = now;
  };
})();

async function plancheck(out: string, files: string[]): Promise<number> {
  lap("start");
  const sources: CombineSource[] = [];
  const parsers = createRunParsers({ quarters: "calendar" });
  for (const file of files) {
    const read = await readWorkbook(file);
    if (!read.ok) throw new Error(read.error.message);
    const source = { name: path.basename(file), bytes: 0, sha256: "", sheets: read.book.sheets, warnings: read.book.warnings };
    sources.push(toCombineSource(source, { kind: "file-name" }, { asOf: "2010-07-01" }, parsers));
  }
  lap("read + check");
  const view = combine(sources, { asOf: "2010-07-01", amberDays: 14, quarters: "calendar", generatedAt: new Date().toISOString(), version: "bench" });
  lap("combine");
  await writeCombinedXlsx(view, out, files);
  lap("write xlsx");
  return view.rows.length;
}

async function exceljs(files: string[]): Promise<number> {
  let rows = 0;
  for (const file of files) {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
    for await (const sheet of reader) for await (const row of sheet) if (row) rows++;
  }
  return rows;
}

async function main(): Promise<void> {
  const [mode, ...rest] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  const rows = mode === "plancheck" ? await plancheck(rest[0], rest.slice(1)) : await exceljs(rest);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${JSON.stringify({ ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), rows, phases })}\n`);
}

void main();
