/** What the Office host said when office.js was ready; both null outside Office or without office.js. */
export interface HostInfo {
  host: string | null;
  platform: string | null;
}

const PLATFORMS: Record<string, string> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "Excel on the web",
  iOS: "iPad",
  Universal: "Windows",
};

/** The line the task pane shows once it has started. */
export function loadedMessage(info: HostInfo): string {
  if (info.host === "Excel") {
    const where = info.platform ? ` (${PLATFORMS[info.platform] ?? info.platform})` : "";
    return `PlanCheck is loaded in Excel${where}. Type =PLAN. in a cell to see its formulas.`;
  }
  if (info.host) return `PlanCheck is loaded, but in ${info.host}: it works in Excel only.`;
  return "PlanCheck is loaded, outside Excel. To use it in Excel, sideload manifest.xml (see the README).";
}
