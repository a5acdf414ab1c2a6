/**
 * Combine's engine in the pane: each picked file is read, analysed and named (toCombineSource, the step the
 * CLI shares), then all are combined by src/model's combine, exactly as `plancheck combine` does. Part of the
 * analysis engine's chunk (engine.ts).
 */
import { accountOf, combine, findingCountOf, toCombineSource, type CombinedView, type CombineSource, type FileAccount } from "../../../model";
import { createRunParsers } from "../../../model/analyse/analyseBook";
import { readPickedFile, type PickedFile } from "../../files/readPickedFile";
import type { FileProgress, PaneSettings } from "../../hostApi";
import { analyseOptions } from "../analysis";

/** One file's line in the Combine tab, from its account and how many findings it has. */
export function progressOf(account: FileAccount, findings: number): FileProgress {
  if (account.error) return { file: account.file, state: "failed", message: account.error.message };
  return {
    file: account.file,
    state: "done",
    rowsRead: account.rowsRead,
    rowsCombined: account.rowsCombined,
    rowsSkipped: account.rowsSkipped,
    findings,
  };
}

/** Lets the browser paint the progress between files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function combineFiles(
  files: readonly PickedFile[],
  settings: PaneSettings,
  version: string,
  onProgress: (index: number, progress: FileProgress) => void,
): Promise<CombinedView> {
  const options = analyseOptions(settings);
  const parsers = createRunParsers(options);
  const sources: CombineSource[] = [];
  for (const [index, file] of files.entries()) {
    onProgress(index, { file: file.name, state: "reading" });
    await nextFrame();
    const source = toCombineSource(await readPickedFile(file), { kind: "file-name" }, options, parsers);
    sources.push(source);
    // This file's own account (rows read = combined + skipped), shown while the others are read.
    onProgress(index, progressOf(accountOf(source), findingCountOf(source)));
  }
  return combine(sources, { asOf: options.asOf, amberDays: settings.amberDays, quarters: settings.quarters, generatedAt: new Date().toISOString(), version });
}
