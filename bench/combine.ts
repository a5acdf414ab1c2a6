/**
 * Consolidation benchmark: 20 generated district workbooks of 5,000 rows each. Combines them (read,
 * analyse, combine, write the combined workbook) and, in the same run, times exceljs's streaming reader
 * just reading the same files; prints the ratio (target ≤ 1.5) and each run's peak memory.
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

export async function benchCombine(): Promise<void> {
  const dir = path.join(tmpdir(), `plancheck-bench-districts-${DISTRICTS}x${ROWS}`);
  const files = await districtFiles(dir, DISTRICTS, ROWS);
  const out = path.join(tmpdir(), "plancheck-bench-combined.xlsx");
  const baseline = child(["exceljs", ...files]);
  const ours = child(["plancheck", out, ...files]);
  const ratio = ours.ms / baseline.ms;
  console.log(`\ncombine   ${DISTRICTS} districts × ${ROWS.toLocaleString("en-GB")} rows (${dir})`);
  console.log(`baseline  exceljs stream-read only            ${baseline.ms.toFixed(0).padStart(6)} ms  peak ${baseline.peakRssMb} MB  ${baseline.rows} rows seen`);
  console.log(`plancheck read + check + combine + write xlsx ${ours.ms.toFixed(0).padStart(6)} ms  peak ${ours.peakRssMb} MB  ${ours.rows} actions`);
  const phases = Object.entries(ours.phases ?? {}).filter(([name]) => name !== "start");
  console.log(`          of which ${phases.map(([name, ms]) => `${name} ${ms} ms`).join(", ")}`);
  console.log(`          ratio ${ratio.toFixed(2)} — ${ratio <= TARGET_RATIO ? "meets" : "MISSES"} the target of ≤ ${TARGET_RATIO}×`);
}
