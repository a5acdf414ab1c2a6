/**
 * The corpus manifest (MANIFEST.tsv) and where each entry's file is: files/ for those whose licence lets us
 * commit them, fetched/ (gitignored, filled by scripts/fetch-real-corpus.ts) for the others.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const CORPUS_DIR = __dirname;
export const FILES_DIR = path.join(CORPUS_DIR, "files");
export const FETCHED_DIR = path.join(CORPUS_DIR, "fetched");
export const KEYS_DIR = path.join(CORPUS_DIR, "keys");

export const MANIFEST_COLUMNS = ["id", "kind", "source_repo", "source_path", "commit", "licence", "committed", "what"] as const;
export const KINDS = ["plan", "tracker", "export", "not-a-plan"] as const;

export interface ManifestEntry {
  id: string;
  kind: (typeof KINDS)[number];
  sourceRepo: string;
  sourcePath: string;
  commit: string;
  licence: string;
  committed: boolean;
  what: string;
}

/** Reads MANIFEST.tsv; throws one line naming the bad row when a row does not fit the format. */
export function readManifest(file = path.join(CORPUS_DIR, "MANIFEST.tsv")): ManifestEntry[] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0].split("\t");
  if (header.join("\t") !== MANIFEST_COLUMNS.join("\t")) throw new Error(`MANIFEST.tsv: the header must be ${MANIFEST_COLUMNS.join(" | ")}`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    const at = `MANIFEST.tsv line ${i + 2}`;
    if (cells.length !== MANIFEST_COLUMNS.length) throw new Error(`${at}: ${cells.length} columns, expected ${MANIFEST_COLUMNS.length}`);
    const [id, kind, sourceRepo, sourcePath, commit, licence, committed, what] = cells;
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${at}: kind "${kind}" is not one of ${KINDS.join(", ")}`);
    if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`${at}: commit must be a full 40-hex-digit hash`);
    if (committed !== "yes" && committed !== "no") throw new Error(`${at}: committed must be yes or no`);
    return { id, kind: kind as ManifestEntry["kind"], sourceRepo, sourcePath, commit, licence, committed: committed === "yes", what };
  });
}

/** The file for an id (files/ first, then fetched/), or null when it is not here. */
export function corpusFile(entry: ManifestEntry): string | null {
  const dir = entry.committed ? FILES_DIR : FETCHED_DIR;
  if (!existsSync(dir)) return null;
  const name = readdirSync(dir).find((f) => f.slice(0, f.lastIndexOf(".")) === entry.id);
  return name ? path.join(dir, name) : null;
}
