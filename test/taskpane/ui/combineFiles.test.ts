/**
 * The pane combines with the CLI's engine: the same files give the same combined view as
 * `plancheck combine` (read from disk, sizes and SHA-256 included), but for the time it was made.
 */
import path from "node:path";
import { createRunParsers } from "../../../src/model/analyse/analyseBook";
import { combine } from "../../../src/model";
import { readCombineSource } from "../../../src/cli/readSource";
import type { FileProgress } from "../../../src/taskpane/hostApi";
import { combineFiles } from "../../../src/taskpane/ui/combine/combineFiles";
import { DISTRICT_FILES, FIXTURES, pickedBytes, pickedFixture } from "./sampleFiles";

const SETTINGS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };

test("the pane's combine gives the CLI's combined view for the same files", async () => {
  const progress: [number, FileProgress][] = [];
  const pane = await combineFiles(DISTRICT_FILES.map(pickedFixture), SETTINGS, "9.9.9", (i, p) => progress.push([i, p]));

  const options = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };
  const parsers = createRunParsers(options);
  const sources = [];
  for (const file of DISTRICT_FILES) sources.push(await readCombineSource(path.join(FIXTURES, file), { kind: "file-name" }, options, parsers));
  const cli = combine(sources, { ...options, generatedAt: pane.generatedAt, version: "9.9.9" });
  expect(pane).toEqual(cli);
  expect(pane.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);

  // Each file goes reading → done, and ends with its account in the whole view.
  for (const [index, file] of DISTRICT_FILES.entries()) {
    const mine = progress.filter(([i]) => i === index).map(([, p]) => p);
    expect(mine[0]).toEqual({ file, state: "reading" });
    const account = pane.files[index];
    expect(mine[mine.length - 1]).toEqual({
      file,
      state: "done",
      rowsRead: account.rowsRead,
      rowsCombined: account.rowsCombined,
      rowsSkipped: account.rowsSkipped,
      findings: pane.findings.filter((f) => f.file === file).length,
    });
    expect(account.rowsRead).toBe(account.rowsCombined + account.rowsSkipped);
  }
});

test("a file that cannot be read fails on its own with the reader's message; the others are combined", async () => {
  const progress = new Map<number, FileProgress>();
  const view = await combineFiles([pickedFixture("Selby action plan 2010.xlsx"), pickedBytes("Eden action plan 2010.xlsx", new TextEncoder().encode("not a workbook"))], SETTINGS, "dev", (i, p) => progress.set(i, p));
  expect(progress.get(0)?.state).toBe("done");
  const failed = progress.get(1);
  expect(failed?.state).toBe("failed");
  expect(failed?.state === "failed" && failed.message).toMatch(/^Eden action plan 2010\.xlsx /);
  expect(view.rows.length).toBeGreaterThan(10);
  expect(view.rows.every((r) => r.file === "Selby action plan 2010.xlsx")).toBe(true);
});

test("the pane's quarter rule: financial quarters are read, and recorded, as the CLI's --quarters financial", async () => {
  const file = "Selby action plan 2010.xlsx";
  const pane = await combineFiles([pickedFixture(file)], { ...SETTINGS, quarters: "financial" }, "9.9.9", () => undefined);
  expect(pane.quarters).toBe("financial");
  const options = { asOf: "2010-07-01", amberDays: 14, quarters: "financial" as const };
  const source = await readCombineSource(path.join(FIXTURES, file), { kind: "file-name" }, options, createRunParsers(options));
  expect(pane).toEqual(combine([source], { ...options, generatedAt: pane.generatedAt, version: "9.9.9" }));
});
