import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { SheetReport, Template } from "../../../model";
import type { PlanHost } from "../../hostApi";
import type { SheetMapping } from "../choices";
import type { ColumnsViewProps } from "../columns/ColumnsView";
import { problem, type Message } from "../messages";

/** What a sheet's Columns view can do, given by the Check tab. */
export interface ColumnActions {
  /** The officer's mapping of this sheet, if any (else the columns are as PlanCheck read them). */
  mapping: SheetMapping | null;
  /** Apply a mapping at once (null: PlanCheck's own roles again). */
  onMap: (mapping: SheetMapping | null) => void;
  /** Saves and exports go through the host, run as the tab's other tasks (busy, errors in its message bar). */
  host: PlanHost;
  run: <T>(doing: string, label: string, work: () => Promise<T>) => Promise<T | undefined>;
  say: (message: Message) => void;
  /** The saved templates changed: the picker lists them. */
  onSaved: (saved: Template[]) => void;
}

/**
 * "Columns" under a sheet's results: opens the sheet's Columns view, a chunk of its own loaded when first
 * opened (as the flag columns' writer is), so the pane's start-up code does not grow with it. A sheet
 * already mapped opens at once; a download that failed is tried again when opened again.
 */
export function ColumnsDisclosure({ report, idBase, actions }: { report: SheetReport; idBase: string; actions: ColumnActions }) {
  const [open, setOpen] = useState(actions.mapping !== null);
  // The view once loaded, or what stopped it.
  const [view, setView] = useState<ComponentType<ColumnsViewProps> | string | null>(null);
  useEffect(() => {
    if (open && typeof view !== "function") {
      import(/* webpackChunkName: "columns" */ "../columns/ColumnsView").then(
        (m) => setView(() => m.ColumnsView),
        (error: unknown) => setView(`${problem(error, "show the columns").text} Close and open Columns to try again.`),
      );
    }
  }, [open]);
  const View = typeof view === "function" ? view : null;
  const count = report.tables.reduce((n, t) => n + t.columns.length, 0);
  return (
    <div class="columns-disclosure">
      <button type="button" class="link-button" aria-expanded={open} aria-controls={`${idBase}-columns`} onClick={() => setOpen(!open)}>
        Columns{count > 0 ? ` (${count})` : ""}
        {actions.mapping ? " · your mapping" : ""}
      </button>
      {open && (
        <div id={`${idBase}-columns`} class="columns-panel">
          {View ? (
            <View report={report} idBase={idBase} {...actions} />
          ) : (
            <p class={view ? "help invalid" : "busy"} role={view ? "alert" : "status"}>
              {view ?? "Loading the columns…"}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
