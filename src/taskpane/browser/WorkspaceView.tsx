import { useState } from "preact/hooks";
import { MessageBar } from "../ui/MessageBar";
import { problem, type Message } from "../ui/messages";
import { WorkbookPicker } from "../ui/WorkbookPicker";
import { plural } from "../ui/format";
import { SheetView } from "./SheetView";
import { useWorkspace } from "./useWorkspace";
import type { Workspace } from "./workspace";

/** The standalone page's stand-in for Excel: open workbooks from disk, pick a sheet, see it. */
export function WorkspaceView({ workspace }: { workspace: Workspace }) {
  const state = useWorkspace(workspace);
  const [message, setMessage] = useState<Message | null>(null);
  const open = (files: File[]) => {
    setMessage(null);
    workspace.open(files).catch((error: unknown) => setMessage(problem(error, "open the workbooks")));
  };
  const active = state.active ? workspace.sheet(state.active) : undefined;
  const files = new Set(state.sheets.map((s) => s.file)).size;
  return (
    <>
      <div class="workspace-bar">
        <h2>Workbooks</h2>
        <WorkbookPicker text="Open workbooks…" label="Open workbooks" primary disabled={state.opening} onFiles={open} />
        {state.sheets.length > 0 && (
          <>
            <label for="workspace-sheet">Sheet</label>
            <select id="workspace-sheet" value={state.active ?? ""} onChange={(e) => workspace.show(e.currentTarget.value)}>
              {state.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => workspace.closeAll()}>
              Close all
            </button>
          </>
        )}
      </div>
      {state.opening && (
        <p class="busy" role="status">
          <span class="spinner" aria-hidden="true" />
          Opening…
        </p>
      )}
      <MessageBar message={message} onDismiss={() => setMessage(null)} />
      {state.failures.map((f) => (
        <MessageBar key={f.file} message={{ intent: "error", text: f.message, action: "Fix or re-save the file, then open it again." }} />
      ))}
      {active ? (
        <>
          <p class="help">
            {plural(files, "workbook")} open, {plural(state.sheets.length, "sheet")}. Check this sheet and Flags use the sheet shown here. They are read in this
            browser and never uploaded.
          </p>
          <SheetView
            grid={active.grid}
            selection={state.selection?.sheet === active.name ? state.selection.cell : null}
            marks={state.marks}
            flags={state.flags.filter((f) => f.sheet === active.name)}
          />
        </>
      ) : (
        <div class="empty-workspace">
          <p>Open the plans you want to check (.xlsx, .xlsm or .csv). They are read here, in your browser, and never uploaded.</p>
          <p>
            New to PlanCheck? <a href="?samples">Load the sample district workbooks</a>.
          </p>
        </div>
      )}
    </>
  );
}
