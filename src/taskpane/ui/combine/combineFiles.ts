/**
 * Combine's engine in the pane: each picked file is read, analysed and named (toCombineSource, the step the
 * CLI shares), then all are combined by src/model's combine, exactly as `plancheck combine` does.
 */
import { combine, toCombineSource, type CombinedView, type CombineMeta, type CombineSource, type FileAccount } from "../../../model";
import { createRunParsers } from "../../../model/analyse/analyseBook";
import { readPickedFile, type PickedFile } from "../../files/readPickedFile";
import type { FileProgress, PaneSettings } from "../../hostApi";
import { analyseOptions } from "../analysis";

/** One file's line in the Combine tab, from its account in a combined view. */
export function progressOf(account: FileAccount, view: CombinedView): FileProgress {
  if (account.error) return { file: account.file, state: "failed", message: account.error.message };
  return {
    file: account.file,
    state: "done",
    rowsRead: account.rowsRead,
    rowsCombined: account.rowsCombined,
    rowsSkipped: account.rowsSkipped,
    findings: view.findings.filter((f) => f.file === account.file).length,
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
  const meta = (): CombineMeta => ({ asOf: options.asOf, amberDays: settings.amberDays, quarters: "calendar", generatedAt: new Date().toISOString(), version });
  const sources: CombineSource[] = [];
  for (const [index, file] of files.entries()) {
    onProgress(index, { file: file.name, state: "reading" });
    await nextFrame();
    const source = toCombineSource(await readPickedFile(file), { kind: "file-name" }, options, parsers);
    sources.push(source);
    // This file's own account (rows read = combined + skipped), shown while the others are read.
    const alone = combine([source], meta());
    onProgress(index, progressOf(alone.files[0], alone));
  }
  const view = combine(sources, meta());
  view.files.forEach((account, index) => onProgress(index, progressOf(account, view)));
  return view;
}
