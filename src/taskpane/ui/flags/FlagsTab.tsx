import { useState } from "preact/hooks";
import { columnLetters } from "../../../model/a1";
import type { SheetReport } from "../../../model";
import { FLAG_COLUMN_TITLES, type FlagColumnsRequest, type PaneSettings, type PlanHost } from "../../hostApi";
import { Busy } from "../Busy";
import { currentSheet, type SheetMapping } from "../choices";
import { inWords, plural } from "../format";
import { loadEngine } from "../loadEngine";
import { MessageBar } from "../MessageBar";
import { PaneProblem } from "../messages";
import { useTask } from "../useTask";
import { CompletionSummary } from "./CompletionSummary";
import { FlagSettings } from "./FlagSettings";

type Mode = FlagColumnsRequest["mode"];

function where(requests: readonly FlagColumnsRequest[]): string {
  const columns = requests.map((r) => `${columnLetters(r.firstFlagCol)}–${columnLetters(r.firstFlagCol + FLAG_COLUMN_TITLES.length - 1)}`);
  return `columns ${inWords([...new Set(columns)])}`;
}

/** Flags: the as-of date and amber window, flag columns beside the plan table, and the sheet's completion. */
export function FlagsTab({
  host,
  settings,
  onSettings,
  mappings = new Map(),
}: {
  host: PlanHost;
  settings: PaneSettings;
  onSettings: (s: PaneSettings) => Promise<void>;
  /** Sheets whose columns the officer mapped on Check: read with that mapping here too. */
  mappings?: ReadonlyMap<string, SheetMapping>;
}) {
  const [mode, setMode] = useState<Mode>("formulas");
  // The sheet's report, with the as-of date it was worked out for.
  const [shown, setShown] = useState<{ report: SheetReport; asOf: string } | null>(null);
  const task = useTask();

  const flag = (write: boolean) =>
    task.run(write ? "add the flag columns" : "work out the flags", write ? "Adding flag columns…" : "Working out the flags…", async () => {
      const name = await currentSheet(host);
      if (!name) throw new PaneProblem("There is no sheet to flag.", host.kind === "browser" ? "Open a workbook first, with Open workbooks… above the sheet view." : "Go to the sheet that holds the plan.");
      const grid = await host.readSheet(name);
      const { analyseOptions, analyseSheet, flagColumnRequests } = await loadEngine();
      const options = analyseOptions(settings);
      const mapped = mappings.get(name)?.template;
      const found = analyseSheet(grid, mapped ? { ...options, template: mapped } : options);
      setShown(null);
      if (write) {
        const requests = flagColumnRequests(grid, found, mode, settings);
        for (const request of requests) await host.addFlagColumns(request);
        const rows = requests.reduce((n, r) => n + r.rows.length, 0);
        const placed = host.kind === "excel" ? `in ${where(requests)} of "${name}"` : `beside the plan in the sheet view (${where(requests)}); a browser cannot change your file`;
        const how = mode === "formulas" ? "as live PLAN formulas" : "as values";
        task.setMessage({ intent: "success", text: `Flags added for ${plural(rows, "action")} ${how}, ${placed}.` });
      }
      setShown({ report: found, asOf: options.asOf });
    });

  const changeSettings = (next: PaneSettings) => void task.run("save the flag settings", "Saving…", () => onSettings(next));
  const busy = task.busy !== null;
  return (
    <>
      <p class="intro">Flags each action as complete, overdue or due soon, with a red, amber, green or blue rating.</p>
      <FlagSettings settings={settings} kind={host.kind} disabled={busy} onChange={changeSettings} />
      <fieldset class="choice" disabled={busy}>
        <legend>Add the flags as</legend>
        <label>
          <input type="radio" name="flag-mode" value="formulas" checked={mode === "formulas"} onChange={() => setMode("formulas")} />
          Live formulas (=PLAN.RAG…), which update when a status or the date changes
        </label>
        <label>
          <input type="radio" name="flag-mode" value="values" checked={mode === "values"} onChange={() => setMode("values")} />
          Values, for people who will open the file without PlanCheck
        </label>
      </fieldset>
      <div class="button-row">
        <button type="button" class="primary" disabled={busy} onClick={() => void flag(true)}>
          Add flag columns
        </button>
        <button type="button" disabled={busy} onClick={() => void flag(false)}>
          Show completion only
        </button>
      </div>
      <Busy label={task.busy || null} />
      <MessageBar message={task.message} onDismiss={() => task.setMessage(null)} />
      {shown ? <CompletionSummary report={shown.report} asOf={shown.asOf} /> : <p class="empty">No flags yet. Add flag columns, or show the completion of this sheet.</p>}
    </>
  );
}
