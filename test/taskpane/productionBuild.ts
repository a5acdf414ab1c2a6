/**
 * One production build of the add-in (dist/addin's contents) for the tests that need it — the bundle budget
 * and the end-to-end test — made once and kept in the system's temp folder under a hash of everything it is
 * built from, so the second test (and a re-run with nothing changed) reuses it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildAddin, repositoryRoot } from "../../bench/bundleSize";
import { SAMPLE_FILES } from "./sampleList";

const ROOT = repositoryRoot();
const INPUTS = ["src", "webpack", "assets", "manifest.xml", "package-lock.json", "tsconfig.json", "tsconfig.build.json", ...SAMPLE_FILES.map((f) => path.join("test", "fixtures", f))];

function filesUnder(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

const PREFIX = "plancheck-addin-production-";
const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds of older sources, left by earlier runs: removed once a day old. */
function removeOldBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const dir = path.join(tmpdir(), name);
    if (!name.startsWith(PREFIX) || dir === keep) continue;
    try {
      if (Date.now() - statSync(dir).mtimeMs > DAY_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}

/** The folder of a production build of the current sources (built now if there is none yet). */
export async function productionAddin(): Promise<string> {
  const dir = path.join(tmpdir(), `${PREFIX}${inputsHash()}`);
  if (existsSync(path.join(dir, "index.html"))) return dir;
  removeOldBuilds(dir);
  const building = mkdtempSync(path.join(tmpdir(), "plancheck-addin-building-"));
  await buildAddin(building, ROOT);
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test built it meanwhile
  }
  return dir;
}
