/**
 * The PLAN.* custom functions at spreadsheet scale, each with its ratio to the model called directly in the
 * same run: PLAN.OVERDUE and PLAN.RAG on 1,000,000 rows of realistic values (the workload's due and status
 * texts, with the dd/mm/yyyy ones passed as date serials the way Excel passes a date cell), and PLAN.FLAGS on
 * a 100,000-row table.
 */
import { analyseSheet, createParsers } from "../src/model/analyse/analyseSheet";
import { computeFlags } from "../src/model/flags/computeFlags";
import { isoToSerial } from "../src/model/excelDate";
import { cellText, type Cell, type Grid } from "../src/model/grid";
import { FLAGS, OVERDUE, RAG } from "../src/functions/functions";
import { cellOf } from "../src/functions/values";
import { bigPlanGrid, dueStrings, statusStrings } from "./workload";

const ROWS = 1_000_000;
const TABLE_ROWS = 100_000;
const AS_OF = "2010-07-01";
const CALLS_TARGET = 1_000_000;
const FLAGS_TARGET_MS = 1000;

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** A due cell as Excel passes it: a typed date as its serial, text as text. */
function asExcelPasses(text: string): string | number {
  const m = DMY.exec(text);
  return m ? isoToSerial(`${m[3]}-${m[2]}-${m[1]}`, 1900) : text;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000));
const rate = (n: number, ms: number) => `${perSecond(n, ms).toLocaleString("en-GB")}/s`;
const verdict = (ok: boolean) => (ok ? "meets" : "MISSES");

/** Calls fn once for every row, in two passes: the first reads each distinct value once, the second is all repeats. */
function passes(fn: (i: number) => unknown): { first: number; repeat: number; checksum: number } {
  let checksum = 0;
  const run = () => {
    for (let i = 0; i < ROWS; i++) {
      const answer = fn(i);
      if (answer === true || answer === "red") checksum++;
    }
  };
  const first = time(run).ms;
  const repeat = time(run).ms;
  return { first, repeat, checksum };
}

function rowCalls(): void {
  const dues = dueStrings(ROWS).map(asExcelPasses);
  const statuses = statusStrings(ROWS);
  console.log(`\nfunctions ${ROWS.toLocaleString("en-GB")} rows (${new Set(dues).size} distinct due values, ${new Set(statuses).size} statuses), as_of ${AS_OF}; one call a row, each pass timed`);

  // Baseline: the model itself on cells built beforehand (cached parsers + computeFlags), no Excel arguments.
  const parsers = createParsers({});
  const dueCells: Cell[] = dues.map(cellOf);
  const statusCells: Cell[] = statuses.map(cellOf);
  const options = { asOf: AS_OF };
  const base = passes((i) => computeFlags(parsers.due(dueCells[i]), parsers.status(statusCells[i]), options).overdue);
  console.log(`baseline  model: cached parsers + computeFlags    first ${base.first.toFixed(0).padStart(5)} ms, repeat ${base.repeat.toFixed(0).padStart(5)} ms  ${rate(ROWS, base.repeat)}`);

  const results: [string, ReturnType<typeof passes>][] = [
    ["PLAN.OVERDUE(due, status, as_of)", passes((i) => OVERDUE(dues[i], statuses[i], AS_OF))],
    ["PLAN.RAG(due, status, as_of)    ", passes((i) => RAG(dues[i], statuses[i], AS_OF))],
  ];
  for (const [name, r] of results) {
    const calls = perSecond(ROWS, r.repeat);
    console.log(
      `          ${name}   first ${r.first.toFixed(0).padStart(5)} ms, repeat ${r.repeat.toFixed(0).padStart(5)} ms  ${rate(ROWS, r.repeat)}` +
        `  ratio to baseline ${(r.repeat / base.repeat).toFixed(2)}  ${verdict(calls >= CALLS_TARGET)} ${CALLS_TARGET.toLocaleString("en-GB")}/s`,
    );
  }
}

/** The grid's cells as the 2-D array of values Excel passes for the range. */
function excelRange(grid: Grid): unknown[][] {
  const width = Math.max(...grid.rows.map((r) => r.length));
  return grid.rows.map((row) => Array.from({ length: width }, (_, c) => {
    const cell = row[c];
    return cell === undefined || cell.kind === "empty" ? "" : cellText(cell);
  }));
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Times one FLAGS call on its own copy of the range (Excel hands every call fresh arrays), from a clean heap. */
function timedFlags(range: unknown[][], asOf: string): { ms: number; result: unknown[][] } {
  const fresh = range.map((row) => row.slice());
  gc();
  return time(() => FLAGS(fresh, asOf));
}

function tableCall(): void {
  const grid = bigPlanGrid(TABLE_ROWS);
  const range = excelRange(grid);
  console.log(`\nFLAGS     ${TABLE_ROWS.toLocaleString("en-GB")}-row table (${range.length} × ${range[0].length} range), as_of ${AS_OF}`);
  // Baseline: the CLI's analysis of the same sheet (detect, parse, flag), once warm.
  analyseSheet(grid, { asOf: AS_OF });
  gc();
  const base = time(() => analyseSheet(grid, { asOf: AS_OF }).rows.length);
  console.log(`baseline  analyseSheet (the CLI's path), warm      ${base.ms.toFixed(0).padStart(5)} ms  ${rate(TABLE_ROWS, base.ms)}`);

  const first = timedFlags(range, AS_OF);
  const recalc = timedFlags(range, AS_OF);
  const otherDay = timedFlags(range, "2010-12-31");
  const edited = range.map((row) => row.slice());
  edited[10][3] = "Complete";
  const changed = timedFlags(edited, AS_OF);
  const lines: [string, number][] = [
    ["first call (analyse, flag, spill)", first.ms],
    ["recalculation, same range", recalc.ms],
    ["same range, another as_of", otherDay.ms],
    ["one cell edited", changed.ms],
  ];
  for (const [name, ms] of lines) {
    console.log(`          PLAN.FLAGS ${name.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms  ${rate(TABLE_ROWS, ms)}  ratio to baseline ${(ms / base.ms).toFixed(2)}`);
  }
  const rows = first.result.filter((r) => typeof r[5] === "string" && r[5] !== "" && r[5] !== "RAG").length;
  const ok = first.ms < FLAGS_TARGET_MS && changed.ms < FLAGS_TARGET_MS;
  console.log(`          ${rows.toLocaleString("en-GB")} rows flagged; ${verdict(ok)} the target of ${FLAGS_TARGET_MS} ms for ${TABLE_ROWS.toLocaleString("en-GB")} rows`);
}

export function benchFunctions(): void {
  tableCall();
  rowCalls();
}
