/**
 * The task pane's one door to office.js at start-up (only src/taskpane/host may use Office globals): whether
 * office.js is on the page and, when it is, Office.onReady's answer.
 *
 * office.js missing tells two pages apart. The standalone page (index.html) never loads it. The add-in page
 * (taskpane.html) loads it as a classic script before the pane's deferred scripts, so a missing `Office` there
 * means the download was blocked (proxy, firewall, web filter, CSP) — and the pane must say so rather than
 * turn into the standalone page inside Excel. What tells the add-in page apart is the host information Office
 * gives the page it opens: the `_host_Info` query parameter. Office does not add it again when the page
 * navigates, and office.js, when it runs, keeps it in the page's session storage under "hostInfoValue" and
 * reads it back from there (and from a JSON `window.name` with a `hostInfo` field) when the URL lacks it
 * ("Best practices and rules for the Office Dialog API", "Don't use the _host_info value"; OfficeDev/office-js
 * dist/office.debug.js, OSF._OfficeAppFactory `_retrieveHostInfo`). That page warns that Microsoft may change
 * the value or drop it, so only its presence is looked at, in the three places office.js itself looks; were it
 * dropped, a blocked office.js would again start the standalone page.
 */
import type { HostInfo } from "../loadedMessage";

/** Where taskpane.html loads office.js from: the address a blocked office.js needs IT to allow. */
export const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** How the page stands with office.js. */
export type OfficeStart =
  /** office.js ran; `ready` is Office.onReady's answer (host null outside Office). It never comes when
   *  office.js's own further files are blocked ("Initialize your Office Add-in"; office-js #6040, #6148). */
  | { kind: "loaded"; ready: Promise<HostInfo> }
  /** Office opened the page, but office.js did not load. */
  | { kind: "blocked" }
  /** A plain web page without office.js: the standalone page. */
  | { kind: "absent" };

/** What the page can tell of the host information Office gave it; by default read from the page itself. */
export interface PageTraces {
  search: string;
  windowName: string;
  session: Pick<Storage, "getItem"> | null;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage switched off for this page
  }
}

function currentPage(): PageTraces {
  return { search: location.search, windowName: window.name, session: sessionStorageOrNull() };
}

/** True when Office opened this page: its host information is in the URL, the session or the window's name. */
export function openedByOffice(page: PageTraces): boolean {
  if ([...new URLSearchParams(page.search).keys()].some((key) => key.toLowerCase() === "_host_info")) return true;
  try {
    if (page.session?.getItem("hostInfoValue")) return true;
  } catch {
    // storage switched off for this page
  }
  try {
    const fromName: unknown = JSON.parse(page.windowName);
    return typeof fromName === "object" && fromName !== null && Boolean((fromName as { hostInfo?: unknown }).hostInfo);
  } catch {
    return false; // window.name is usually empty, or not JSON
  }
}

export function officeStart(page: PageTraces = currentPage()): OfficeStart {
  if (typeof Office === "undefined") return openedByOffice(page) ? { kind: "blocked" } : { kind: "absent" };
  const ready = Office.onReady().then((info) => ({ host: info.host ? String(info.host) : null, platform: info.platform ? String(info.platform) : null }));
  return { kind: "loaded", ready };
}
