/**
 * The real corpus: every available plan read by the real reader and analyseBook, scored against its
 * hand-written key, and the table printed. The acceptance thresholds are asserted only with
 * PLANCHECK_CORPUS_STRICT=1; otherwise this checks that every key is well-formed and every committed file is
 * read. The scorer itself is tested on made-up reports first, so a scorer that always says "right" fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseBook } from "../../src/model/analyse/analyseBook";
import type { RowReport, SheetReport } from "../../src/model/analyse/types";
import type { Due } from "../../src/model/due/types";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { KEYS_DIR, corpusFile, readManifest } from "./manifest";
import { type AnswerKey, type FileScore, formatScoreDetails, formatScoreTable, keyProblems, meetsAcceptance, scoreFile, totalsOf } from "./score";

// ---- the scorer on made-up reports ----

function dueOf(end: string | null): Due {
  return end === null ? { kind: "none", text: "", start: null, end: null } : { kind: "date", text: end, start: end, end };
}

function row(r: number, end: string | null, complete: boolean, overdue: boolean): RowReport {
  return { row: r, due: dueOf(end), complete, overdue } as RowReport;
}

function sheet(name: string, rows: RowReport[]): SheetReport {
  return { name, rows } as SheetReport;
}

const tinyKey: AnswerKey = {
  id: "made-up",
  asOf: "2026-12-03",
  plan: true,
  sheets: [
    {
      name: "Plan",
      plan: true,
      rows: [
        { row: 2, action: "Publish the plan", due: "2024-03-31", complete: true },
        { row: 3, action: "Consult partners", due: "2025-06-30", complete: false },
        { row: 4, action: "Review annually", due: null, complete: false },
      ],
    },
  ],
  notes: "A made-up key for the scorer's own test: three rows, one done, one overdue, one undated.",
};

describe("the corpus scorer", () => {
  test("a report that reads every row as the key does is right, with every dated due end counted", () => {
    const s = scoreFile(tinyKey, [sheet("Plan", [row(2, "2024-03-31", true, false), row(3, "2025-06-30", false, true), row(4, null, false, false)])]);
    expect(s).toMatchObject({ right: true, missing: [], extra: [], common: 3, dated: 2, dueRight: 2 });
  });

  test("a missed row, an extra row, a wrong completion, a wrong overdue flag and a wrong due end are each caught", () => {
    const s = scoreFile(tinyKey, [
      sheet("Plan", [row(2, "2024-03-01", false, true), row(4, null, false, false), row(9, null, false, false)]),
      sheet("Notes", [row(1, null, false, false)]),
    ]);
    expect(s.right).toBe(false);
    expect(s.missing).toEqual(["Plan!3"]);
    expect(s.extra).toEqual(["Plan!9", "Notes!1"]);
    expect(s.completionWrong).toEqual(["Plan!2"]);
    expect(s.overdueWrong).toEqual(["Plan!2"]);
    expect(s).toMatchObject({ dated: 2, dueRight: 0, dueWrong: ["Plan!2", "Plan!3"] });
  });

  test("a file that is not a plan is right only when no sheet yields an action", () => {
    const notAPlan: AnswerKey = { ...tinyKey, plan: false, sheets: [{ name: "Log", plan: false, rows: [] }] };
    expect(scoreFile(notAPlan, [sheet("Log", [])]).right).toBe(true);
    expect(scoreFile(notAPlan, [sheet("Log", [row(5, null, false, false)])]).right).toBe(false);
  });

  test("the totals line and the acceptance thresholds: 19 files in 20 and 95% of due ends", () => {
    const score = (right: boolean, dated: number, dueRight: number) => ({ right, dated, dueRight }) as FileScore;
    const nineteenOfTwenty = [...Array.from({ length: 19 }, () => score(true, 5, 5)), score(false, 5, 0)];
    expect(totalsOf(nineteenOfTwenty)).toMatchObject({ files: 20, filesRight: 19, dated: 100, dueRight: 95, duePercent: 95 });
    expect(meetsAcceptance(totalsOf(nineteenOfTwenty))).toBe(true);
    const eighteen = [...nineteenOfTwenty.slice(0, 18), score(false, 5, 5), score(false, 5, 0)];
    expect(meetsAcceptance(totalsOf(eighteen))).toBe(false);
    expect(meetsAcceptance(totalsOf([score(true, 100, 94)]))).toBe(false);
    const table = formatScoreTable([scoreFile(tinyKey, [sheet("Plan", [])])], [{ id: "p-away", why: "not fetched" }]);
    expect(table).toContain("p-away  skipped: not fetched");
    expect(table.split("\n").at(-1)).toBe("files right 0/1, due ends 0.0% of 2 dated rows");
    expect(formatScoreDetails([scoreFile(tinyKey, [sheet("Plan", [])])]).split("\n")).toEqual([
      "made-up:",
      "    action rows missed: Plan!2, Plan!3, Plan!4",
      "    due end wrong or not read: Plan!2, Plan!3",
    ]);
  });

  test("a malformed key is reported, line by line", () => {
    expect(keyProblems(tinyKey, "made-up")).toEqual([]);
    const bad = { ...tinyKey, asOf: "3/12/2026", sheets: [{ name: "Plan", plan: false, rows: [{ row: 0, action: "", due: "31/03/2024", complete: "yes" }] }] };
    expect(keyProblems(bad, "other")).toEqual([
      'id "made-up" does not match the file name "other"',
      "asOf is not an ISO date",
      "sheets[0] is not a plan but lists action rows",
      "sheets[0].rows[0].row is not a 1-based row number",
      "sheets[0].rows[0].action is empty",
      "sheets[0].rows[0].due is neither null nor an ISO date",
      "sheets[0].rows[0].complete is not true or false",
    ]);
  });
});

// ---- the corpus itself ----

/** Committed files right, and dated rows whose due end was read right, on 2026-12-03 (9 of 26; 126 of 184). */
const COMMITTED_FLOOR = { filesRight: 9, dueRight: 126 };

const manifest = readManifest();
const keyFiles = readdirSync(KEYS_DIR).filter((f) => f.endsWith(".json"));
const keys = new Map(keyFiles.map((f) => [path.basename(f, ".json"), JSON.parse(readFileSync(path.join(KEYS_DIR, f), "utf8")) as AnswerKey]));

describe("the real corpus", () => {
  test.each(keyFiles)("key %s is well-formed and has a manifest entry", (f) => {
    const id = path.basename(f, ".json");
    expect(keyProblems(keys.get(id), id)).toEqual([]);
    expect(manifest.map((e) => e.id)).toContain(id);
  });

  test("every manifest entry has a key, and every committed file is here", () => {
    expect(manifest.filter((e) => !keys.has(e.id)).map((e) => e.id)).toEqual([]);
    expect(manifest.filter((e) => e.committed && corpusFile(e) === null).map((e) => e.id)).toEqual([]);
  });

  test("PlanCheck's reading scored against the keys (thresholds asserted with PLANCHECK_CORPUS_STRICT=1)", async () => {
    const scores: FileScore[] = [];
    const skipped: { id: string; why: string }[] = [];
    const unread: string[] = [];
    for (const entry of manifest) {
      const key = keys.get(entry.id);
      const file = corpusFile(entry);
      if (!key) continue;
      if (!file) {
        skipped.push({ id: entry.id, why: "not committed (licence) and not fetched: see scripts/fetch-real-corpus.ts" });
        continue;
      }
      const read = await readWorkbook(file);
      if (!read.ok) {
        if (entry.committed) unread.push(`${entry.id}: ${read.error.message}`);
        skipped.push({ id: entry.id, why: `could not be read: ${read.error.message}` });
        continue;
      }
      scores.push(scoreFile(key, analyseBook(read.book.sheets, { asOf: key.asOf })));
    }
    const table = formatScoreTable(scores, skipped);
    console.log(`Real corpus score\n${table}\n\nWhere the wrong files go wrong (first rows of each kind)\n${formatScoreDetails(scores)}`);
    expect(unread).toEqual([]);
    // A regression floor on the committed files (what CI has): the score PlanCheck reached when issue 12's
    // reading landed. Raise it as reading improves; never lower it to make a change pass.
    const committed = totalsOf(scores.filter((s) => manifest.find((e) => e.id === s.id)?.committed));
    expect({ filesRight: committed.filesRight >= COMMITTED_FLOOR.filesRight, dueRight: committed.dueRight >= COMMITTED_FLOOR.dueRight }).toEqual({ filesRight: true, dueRight: true });
    if (process.env.PLANCHECK_CORPUS_STRICT === "1") {
      expect(meetsAcceptance(totalsOf(scores))).toBe(true);
    }
  }, 120_000);
});
