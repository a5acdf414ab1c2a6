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
import { runTemplate, type RawTemplateOptions } from "./templateCommand";

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
  program
    .command("template")
    .description("write the template PlanCheck inferred for a plan, to correct and pass back with --template; or, with --return, a blank district return workbook")
    .argument("[file]", "a plan workbook (.xlsx, .xlsm, .csv) to infer the template from")
    .option("--sheet <name>", "the sheet to infer it from (default: the first sheet with a plan)")
    .option("-o, --output <path>", "where to write (default: the JSON on stdout; with --return, return.xlsx)")
    .option("--return", "write a blank district return workbook (.xlsx) laid out by the template: instructions, a Status drop-down, date checks on Due")
    .option("--template <name|file>", "the template to read FILE with; with --return and no FILE, the template to lay the return out by (default generic)")
    .option("--title <text>", "the template's title; with --return, the return's title")
    .addHelpText(
      "after",
      `
Examples:
  plancheck template "Selby action plan 2010.xlsx" -o selby.json
      writes the columns and roles PlanCheck found; correct a field's "role" if need be, then
  plancheck check "Selby action plan 2010.xlsx" --template selby.json
  plancheck template --return --template selby.json -o return.xlsx
      a blank return for districts laid out like it (default template: generic)`,
    )
    .action(async (file: string | undefined, raw: RawTemplateOptions) => setExit(await runTemplate(file, raw)));
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
