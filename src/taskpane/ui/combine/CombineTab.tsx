import { useEffect, useState } from "preact/hooks";
import type { CombinedView } from "../../../model";
import type { PickedFile } from "../../files/readPickedFile";
import type { FileProgress, PaneSettings, PlanHost } from "../../hostApi";
import { Busy } from "../Busy";
import { count, plural } from "../format";
import { loadEngine } from "../loadEngine";
import { MessageBar } from "../MessageBar";
import { PaneProblem } from "../messages";
import { useTask } from "../useTask";
import { DistrictTable } from "./DistrictTable";
import { DropZone } from "./DropZone";
import { FileTable } from "./FileTable";

/** Adds picked files to the list; a file picked again (same name) replaces the earlier one. */
function merge(list: readonly PickedFile[], picked: readonly PickedFile[]): PickedFile[] {
  const names = new Set(picked.map((f) => f.name));
  return [...list.filter((f) => !names.has(f.name)), ...picked];
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/\.?$/, ".");

/**
 * Combine: pick district workbooks, read and combine them with the CLI's engine, then hand the combined
 * view to the host (Excel: the Combined / Summary / Issues / About sheets, replacing an earlier run's;
 * browser: a downloaded workbook).
 */
export function CombineTab({ host, settings, version, initialFiles }: { host: PlanHost; settings: PaneSettings; version: string; initialFiles?: readonly PickedFile[] }) {
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [progress, setProgress] = useState<(FileProgress | null)[]>([]);
  const [view, setView] = useState<CombinedView | null>(null);
  const task = useTask();

  const add = (picked: readonly PickedFile[]) => {
    setFiles((list) => merge(list, picked));
    setProgress([]);
    setView(null);
  };
  useEffect(() => {
    if (initialFiles && initialFiles.length > 0) add(initialFiles);
  }, [initialFiles]);

  const run = () =>
    task.run("combine the workbooks", `Combining ${plural(files.length, "workbook")}…`, async () => {
      if (files.length === 0) throw new PaneProblem("No workbooks to combine yet.", "Choose the district workbooks with Choose workbooks…, or drop them on the box above.");
      setView(null);
      setProgress(files.map(() => null));
      const { combineFiles } = await loadEngine();
      const combined = await combineFiles(files, settings, version, (index, p) =>
        setProgress((list) => {
          const next = [...list];
          next[index] = p;
          return next;
        }),
      );
      setView(combined);
      const failed = combined.files.filter((f) => f.error !== null).length;
      if (combined.rows.length === 0) {
        throw new PaneProblem("No plan table was found in any of the workbooks, so there is nothing to combine.", "Each file in the list says why it was not combined and what to do.");
      }
      const where = await host.writeCombined(combined);
      task.setMessage({
        intent: failed > 0 ? "warning" : "success",
        text: `${plural(combined.rows.length, "action")} combined from ${plural(combined.files.length - failed, "file")}. ${sentence(where)}`,
        action: failed > 0 ? `${plural(failed, "file")} could not be combined: the list says why, and what to do.` : undefined,
      });
    });

  const busy = task.busy !== null;
  const action = host.kind === "excel" ? "Combine into this workbook" : "Combine and download";
  return (
    <>
      <p class="intro">
        Combines the district workbooks into one: every action with where it came from, a summary per district and every problem found. Running it
        again replaces the earlier result.
      </p>
      <DropZone onFiles={add} disabled={busy} />
      {files.length === 0 ? (
        <p class="empty">No workbooks picked yet.</p>
      ) : (
        <FileTable names={files.map((f) => f.name)} progress={progress} />
      )}
      <div class="button-row">
        <button type="button" class="primary" disabled={busy || files.length === 0} onClick={() => void run()}>
          {action} ({count(files.length)})
        </button>
        <button
          type="button"
          disabled={busy || files.length === 0}
          onClick={() => {
            setFiles([]);
            setProgress([]);
            setView(null);
            task.setMessage(null);
          }}
        >
          Clear list
        </button>
      </div>
      <Busy label={task.busy || null} />
      <MessageBar message={task.message} onDismiss={() => task.setMessage(null)} />
      {view && <DistrictTable view={view} />}
    </>
  );
}
