/**
 * The core and the byte-level readers must run in a browser (the task pane reads picked files with them).
 * This builds the webpack bundle and runs it in a bare JavaScript context — no require, no Buffer, no
 * process, no fs — and checks it reads a sample workbook exactly as the Node path does.
 */
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { analyseBook } from "../src/model/analyse/analyseBook";
import { readWorkbook } from "../src/workbook/readWorkbook";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../webpack/library.js");
const outDir = mkdtempSync(path.join(tmpdir(), "plancheck-web-"));

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack({ ...config({ production: true, outDir }), devtool: false }, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

interface PlanCheckGlobal {
  readXlsxBuffer(data: Uint8Array, name: string): Promise<{ ok: boolean; book: { sheets: unknown[] } }>;
  analyseBook(sheets: unknown[], options: { asOf: string }): { rows: { row: number; rag: string; due: { end: string | null } }[] }[];
}

test("the browser bundle reads and flags a workbook with no Node APIs", async () => {
  await build();
  const code = readFileSync(path.join(outDir, "plancheck.js"), "utf8");
  const sandbox: Record<string, unknown> = { TextDecoder, Uint8Array, ArrayBuffer, DataView, setTimeout, clearTimeout, Promise, Date, Math, JSON, Intl };
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox);
  const PlanCheck = sandbox.PlanCheck as PlanCheckGlobal;
  const file = path.join(__dirname, "fixtures", "Harrogate action plan 2010.xlsx");
  const bytes = new Uint8Array(readFileSync(file));
  const read = await PlanCheck.readXlsxBuffer(bytes, "Harrogate action plan 2010.xlsx");
  expect(read.ok).toBe(true);
  const inBrowser = PlanCheck.analyseBook(read.book.sheets, { asOf: "2010-07-01" });

  const node = await readWorkbook(file);
  if (!node.ok) throw new Error(node.error.message);
  const inNode = analyseBook(node.book.sheets, { asOf: "2010-07-01" });
  const summary = (sheets: typeof inBrowser) => sheets.flatMap((s) => s.rows.map((r) => [r.row, r.due.end, r.rag]));
  expect(summary(inBrowser)).toEqual(summary(inNode));
  expect(summary(inBrowser).length).toBeGreaterThan(10);
}, 120_000);
