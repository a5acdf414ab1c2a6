/**
 * The budget: each page's start-up JavaScript (the scripts its HTML loads — the standalone page's
 * taskpane.js; in Excel, functions.js and taskpane.js — plus the host chunk it loads at once) is at most
 * 100 KB gzipped, measured on a production build. The workbook reader and writer (JSZip, exceljs) must stay in lazy chunks.
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

test("the workbook reader, the writers, the Columns view, exceljs and JSZip are lazy chunks, not start-up code", () => {
  const lazy = sizes.lazy.map((c) => c.file);
  for (const name of ["reader", "writer", "excel-writer", "excel-flags", "excel-templates", "columns", "vendors-node_modules_exceljs", "vendors-node_modules_jszip"]) {
    expect(lazy.some((f) => f.startsWith(`chunks/${name}`))).toBe(true);
  }
  const exceljs = sizes.lazy.find((c) => c.file.includes("exceljs"));
  const initialGzip = Math.max(...sizes.pages.map((p) => p.gzip));
  expect(exceljs && exceljs.gzip > initialGzip).toBe(true);
});
