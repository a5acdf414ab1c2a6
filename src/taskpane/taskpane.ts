/**
 * The task pane's start-up. The same bundle runs as the add-in's task pane and as a plain web page:
 * inside Excel (Office.onReady says so) the pane works on the open workbook through the Excel host;
 * anywhere else it works on workbooks opened from disk through the browser host, beside a sheet view.
 * Each host is a chunk of its own, loaded only where it is used. `?samples` opens the bundled sample
 * district workbooks at start.
 */
import { h, render } from "preact";
import { whenOfficeReady } from "./host/officeReady";
import type { PlanHost } from "./hostApi";
import { loadedMessage } from "./loadedMessage";
import { App, type AppProps } from "./ui/App";
import { MessageBar } from "./ui/MessageBar";
import { problem, type Message } from "./ui/messages";

declare const __PLANCHECK_VERSION__: string | undefined;
const VERSION = typeof __PLANCHECK_VERSION__ === "string" ? __PLANCHECK_VERSION__ : "dev";

/** Replaces the page's "Starting PlanCheck…" line with the pane, the first time. */
function take(root: HTMLElement): HTMLElement {
  if (!root.dataset.pane) {
    root.textContent = "";
    root.dataset.pane = "on";
  }
  return root;
}

function show(root: HTMLElement, props: Omit<AppProps, "version">): void {
  render(h(App, { ...props, version: VERSION }), take(root));
}

function showProblem(root: HTMLElement, message: Message): void {
  take(root);
  render(h("main", { class: "pane" }, h("h1", null, "PlanCheck"), h(MessageBar, { message })), root);
}

async function startInExcel(root: HTMLElement): Promise<void> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "./host/excelHost");
  let host: PlanHost;
  try {
    host = await createExcelHost();
  } catch (error) {
    // createExcelHost says what is missing on a host too old for PlanCheck.
    showProblem(root, { intent: "error", text: error instanceof Error ? error.message : String(error), action: "Update Office, or use PlanCheck in Excel on the web." });
    return;
  }
  show(root, { host });
}

async function startInBrowser(root: HTMLElement): Promise<void> {
  const { startBrowserPane } = await import(/* webpackChunkName: "browser-host" */ "./browser/startBrowserPane");
  await startBrowserPane(location.search, (props) => show(root, props));
}

async function start(root: HTMLElement): Promise<void> {
  const info = await whenOfficeReady();
  if (info.host === "Excel") await startInExcel(root);
  else if (info.host) showProblem(root, { intent: "warning", text: loadedMessage(info), action: "Open PlanCheck from Excel's Home tab." });
  else await startInBrowser(root);
}

const root = document.getElementById("app");
if (root) {
  start(root).catch((error: unknown) => showProblem(root, problem(error, "start")));
}
