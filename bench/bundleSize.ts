/**
 * The task pane's JavaScript sizes: each page's initial scripts (what its HTML loads before anything can
 * show) against the budget of 100 KB gzipped, and each lazy chunk (the hosts, the analysis engine, the
 * workbook reader, the combined-workbook writer and the libraries they load), raw and gzipped. Reads a
 * production build of the add-in (dist/addin after `npm run build`), or makes one in a temporary folder.
 *
 * "At start" is what runs before the pane can first draw itself: the page's own scripts and the host chunk
 * (PAGES' atStart). The analysis engine is not: it downloads just after the first paint (see
 * src/taskpane/ui/loadEngine.ts), while the officer reads the pane, so it is listed with the lazy chunks.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Configuration } from "webpack";

/** A page's initial JavaScript may weigh this much, gzipped (100 KB, counted as 100,000 bytes). */
export const BUDGET_GZIP_BYTES = 100_000;

/** The pages, what they are, and the lazy chunk each loads at start, before the officer can do anything. */
export const PAGES: readonly { page: string; what: string; atStart: RegExp }[] = [
  { page: "index.html", what: "standalone page", atStart: /^browser-host\./ },
  { page: "taskpane.html", what: "task pane in Excel", atStart: /^excel-host\./ },
];

/** When each lazy chunk loads, by the start of its name. */
const LAZY_ROLES: readonly [RegExp, string][] = [
  [/^browser-host\./, "at start, standalone page only"],
  [/^excel-host\./, "at start, in Excel only"],
  [/^analysis\./, "the analysis engine: just after the pane is first drawn"],
  // Named after node_modules' path: "vendors-main_node_modules_…" when node_modules is a link to another checkout.
  [/^vendors-.*node_modules_chrono-node/, "with the analysis engine (chrono-node's English dates)"],
  [/^reader\./, "when the first workbook is opened"],
  [/^writer\./, "on the first combined download (browser)"],
  [/^vendors-node_modules_jszip/, "with the reader or the writer"],
  [/^vendors-node_modules_exceljs/, "on the first combined download (browser) or district return workbook"],
  [/^excel-flags\./, "when flag columns are first added (Excel)"],
  [/^excel-writer\./, "when the combined sheets are first written (Excel)"],
  [/^excel-templates\./, "when a template is first saved or exported (Excel)"],
  [/^columns\./, "when a sheet's Columns view is first opened"],
  [/^return-writer\./, "when a district return workbook is first made (browser)"],
  [/^excel-return\./, "when a district return workbook is first made (Excel)"],
  [/^src_workbook_combined_/, "the combined sheets' layout, with excel-writer or writer"],
];

export interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
  /** When it loads. */
  role: string;
}

export interface PageSize {
  page: string;
  what: string;
  scripts: ChunkSize[];
  gzip: number;
  withinBudget: boolean;
}

export interface BundleSizes {
  dir: string;
  pages: PageSize[];
  lazy: ChunkSize[];
}

/** The repository's root: the nearest folder above this file with package.json (works from bench/ and dist/bench/). */
export function repositoryRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "webpack", "addin.js"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no PlanCheck repository above ${from}`);
  }
}

/** Builds the add-in for production (as `npm run build:web`, without source maps) into `outDir`. */
export async function buildAddin(outDir: string, root = repositoryRoot()): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports -- webpack and its configuration are CommonJS */
  const webpack = require(path.join(root, "node_modules", "webpack")) as typeof import("webpack");
  const addinConfig = require(path.join(root, "webpack", "addin.js")) as (env: object) => Configuration;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config: Configuration = { ...addinConfig({ production: true, addinOutDir: outDir }), devtool: false };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

function sizeOf(dir: string, file: string, role: string): ChunkSize {
  const bytes = readFileSync(path.join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length, role };
}

/** The local scripts a page loads, in order (office.js comes from Microsoft's CDN and is not ours). */
export function pageScripts(html: string): string[] {
  // Built pages are minified: attribute values may be unquoted.
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]).filter((src) => !/^https?:/.test(src));
}

/** Measures a built dist/addin folder. */
export function measureBundle(dir: string): BundleSizes {
  const chunks = path.join(dir, "chunks");
  const chunkFiles = (existsSync(chunks) ? readdirSync(chunks) : []).filter((f) => f.endsWith(".js") && statSync(path.join(chunks, f)).isFile());
  const pages = PAGES.map(({ page, what, atStart }) => {
    const scripts = [
      ...pageScripts(readFileSync(path.join(dir, page), "utf8")).map((src) => sizeOf(dir, src, "initial")),
      ...chunkFiles.filter((f) => atStart.test(f)).map((f) => sizeOf(dir, `chunks/${f}`, "loaded at start")),
    ];
    const gzip = scripts.reduce((n, s) => n + s.gzip, 0);
    return { page, what, scripts, gzip, withinBudget: gzip <= BUDGET_GZIP_BYTES };
  });
  const lazy = chunkFiles
    .filter((f) => !PAGES.some((p) => p.atStart.test(f)))
    .map((f) => sizeOf(dir, `chunks/${f}`, LAZY_ROLES.find(([pattern]) => pattern.test(f))?.[1] ?? "lazy"))
    .sort((a, b) => a.gzip - b.gzip);
  return { dir, pages, lazy };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The sizes as the bench prints them. */
export function formatBundleSizes(sizes: BundleSizes): string {
  const line = (label: string, c: { raw?: number; gzip: number }, note: string) =>
    `          ${label.padEnd(62)} ${(c.raw === undefined ? "" : kb(c.raw)).padStart(9)} ${kb(c.gzip).padStart(9)} gz  ${note}`;
  const out = [`bundle    task pane JavaScript (production build; gzip level 6; budget ${kb(BUDGET_GZIP_BYTES)} gzipped start-up JavaScript per page)`];
  for (const p of sizes.pages) {
    out.push(`          ${p.page} (${p.what}): at start`);
    for (const s of p.scripts) out.push(line(`  ${s.file.replace(/\.[0-9a-f]{8}\.js$/, ".js")}`, s, s.role === "initial" ? "" : s.role));
    out.push(line("  total", { gzip: p.gzip }, `${p.withinBudget ? "within" : "OVER"} the budget of ${kb(BUDGET_GZIP_BYTES)}`));
  }
  out.push("          lazy chunks");
  for (const c of sizes.lazy) {
    const name = c.file.replace(/\.[0-9a-f]{8}\.js$/, ".js");
    out.push(line(`  ${name.length > 60 ? `${name.slice(0, 57)}…` : name}`, c, c.role));
  }
  return out.join("\n");
}

/**
 * For `npm run bench`: builds the add-in for production in a temporary folder (or reads `dir`, e.g. a
 * dist/addin made by `npm run build`), prints the sizes and returns them.
 */
export async function benchBundleSize(options: { dir?: string } = {}): Promise<BundleSizes> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "plancheck-bundle-"));
  try {
    if (!options.dir) await buildAddin(dir);
    const sizes = measureBundle(dir);
    console.log(`\n${formatBundleSizes(sizes)}`);
    return sizes;
  } finally {
    if (!options.dir) rmSync(dir, { recursive: true, force: true });
  }
}
