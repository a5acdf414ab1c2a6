/**
 * `npm run validate [-- MANIFEST] [--build DIR]`: checks the add-in manifest offline (structure, resources,
 * shared runtime; see checkManifest.ts) and, when the add-in has been built, that every URL in it points at
 * a built file and every icon has its stated size. Exit code 0 when all is well, 1 when not.
 *
 * It does not call `office-addin-manifest validate`, which sends the manifest to an online service.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest } from "./checkManifest";
import { checkManifestFiles } from "./manifestFiles";

const root = path.resolve(__dirname, "..", "..");

function main(argv: string[]): number {
  const buildAt = argv.indexOf("--build");
  const buildDir = path.resolve(buildAt >= 0 ? argv[buildAt + 1] ?? "" : path.join(root, "dist", "addin"));
  const file = path.resolve(argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--build") ?? path.join(root, "manifest.xml"));
  if (!existsSync(file)) {
    console.error(`No manifest at ${file}.`);
    return 1;
  }
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const report = checkManifest(readFileSync(file, "utf8"), { packageVersion: version });
  const problems = [...report.problems];
  const built = existsSync(path.join(buildDir, "functions.json"));
  if (built && report.problems.length === 0) problems.push(...checkManifestFiles(report, buildDir));

  const name = path.relative(process.cwd(), file) || file;
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`${name}: valid (offline structural checks; namespace ${report.namespace}, shared runtime ${report.runtimeUrl})`);
  if (built) console.log(`  every URL points at a file in ${path.relative(process.cwd(), buildDir) || buildDir}, and the icons have their stated sizes`);
  else console.log(`  not built yet, so the URLs were not matched to files: run \`npm run build:web\` (or \`npm run build\`) and validate again`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
