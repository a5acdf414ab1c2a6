/**
 * The standalone page's start: a workspace for the workbooks opened from disk, the browser host over it,
 * and the sheet view beside the pane. With `?samples`, the bundled sample district workbooks are opened and
 * put on the Combine tab's list, and the flags are worked out as of 1 July 2010, when those plans were live.
 */
import { h } from "preact";
import type { AppProps } from "../ui/App";
import { DEFAULT_SETTINGS } from "../hostApi";
import { problem } from "../ui/messages";
import { createBrowserHost } from "./browserHost";
import { fetchSamples, SAMPLES_AS_OF, wantsSamples } from "./samples";
import { SETTINGS_KEY } from "./settingsStore";
import { Workspace } from "./workspace";
import { WorkspaceView } from "./WorkspaceView";

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage switched off for this page
  }
}

export async function startBrowserPane(search: string, show: (props: Omit<AppProps, "version">) => void): Promise<void> {
  const samples = wantsSamples(search);
  const workspace = new Workspace();
  const host = createBrowserHost(workspace, {
    storage: localStorageOrNull(),
    // The samples keep settings of their own, so their 2010 date never becomes the officer's.
    settingsKey: samples ? `${SETTINGS_KEY}.samples` : SETTINGS_KEY,
    defaults: samples ? { ...DEFAULT_SETTINGS, asOf: SAMPLES_AS_OF } : DEFAULT_SETTINGS,
  });
  const view = h(WorkspaceView, { workspace });
  if (!samples) {
    show({ host, workspace: view });
    return;
  }
  show({ host, workspace: view, notice: { intent: "info", text: "Opening the sample district workbooks…" } });
  try {
    const files = await fetchSamples();
    await workspace.open(files);
    show({
      host,
      workspace: view,
      combineFiles: files,
      notice: {
        intent: "info",
        text: `${files.length} sample district workbooks are open, as of 1 July 2010.`,
        action: "Try Check all sheets, then Combine and download. Open workbooks… adds your own.",
      },
    });
  } catch (error) {
    show({ host, workspace: view, notice: problem(error, "open the sample workbooks") });
  }
}
