/**
 * HyperFormula is GPL-3.0 and PlanCheck MIT: it may calculate the fake Excel in the tests, and never reach
 * what PlanCheck ships — the add-in's files, the CLI's dist/, or a production install. (The lint wall
 * walls/no-packages keeps every import of it inside test/; these check what is actually built.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { productionAddin } from "../productionBuild";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const HYPERFORMULA = path.join(ROOT, "node_modules", "hyperformula");
/** Text every build of HyperFormula carries, minified or not: its name, and the licence key it checks for. */
const MARKS = /hyperformula|gpl-v3/i;
/** HyperFormula and the packages only it brings in. */
const ITS_PACKAGES = ["hyperformula", "chevrotain", "regexp-to-ast", "tiny-emitter"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("the marks would be found in HyperFormula's own minified bundle (so their absence below means something)", () => {
  expect(readFileSync(path.join(HYPERFORMULA, "dist", "hyperformula.full.min.js"), "utf8")).toMatch(MARKS);
});

test("no file of the add-in's production build carries HyperFormula", async () => {
  const dir = await productionAddin();
  const files = filesUnder(dir).filter((f) => /\.(js|html|json|map|txt)$/.test(f));
  expect(files.some((f) => f.endsWith(".js"))).toBe(true);
  expect(files.filter((f) => MARKS.test(readFileSync(f, "utf8"))).map((f) => path.relative(dir, f))).toEqual([]);
}, 180_000);

test("the CLI's build (tsconfig.build.json, emitted to dist/) compiles nothing of HyperFormula", () => {
  const configFile = ts.readConfigFile(path.join(ROOT, "tsconfig.build.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const files = program.getSourceFiles().map((f) => path.relative(ROOT, f.fileName));
  expect(files.some((f) => f.startsWith("src/cli/"))).toBe(true);
  expect(files.filter((f) => MARKS.test(f))).toEqual([]);
}, 60_000);

test("HyperFormula is a pinned dev dependency, and with what it brings in, absent from a production install", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
  expect(pkg.devDependencies?.hyperformula).toMatch(/^\d+\.\d+\.\d+$/);
  for (const field of ["dependencies", "optionalDependencies", "peerDependencies", "bundleDependencies", "bundledDependencies"]) expect(pkg[field]?.hyperformula).toBeUndefined();
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean; license?: string }> };
  expect(ITS_PACKAGES.map((p) => [p, lock.packages[`node_modules/${p}`]?.dev])).toEqual(ITS_PACKAGES.map((p) => [p, true]));
  expect(lock.packages["node_modules/hyperformula"].license).toBe("GPL-3.0-only");
});
