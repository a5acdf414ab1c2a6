/**
 * The return workbook's writer is called by the browser host too: nothing it loads, however deep, may
 * import Node's modules (fs, zlib, path…). Follows every relative import from its entry point.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const NODE = new Set(builtinModules);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\("([^"]+)"\)/g;

function resolveModule(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  if (existsSync(base)) return base; // .json
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** Every package a module and the modules it imports (relative imports followed) load, with the importer. */
function packagesLoaded(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file) || file.endsWith(".json")) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (/^import type\b|^export type\b/.test(m[0].trim())) continue;
      if (spec.startsWith(".")) visit(resolveModule(file, spec));
      else packages.set(spec, path.relative(root, file));
    }
  };
  visit(entry);
  return packages;
}

test("buildReturnWorkbook loads no Node module (browser-safe), only exceljs", () => {
  const packages = packagesLoaded(path.join(root, "src/workbook/returnWorkbook/index.ts"));
  const node = [...packages].filter(([spec]) => spec.startsWith("node:") || NODE.has(spec.split("/")[0]));
  expect(node).toEqual([]);
  expect([...packages.keys()]).toContain("exceljs");
});

test("the check itself sees Node modules where they are (the file writer of the combined workbook)", () => {
  const packages = packagesLoaded(path.join(root, "src/workbook/combined/writeXlsx.ts"));
  expect([...packages.keys()].some((spec) => spec.startsWith("node:"))).toBe(true);
});
