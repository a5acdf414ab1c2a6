/**
 * The task pane's start-up. The same bundle runs as the add-in's task pane and as a plain web page:
 * inside Excel (Office.onReady says so) the pane works on the open workbook through the Excel host;
 * anywhere else it works on workbooks opened from disk through the browser host, beside a sheet view.
 * Each host is a chunk of its own, loaded only where it is used. `?samples` opens the bundled sample
 * district workbooks at start.
 *
 * What can stop the start is said in words an officer can act on or pass to IT, with Retry wherever trying
 * again can help: office.js blocked on its way from Microsoft (Office opened the page, but there is no
 * office.js), Office never saying it is ready, Excel busy or refusing at the start, Excel too old.
 */
import { h, render } from "preact";
import { OFFICE_JS_ORIGIN, officeStart } from "./host/officeReady";
import { loadedMessage, type HostInfo } from "./loadedMessage";
import { App, type AppProps } from "./ui/App";
import { problem, type Message } from "./ui/messages";
import { StartProblem } from "./ui/StartProblem";

declare const __PLANCHECK_VERSION__: string | undefined;
const VERSION = typeof __PLANCHECK_VERSION__ === "string" ? __PLANCHECK_VERSION__ : "dev";

/**
 * How long Office.onReady may take before the pane says it is still waiting: twice the 10 s office.js allows
 * itself to load each of its own files (LoadScriptHelper's defaultScriptLoadingTimeout in OfficeDev/office-js
 * dist/office.debug.js). The pane keeps waiting after saying so, and starts if Office answers.
 */
export const OFFICE_READY_WAIT_MS = 20_000;

const ASK_IT = `Ask your IT service desk to allow ${OFFICE_JS_ORIGIN} (Microsoft's address for Office add-ins) through the proxy, firewall or web filter, then select Retry.`;

export const OFFICE_JS_BLOCKED: Message = {
  intent: "error",
  text: `PlanCheck cannot start: Office opened it, but could not download Office's own script (office.js) from ${OFFICE_JS_ORIGIN}. Something between this computer and that address is blocking it. The =PLAN.* formulas need it too.`,
  action: ASK_IT,
};

export const OFFICE_NOT_READY: Message = {
  intent: "warning",
  text: `PlanCheck is still waiting for Office to say it is ready (${OFFICE_READY_WAIT_MS / 1000} seconds so far). If Excel is busy, PlanCheck starts by itself when Office answers.`,
  action: `If it stays like this, part of Office's script may be blocked. ${ASK_IT}`,
};

export interface StartOptions {
  /** How long to wait for Office.onReady before saying so (OFFICE_READY_WAIT_MS). */
  readyWaitMs?: number;
  /** Reloads the page: Retry when office.js itself did not load. */
  reload?: () => void;
}

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

function showProblem(root: HTMLElement, message: Message, onRetry?: () => unknown): void {
  render(h(StartProblem, { message, onRetry }), take(root));
}

async function startInExcel(root: HTMLElement): Promise<void> {
  const { startExcelHost } = await import(/* webpackChunkName: "excel-host" */ "./host/excelHost");
  const started = await startExcelHost();
  switch (started.kind) {
    case "started":
      show(root, { host: started.host });
      return;
    case "too-old":
      // The message says what to update; trying again cannot help.
      showProblem(root, { intent: "error", text: started.message });
      return;
    case "failed":
      // Typing in a cell, a protected workbook, a passing fault: Retry starts again, without reloading the page.
      showProblem(root, { intent: "error", text: started.message, action: "Select Retry to start PlanCheck again." }, () => startInExcel(root));
  }
}

async function startInBrowser(root: HTMLElement): Promise<void> {
  const { startBrowserPane } = await import(/* webpackChunkName: "browser-host" */ "./browser/startBrowserPane");
  await startBrowserPane(location.search, (props) => show(root, props));
}

/** Office.onReady's answer; says so on the page if it is slow to come, and keeps waiting. */
async function whenReady(root: HTMLElement, ready: Promise<HostInfo>, options: StartOptions, reload: () => void): Promise<HostInfo> {
  const slow = setTimeout(() => showProblem(root, OFFICE_NOT_READY, reload), options.readyWaitMs ?? OFFICE_READY_WAIT_MS);
  try {
    return await ready;
  } finally {
    clearTimeout(slow);
  }
}

export async function start(root: HTMLElement, options: StartOptions = {}): Promise<void> {
  const reload = options.reload ?? (() => location.reload());
  try {
    const office = officeStart();
    if (office.kind === "absent") return await startInBrowser(root);
    if (office.kind === "blocked") return showProblem(root, OFFICE_JS_BLOCKED, reload);
    const info = await whenReady(root, office.ready, options, reload);
    if (info.host === "Excel") await startInExcel(root);
    else if (info.host) showProblem(root, { intent: "warning", text: loadedMessage(info), action: "Open PlanCheck from Excel's Home tab." });
    else await startInBrowser(root);
  } catch (error) {
    // A part of the pane that did not download, or anything unforeseen: said, with a reload to try again.
    showProblem(root, problem(error, "start"), reload);
  }
}

const root = document.getElementById("app");
if (root) void start(root);
