import { Command, CommanderError, Option } from "commander";
import { fileHasErrors, yieldsPlan } from "../model/report/summariseRun";
import { runToJson } from "../model/report/toJson";
import type { RunReport } from "../model/report/types";
import { collectFiles } from "./collectFiles";
import { formatCheck } from "./format/formatCheck";
import { formatFlags } from "./format/formatFlags";
import { resolveOptions, UsageError, type RawOptions } from "./options";
import { runFiles } from "./runFiles";
import { runCombine, type RawCombineOptions } from "./combineCommand";

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_USAGE = 2;

type Formatter = (run: RunReport) => string;

function addRunOptions(cmd: Command): Command {
  return cmd
    .argument("<files...>", "plan workbooks (.xlsx, .xlsm, .csv) or folders of them")
    .option("--as-of <date>", "compute flags as of this date, YYYY-MM-DD (default: today)")
    .option("--template <name|file>", "use this template (built-in name or .json file) instead of detecting one per sheet")
    .option("--amber-days <n>", "actions due within this many days are amber", "14")
    .addOption(new Option("--quarters <rule>", 'how "Q2 2010" is read').choices(["calendar", "financial"]).default("calendar"))
    .option("--json", "print one JSON document instead of text");
}

async function run(files: string[], raw: RawOptions, format: Formatter, failOnErrors: boolean): Promise<number> {
  const options = resolveOptions(raw);
  const report = await runFiles(collectFiles(files), options);
  process.stdout.write(`${options.json ? JSON.stringify(runToJson(report), null, 2) : format(report)}\n`);
  // check fails a file that yields no plan, as combine refuses it; flags only fails files it cannot read.
  const problems = report.files.some((f) => (failOnErrors ? fileHasErrors(f) || !yieldsPlan(f.sheets) : f.error !== null));
  return problems ? EXIT_PROBLEMS : EXIT_OK;
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command("plancheck")
    .description("Check council action plans in Excel, flag overdue actions, and report completion.")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const action = (format: Formatter, failOnErrors: boolean) => async (files: string[], raw: RawOptions) => {
    setExit(await run(files, raw, format, failOnErrors));
  };
  addRunOptions(program.command("check").description("list problems in each plan, with the cell and a fix hint")).action(
    action(formatCheck, true),
  );
  addRunOptions(program.command("flags").description("show each action's due date, status, RAG and overdue flag")).action(
    action(formatFlags, false),
  );
  addRunOptions(
    program
      .command("combine")
      .description("combine many district plans into one workbook (or CSV/JSON), with provenance, summaries and an issues list"),
  )
    .option("-o, --output <path>", "where to write the combined view (default combined.xlsx, or stdout for json)")
    .addOption(new Option("--format <format>", "output format").choices(["xlsx", "csv", "json"]))
    .option("--district-from <cell:Sheet!B2>", "name each district from this cell instead of the file name")
    .option("--district-map <map.csv>", "name districts from a CSV of file name, district")
    .option("--previous <combined.xlsx>", "add a Changes sheet comparing with an earlier combined workbook")
    .action(async (files: string[], raw: RawCombineOptions) => setExit(await runCombine(files, raw)));
  return program;
}

/** Entry point. Sets process.exitCode (never calls process.exit) so piped output is never cut short. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram((code) => (process.exitCode = code));
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    } else if (e instanceof UsageError) {
      process.stderr.write(`plancheck: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      process.stderr.write(`plancheck: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 3;
    }
  }
}
