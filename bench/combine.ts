/**
 * Consolidation benchmark: 20 generated district workbooks of 5,000 rows each. Combines them (read,
 * analyse, combine, write the combined workbook) and, in the same run, times exceljs's streaming reader
 * just reading the same files; prints the ratio (target ≤ 1.5) for the engine alone and end to end with the
 * workbook written (a read-only baseline writes nothing), and each run's peak memory.
 */
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { districtFiles } from "./districtFiles";

const DISTRICTS = 20;
const ROWS = 5000;
const TARGET_RATIO = 1.5;

interface Measured {
  ms: number;
  peakRssMb: number;
  rows: number;
  phases?: Record<string, number>;
}

function child(args: string[]): Measured {
  const out = execFileSync(process.execPath, [path.join(__dirname, "combineChild.js"), ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Measured;
}

const RUNS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each side run RUNS times, alternating, so a busy moment on the machine hits both alike; medians kept. */
function measure(files: string[], out: string): { baseline: Measured; ours: Measured } {
  const baselines: Measured[] = [];
  const ourRuns: Measured[] = [];
  for (let i = 0; i < RUNS; i++) {
    baselines.push(child(["exceljs", ...files]));
    ourRuns.push(child(["plancheck", out, ...files]));
  }
  const pick = (runs: Measured[]): Measured => {
    const ms = median(runs.map((r) => r.ms));
    return { ...runs.find((r) => r.ms === ms)!, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)) };
  };
  return { baseline: pick(baselines), ours: pick(ourRuns) };
}

export async function benchCombine(): Promise<void> {
  const dir = path.join(tmpdir(), `plancheck-bench-districts-${DISTRICTS}x${ROWS}`);
  const files = await districtFiles(dir, DISTRICTS, ROWS);
  const out = path.join(tmpdir(), "plancheck-bench-combined.xlsx");
  const { baseline, ours } = measure(files, out);
  const phases = ours.phases ?? {};
  const write = phases["write xlsx"] ?? 0;
  const verdict = (ratio: number) => `ratio ${ratio.toFixed(2)} — ${ratio <= TARGET_RATIO ? "meets" : "MISSES"} the target of ≤ ${TARGET_RATIO}×`;
  console.log(`\ncombine   ${DISTRICTS} districts × ${ROWS.toLocaleString("en-GB")} rows (${dir}), median of ${RUNS} runs each`);
  console.log(`baseline  exceljs stream-read only            ${baseline.ms.toFixed(0).padStart(6)} ms  peak ${baseline.peakRssMb} MB  ${baseline.rows} rows seen`);
  console.log(`plancheck read + check + combine + write xlsx ${ours.ms.toFixed(0).padStart(6)} ms  peak ${ours.peakRssMb} MB  ${ours.rows} actions`);
  const listed = Object.entries(phases).filter(([name]) => name !== "start");
  console.log(`          of which ${listed.map(([name, ms]) => `${name} ${ms} ms`).join(", ")}`);
  console.log(`          the combine engine (read + check + combine, as the task pane runs it): ${verdict((ours.ms - write) / baseline.ms)}`);
  console.log(`          end to end, with the ${ours.rows.toLocaleString("en-GB")}-row workbook written:          ${verdict(ours.ms / baseline.ms)}`);
}
