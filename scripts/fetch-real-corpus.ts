/**
 * Fetches the real-corpus files whose licence does not let us commit them (committed = no in
 * test/real-corpus/MANIFEST.tsv) from their public repositories, at the recorded commit, into
 * test/real-corpus/fetched/ (ignored by git), and checks each against test/real-corpus/SHA256SUMS so the
 * score is always taken on the bytes the answer keys were written from.
 *
 * A developer's script: it needs git and network access to github.com. No test or CI step runs it; the
 * corpus test lists entries that are not fetched as skipped.
 *
 *   npm run corpus:fetch [-- <id> ...]        fetch these ids (default: every entry not committed)
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { FETCHED_DIR, readManifest, type ManifestEntry } from "../test/real-corpus/manifest";

const SUMS = path.join(__dirname, "..", "test", "real-corpus", "SHA256SUMS");

function expectedSums(): Map<string, string> {
  const lines = readFileSync(SUMS, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  return new Map(lines.map((l) => l.split(/\s+/)).map(([sum, name]) => [name, sum]));
}

/** Where the repositories are fetched from; CORPUS_GIT_BASE may point at local mirrors laid out <base>/<owner>/<name>.git. */
const GIT_BASE = process.env.CORPUS_GIT_BASE ?? "https://github.com";

const git = (cwd: string, args: string[]): Buffer => execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });

/** The file's bytes at the commit: a shallow fetch of that one commit (GitHub serves any commit by its hash). */
function fetchAtCommit(entry: ManifestEntry): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), "plancheck-corpus-"));
  try {
    git(dir, ["init", "--quiet"]);
    git(dir, ["fetch", "--quiet", "--depth", "1", "--filter=blob:none", `${GIT_BASE}/${entry.sourceRepo}.git`, entry.commit]);
    return git(dir, ["show", `${entry.commit}:${entry.sourcePath}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const wanted = new Set(process.argv.slice(2));
  const entries = readManifest().filter((e) => !e.committed && (wanted.size === 0 || wanted.has(e.id)));
  const unknown = [...wanted].filter((id) => !entries.some((e) => e.id === id));
  if (unknown.length > 0) {
    console.error(`Not in the manifest as a fetched entry: ${unknown.join(", ")}`);
    process.exit(2);
  }
  const sums = expectedSums();
  mkdirSync(FETCHED_DIR, { recursive: true });
  let failed = 0;
  for (const entry of entries) {
    const name = `${entry.id}${path.extname(entry.sourcePath).toLowerCase()}`;
    try {
      const bytes = fetchAtCommit(entry);
      const sum = createHash("sha256").update(bytes).digest("hex");
      if (sums.get(name) !== sum) throw new Error(`its SHA-256 ${sum} is not the one in SHA256SUMS (${sums.get(name) ?? "none recorded"})`);
      writeFileSync(path.join(FETCHED_DIR, name), bytes);
      console.log(`fetched ${name} (${bytes.length} bytes) from ${entry.sourceRepo}@${entry.commit.slice(0, 7)}`);
    } catch (e) {
      failed++;
      const why = e instanceof Error ? (e as Error & { stderr?: Buffer }).stderr?.toString().trim() || e.message : String(e);
      console.error(`could not fetch ${name} from ${entry.sourceRepo}@${entry.commit.slice(0, 7)}: ${why}`);
    }
  }
  console.log(`${entries.length - failed} of ${entries.length} fetched into ${path.relative(process.cwd(), FETCHED_DIR)}`);
  if (failed > 0) process.exit(1);
}

main();
