import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { PickedFile } from "../files/readPickedFile";
import { DEFAULT_SETTINGS, type PaneSettings, type PlanHost } from "../hostApi";
import type { SheetMapping } from "./choices";
import { CheckTab } from "./check/CheckTab";
import { CombineTab } from "./combine/CombineTab";
import { FlagsTab } from "./flags/FlagsTab";
import { MessageBar } from "./MessageBar";
import { problem, type Message } from "./messages";
import { TabList, TabPanel, type Tab } from "./Tabs";

type TabId = "check" | "flags" | "combine";

const TABS: readonly Tab<TabId>[] = [
  { id: "check", label: "Check" },
  { id: "flags", label: "Flags" },
  { id: "combine", label: "Combine" },
];

export interface AppProps {
  host: PlanHost;
  /** PlanCheck's version, recorded on the combined workbook's About sheet. */
  version: string;
  /** Beside the pane in the browser: the opened workbooks and the sheet view. */
  workspace?: ComponentChildren;
  /** Workbooks to put on the Combine tab's list at start (the bundled samples). */
  combineFiles?: readonly PickedFile[];
  /** A message to show at start (e.g. that the samples are loaded). */
  notice?: Message | null;
  initialTab?: TabId;
}

/** The task pane: three tabs over one PlanHost, with the settings they share. */
export function App({ host, version, workspace, combineFiles, notice = null, initialTab = "check" }: AppProps) {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  const [message, setMessage] = useState<Message | null>(notice);
  // The columns mapped on Check, by sheet: the Flags tab reads a mapped sheet with them too.
  const [mappings, setMappings] = useState<ReadonlyMap<string, SheetMapping>>(new Map());
  useEffect(() => setMessage(notice), [notice]);
  useEffect(() => {
    host.loadSettings().then(setSettings, (error: unknown) => {
      setSettings(DEFAULT_SETTINGS);
      setMessage({ ...problem(error, "load the flag settings"), intent: "warning", action: "The pane uses today's date, a 14-day amber window and calendar quarters until they are saved again." });
    });
  }, [host]);
  const saveSettings = async (next: PaneSettings) => {
    setSettings(next);
    await host.saveSettings(next);
  };

  return (
    <div class={workspace ? "layout with-workspace" : "layout"}>
      <main class="pane">
        <header class="pane-header">
          <img src="assets/icon-32.png" alt="" width={24} height={24} />
          <h1>PlanCheck</h1>
          <span class="where">{host.kind === "excel" ? "in Excel" : "in your browser: files stay on this computer"}</span>
        </header>
        <MessageBar message={message} onDismiss={() => setMessage(null)} />
        <TabList label="PlanCheck" tabs={TABS} selected={tab} onSelect={setTab} />
        {settings === null ? (
          <p class="busy" role="status">
            Loading your settings…
          </p>
        ) : (
          <>
            <TabPanel id="check" selected={tab === "check"}>
              <CheckTab host={host} settings={settings} mappings={mappings} onMappings={setMappings} />
            </TabPanel>
            <TabPanel id="flags" selected={tab === "flags"}>
              <FlagsTab host={host} settings={settings} onSettings={saveSettings} mappings={mappings} />
            </TabPanel>
            <TabPanel id="combine" selected={tab === "combine"}>
              <CombineTab host={host} settings={settings} version={version} initialFiles={combineFiles} />
            </TabPanel>
          </>
        )}
      </main>
      {workspace && <aside class="workspace" aria-label="Workbooks and sheet view">{workspace}</aside>}
    </div>
  );
}
