/**
 * The budget: each page's start-up JavaScript (the scripts its HTML loads — the standalone page's
 * taskpane.js; in Excel, functions.js and taskpane.js — plus the host chunk it loads at once) is at most
 * 100 KB gzipped, measured on a production build. The analysis engine, the workbook reader and writer
 * (JSZip, exceljs) must stay in lazy chunks.
 */
import { BUDGET_GZIP_BYTES, formatBundleSizes, measureBundle, type BundleSizes } from "../../bench/bundleSize";
import { productionAddin } from "./productionBuild";

let sizes: BundleSizes;
beforeAll(async () => {
  sizes = measureBundle(await productionAddin());
  console.log(formatBundleSizes(sizes));
}, 180_000);

test("each page's start-up JavaScript is within 100 KB gzipped", () => {
  const files = (page: string) => sizes.pages.find((p) => p.page === page)?.scripts.map((s) => s.file.replace(/\.[0-9a-f]{8}\.js$/, ".js"));
  expect(sizes.pages.map((p) => p.page)).toEqual(["index.html", "taskpane.html"]);
  expect(files("index.html")).toEqual(["taskpane.js", "chunks/browser-host.js"]);
  expect(files("taskpane.html")).toEqual(["functions.js", "taskpane.js", "chunks/excel-host.js"]);
  for (const page of sizes.pages) expect({ page: page.page, gzip: page.gzip, within: page.gzip <= BUDGET_GZIP_BYTES }).toEqual({ page: page.page, gzip: page.gzip, within: true });
});

test("the analysis engine, the workbook reader, the writers, the Columns view, exceljs and JSZip are lazy chunks, not start-up code", () => {
  const lazy = sizes.lazy.map((c) => c.file);
  for (const name of ["analysis", "reader", "writer", "excel-writer", "excel-flags", "excel-templates", "columns", "vendors-node_modules_exceljs", "vendors-node_modules_jszip"]) {
    expect(lazy.some((f) => f.startsWith(`chunks/${name}`))).toBe(true);
  }
  const exceljs = sizes.lazy.find((c) => c.file.includes("exceljs"));
  const initialGzip = Math.max(...sizes.pages.map((p) => p.gzip));
  expect(exceljs && exceljs.gzip > initialGzip).toBe(true);
});

/** The analysis engine's chunks: chunks/analysis… and the chrono-node chunk webpack splits off it. */
const ENGINE_CHUNK = /^chunks\/(?:analysis\.|vendors-.*node_modules_chrono-node)/;

test("the analysis engine is lazy: its chunks hold as much as the model in functions.js, the pane's start-up code does not", () => {
  // functions.js carries its own copy of the same engine (src/model with chrono-node). Were the pane's
  // start-up code to import the engine (or its date parser) again, the engine would move out of these
  // chunks into taskpane.js, and they would shrink far below it.
  const engine = sizes.lazy.filter((c) => ENGINE_CHUNK.test(c.file));
  expect(engine.some((c) => c.file.startsWith("chunks/analysis."))).toBe(true);
  const functions = sizes.pages.find((p) => p.page === "taskpane.html")?.scripts.find((s) => s.file === "functions.js");
  if (!functions) throw new Error("taskpane.html loads no functions.js");
  const engineGzip = engine.reduce((n, c) => n + c.gzip, 0);
  const floor = Math.round(functions.gzip * 0.75);
  expect({ engineGzip, floor, lazy: engineGzip >= floor }).toEqual({ engineGzip, floor, lazy: true });
});
