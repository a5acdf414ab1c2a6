import { readFileSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { analyseBook } from "../model/analyse/analyseBook";
import { templateFromSheet, templateName } from "../model/analyse/templateFromSheet";
import type { SheetReport } from "../model/analyse/types";
import { builtinTemplate } from "../model/templates/builtins";
import { templateJson } from "../model/templates/templateJson";
import { ROLES, type Template } from "../model/templates/types";
import { todayInUk } from "../model/todayInUk";
import { writeOutputAtomically } from "../workbook/combined/atomicWrite";
import { readWorkbook } from "../workbook/readWorkbook";
import { buildReturnWorkbook } from "../workbook/returnWorkbook";
import { loadTemplate, UsageError } from "./options";
import { version } from "./version";

export interface RawTemplateOptions {
  sheet?: string;
  output?: string;
  template?: string;
  return?: boolean;
  title?: string;
}

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const DEFAULT_RETURN_TEMPLATE = "generic";
const DEFAULT_RETURN_FILE = "return.xlsx";

/** A problem with the plan file itself (not with how the command was called): one line, exit 1. */
class PlanProblem extends Error {}

const readTemplateFile = (path: string): string => readFileSync(path, "utf8");

/** Writes the output atomically; a failure (no such folder, the input itself) is one line, not a stack trace. */
async function writeOutput(output: string, content: Uint8Array | string, inputs: readonly string[]): Promise<void> {
  try {
    await writeOutputAtomically(output, content, inputs);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new PlanProblem(`cannot write ${output}: ${missing ? `the folder ${dirname(resolve(output))} does not exist` : (e as Error).message}`);
  }
}

/** The sheet to infer the template from: the one named by --sheet, else the first with a plan table. */
function chooseSheet(sheets: readonly SheetReport[], file: string, wanted: string | undefined): SheetReport {
  const name = basename(file);
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!sheet) throw new UsageError(`--sheet "${wanted}": ${name} has no sheet of that name (its sheets: ${sheets.map((s) => `"${s.name}"`).join(", ")})`);
    if (sheet.tables.length === 0) {
      throw new PlanProblem(
        `no plan table found on sheet "${sheet.name}" of ${name}, so there is no template to write: give it a header row such as Action | Lead | Due | Status, or choose another sheet with --sheet.`,
      );
    }
    return sheet;
  }
  const sheet = sheets.find((s) => s.tables.length > 0);
  if (!sheet) {
    throw new PlanProblem(
      `no sheet of ${name} has a plan table (sheets: ${sheets.map((s) => `"${s.name}"`).join(", ")}), so there is no template to write: give the plan a header row such as Action | Lead | Due | Status, or write a template by hand (see the README).`,
    );
  }
  return sheet;
}

/** The template PlanCheck inferred for one sheet of a plan file, named after the file. */
async function inferTemplate(file: string, raw: RawTemplateOptions): Promise<{ template: Template; sheet: SheetReport }> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new PlanProblem(read.error.message);
  const reader = raw.template ? loadTemplate(raw.template, readTemplateFile) : undefined;
  const sheets = analyseBook(read.book.sheets, { asOf: todayInUk(), template: reader });
  const sheet = chooseSheet(sheets, file, raw.sheet);
  const stem = basename(file, extname(file));
  const headers = sheet.tables.map((t) => t.headerRow);
  const header = `header row${headers.length > 1 ? "s" : ""} ${headers.join(", ")}`;
  const made = templateFromSheet(sheet, reader ?? (sheet.template ? builtinTemplate(sheet.template.name) : undefined), templateName(stem), raw.title?.trim() || `${stem}: ${sheet.name}`);
  if (!made.ok) throw new PlanProblem(`sheet "${sheet.name}" of ${basename(file)} gives no usable template: ${made.problems.join("; ")}.`);
  const description =
    `Inferred by PlanCheck ${version} from sheet "${sheet.name}" of ${basename(file)} (${header}). ` +
    `To correct a column, change its field's "role" (${ROLES.join(", ")}); to ignore a column, delete its field. ` +
    `Then pass this file with --template.`;
  return { template: { ...made.template, description }, sheet };
}

/** `plancheck template FILE`: the inferred template as JSON, on stdout or written to -o. */
async function writeInferred(file: string, raw: RawTemplateOptions): Promise<void> {
  const { template, sheet } = await inferTemplate(file, raw);
  const json = templateJson(template);
  if (raw.output === undefined) {
    process.stdout.write(json);
    return;
  }
  await writeOutput(raw.output, json, [file]);
  const roles = template.fields.map((f) => `${f.title} → ${f.role}`).join(", ");
  process.stdout.write(`Wrote template "${template.name}" (sheet "${sheet.name}" of ${basename(file)}: ${roles}) to ${raw.output}\n`);
}

/** `plancheck template --return`: the blank district return workbook laid out by a template. */
async function writeReturn(file: string | undefined, raw: RawTemplateOptions): Promise<void> {
  if (file !== undefined && raw.template !== undefined) throw new UsageError("--return: give a plan FILE to lay the return out like, or --template, not both");
  if (file === undefined && raw.sheet !== undefined) throw new UsageError("--sheet names a sheet of the plan FILE: give the FILE too");
  const output = raw.output ?? DEFAULT_RETURN_FILE;
  if (extname(output).toLowerCase() !== ".xlsx") throw new UsageError(`--return writes an Excel workbook: -o must name an .xlsx file (got "${output}")`);
  const template =
    file !== undefined ? (await inferTemplate(file, { ...raw, title: undefined })).template : loadTemplate(raw.template ?? DEFAULT_RETURN_TEMPLATE, readTemplateFile);
  await writeOutput(output, await buildReturnWorkbook(template, { title: raw.title }), file === undefined ? [] : [file]);
  const columns = template.fields.map((f) => f.title).join(" | ");
  process.stdout.write(`Wrote the district return for template "${template.name}" to ${output}: an Instructions sheet, then the Plan sheet headed ${columns}\n`);
}

/** `plancheck template`. Returns the exit code; usage mistakes throw UsageError (exit 2). */
export async function runTemplate(file: string | undefined, raw: RawTemplateOptions): Promise<number> {
  try {
    if (raw.return) await writeReturn(file, raw);
    else if (file === undefined) throw new UsageError("template: give the plan FILE to infer a template from, or --return to write a district return workbook");
    else await writeInferred(file, raw);
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof PlanProblem)) throw e;
    process.stderr.write(`plancheck: ${e.message}\n`);
    return EXIT_PROBLEMS;
  }
}
