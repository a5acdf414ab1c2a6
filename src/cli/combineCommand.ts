import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { createRunParsers } from "../model/analyse/analyseBook";
import { combine, type CombineSource } from "../model/combine/combine";
import { previousRows } from "../model/combine/previousRows";
import { districtMap, parseDistrictFrom, type DistrictRule } from "../model/combine/districtRule";
import type { PreviousRow } from "../model/combine/changes";
import type { CombinedView } from "../model/combine/types";
import { combinedCsv, writeCombinedXlsx, writeOutputAtomically } from "../workbook/combined";
import { readCsvText } from "../workbook/csv";
import { readWorkbook } from "../workbook/readWorkbook";
import { collectFiles } from "./collectFiles";
import { formatCombineSummary } from "./format/formatCombine";
import { resolveOptions, UsageError, type RawOptions, type RunOptions } from "./options";
import { createProgress } from "./progress";
import { readCombineSource } from "./readSource";
import { version } from "./version";

export interface RawCombineOptions extends RawOptions {
  output?: string;
  format?: string;
  districtFrom?: string;
  districtMap?: string;
  previous?: string;
}

type Format = "xlsx" | "csv" | "json";

interface CombineRun {
  run: RunOptions;
  format: Format;
  output: string | null;
  rule: DistrictRule;
  previous: PreviousRow[] | null;
}

function districtRule(raw: RawCombineOptions): DistrictRule {
  if (raw.districtFrom && raw.districtMap) throw new UsageError("give --district-from or --district-map, not both");
  if (raw.districtFrom) {
    const rule = parseDistrictFrom(raw.districtFrom);
    if (!rule) throw new UsageError(`--district-from must look like cell:Sheet!B2 (got "${raw.districtFrom}")`);
    return rule;
  }
  if (raw.districtMap) {
    let text: string;
    try {
      text = readFileSync(raw.districtMap, "utf8");
    } catch (e) {
      throw new UsageError(`--district-map: cannot read ${raw.districtMap}: ${(e as Error).message}`);
    }
    const grid = readCsvText(text, basename(raw.districtMap));
    const rows = grid.rows.map((cells) => cells.map((c) => (c.kind === "text" ? c.value : "")));
    const entries = districtMap(rows);
    if (entries.size === 0) throw new UsageError(`--district-map: ${raw.districtMap} has no "file,district" rows`);
    return { kind: "map", entries };
  }
  return { kind: "file-name" };
}

async function readPrevious(path: string | undefined): Promise<PreviousRow[] | null> {
  if (!path) return null;
  const read = await readWorkbook(path);
  if (!read.ok) throw new UsageError(`--previous: ${read.error.message}`);
  const parsed = previousRows(read.book.sheets);
  if (!parsed.ok) throw new UsageError(`--previous: ${basename(path)} is not a combined workbook: ${parsed.message}`);
  return parsed.rows;
}

async function prepare(raw: RawCombineOptions): Promise<CombineRun> {
  const run = resolveOptions(raw);
  const format = (raw.format ?? (raw.json ? "json" : "xlsx")) as Format;
  if (!["xlsx", "csv", "json"].includes(format)) throw new UsageError(`--format must be xlsx, csv or json (got "${raw.format}")`);
  const output = raw.output ?? (format === "json" ? null : `combined.${format}`);
  return { run, format, output, rule: districtRule(raw), previous: await readPrevious(raw.previous) };
}

/** Reads, analyses and names each source; a file that cannot be read is kept with its error. */
async function readSources(files: readonly string[], c: CombineRun): Promise<CombineSource[]> {
  const progress = createProgress(files.length, c.format !== "json" || c.output !== null);
  const parsers = createRunParsers(c.run);
  const sources: CombineSource[] = [];
  try {
    // One file at a time: a file's cells are dropped once it is analysed, so memory follows the output.
    // (Worker threads were measured slower here: cloning the reports back costs more than they save.)
    for (const file of files) {
      sources.push(await readCombineSource(file, c.rule, c.run, parsers));
      progress.tick(basename(file));
    }
    return sources;
  } finally {
    progress.stop();
  }
}

async function write(view: CombinedView, c: CombineRun, inputs: readonly string[]): Promise<void> {
  if (c.output === null) {
    process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    return;
  }
  if (c.format === "xlsx") await writeCombinedXlsx(view, c.output, inputs);
  else if (c.format === "csv") await writeOutputAtomically(c.output, combinedCsv(view), inputs);
  else await writeOutputAtomically(c.output, `${JSON.stringify(view, null, 2)}\n`, inputs);
}

/** `plancheck combine`: one combined view of many district plans. Returns the exit code. */
export async function runCombine(args: readonly string[], raw: RawCombineOptions): Promise<number> {
  const c = await prepare(raw);
  const files = collectFiles(args);
  if (files.length === 0) throw new UsageError(`no .xlsx, .xlsm or .csv files found in ${args.join(", ")}`);
  if (c.output && files.some((f) => resolve(f) === resolve(c.output as string))) {
    throw new UsageError(`the output ${c.output} is one of the input files: choose another -o path`);
  }
  const sources = await readSources(files, c);
  const view = combine(sources, { asOf: c.run.asOf, amberDays: c.run.amberDays, quarters: c.run.quarters, generatedAt: new Date().toISOString(), version }, c.previous);
  await write(view, c, files);
  // The summary goes to stdout, unless stdout carries the JSON document.
  const summary = formatCombineSummary(view, c.output);
  (c.output === null ? process.stderr : process.stdout).write(`${summary}\n`);
  return view.files.some((f) => f.error !== null) ? 1 : 0;
}
