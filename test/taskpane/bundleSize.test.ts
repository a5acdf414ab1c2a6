/**
 * The budget: each page's initial JavaScript (the scripts its HTML loads: the standalone page's
 * taskpane.js; in Excel, functions.js and taskpane.js) is at most 100 KB gzipped, measured on a production
 * build. The workbook reader and writer (JSZip, exceljs) must stay in lazy chunks.
 */
import { BUDGET_GZIP_BYTES, formatBundleSizes, measureBundle, type BundleSizes } from "../../bench/bundleSize";
import { productionAddin } from "./productionBuild";

let sizes: BundleSizes;
beforeAll(async () => {
  sizes = measureBundle(await productionAddin());
  console.log(formatBundleSizes(sizes));
}, 180_000);

test("each page's initial JavaScript is within 100 KB gzipped", () => {
  expect(sizes.pages.map((p) => p.page)).toEqual(["index.html", "taskpane.html"]);
  expect(sizes.pages.find((p) => p.page === "index.html")?.scripts.map((s) => s.file)).toEqual(["taskpane.js"]);
  expect(sizes.pages.find((p) => p.page === "taskpane.html")?.scripts.map((s) => s.file)).toEqual(["functions.js", "taskpane.js"]);
  for (const page of sizes.pages) expect({ page: page.page, gzip: page.gzip, within: page.gzip <= BUDGET_GZIP_BYTES }).toEqual({ page: page.page, gzip: page.gzip, within: true });
});

test("the workbook reader, the writer, exceljs and JSZip are lazy chunks, not initial code", () => {
  const lazy = sizes.lazy.map((c) => c.file);
  for (const name of ["reader", "writer", "browser-host", "excel-host", "vendors-node_modules_exceljs", "vendors-node_modules_jszip"]) {
    expect(lazy.some((f) => f.startsWith(`chunks/${name}`))).toBe(true);
  }
  const exceljs = sizes.lazy.find((c) => c.file.includes("exceljs"));
  const initialGzip = Math.max(...sizes.pages.map((p) => p.gzip));
  expect(exceljs && exceljs.gzip > initialGzip).toBe(true);
});
