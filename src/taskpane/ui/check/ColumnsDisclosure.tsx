import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { SheetReport, Template } from "../../../model";
import type { PlanHost } from "../../hostApi";
import type { SheetMapping } from "../analysis";
import { problem, type Message } from "../messages";
import type { ColumnsViewProps } from "../columns/ColumnsView";

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

type Loaded = { kind: "closed" } | { kind: "loading" } | { kind: "ready"; View: ComponentType<ColumnsViewProps> } | { kind: "failed"; text: string; action?: string };

/**
 * "Columns" under a sheet's results: opens the sheet's Columns view. The view is a chunk of its own, loaded
 * on first use (as the flag columns' writer is), so the pane's start-up code does not grow with it.
 */
export function ColumnsDisclosure({ report, idBase, actions }: { report: SheetReport; idBase: string; actions: ColumnActions }) {
  const [open, setOpen] = useState(actions.mapping !== null);
  const [loaded, setLoaded] = useState<Loaded>({ kind: "closed" });
  const panelId = `${idBase}-columns`;
  const load = () => {
    setLoaded({ kind: "loading" });
    import(/* webpackChunkName: "columns" */ "../columns/ColumnsView").then(
      (m) => setLoaded({ kind: "ready", View: m.ColumnsView }),
      (error: unknown) => setLoaded({ kind: "failed", ...problem(error, "show the columns") }),
    );
  };
  // Loaded when first opened (a sheet mapped before opens at once); opened again after a failed download, tried again.
  useEffect(() => {
    if (open && (loaded.kind === "closed" || loaded.kind === "failed")) load();
  }, [open]);
  const count = report.tables.reduce((n, t) => n + t.columns.length, 0);
  return (
    <div class="columns-disclosure">
      <button type="button" class="link-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? "▾" : "▸"} Columns{count > 0 ? ` (${count})` : ""}
        {actions.mapping ? " · your mapping" : ""}
      </button>
      {open && (
        <div id={panelId} class="columns-panel">
          {loaded.kind === "ready" ? (
            <loaded.View report={report} idBase={idBase} {...actions} />
          ) : loaded.kind === "failed" ? (
            <p class="help invalid" role="alert">
              {loaded.text} {loaded.action}
            </p>
          ) : (
            <p class="busy" role="status">
              Loading the columns…
            </p>
          )}
        </div>
      )}
    </div>
  );
}
