/**
 * The task pane's one door to office.js at start-up (only src/taskpane/host may use Office globals).
 * Resolves when Office is ready; outside Office, or when office.js did not load, resolves with no host.
 */
import type { HostInfo } from "../loadedMessage";

export async function whenOfficeReady(): Promise<HostInfo> {
  if (typeof Office === "undefined") return { host: null, platform: null };
  const info = await Office.onReady();
  return { host: info.host ? String(info.host) : null, platform: info.platform ? String(info.platform) : null };
}
