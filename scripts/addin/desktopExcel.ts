/**
 * Sideloading into desktop Excel with Microsoft's office-addin-debugging, where a desktop Excel can exist
 * (Windows and Mac). It is not a devDependency: its M365 Agents Toolkit peer pulls in keytar (a native
 * build needing libsecret on Linux, so `npm ci` would fail there) and applicationinsights (telemetry).
 * `npm run addin:tools` installs it into .addin-tools/ without that peer (--legacy-peer-deps), which the
 * XML-manifest sideload does not use; this module runs it from there, after the telemetry check.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { assertNoTelemetry } from "./telemetry";

const root = path.resolve(__dirname, "..", "..");
export const TOOLS_DIR = path.join(root, ".addin-tools");

/** Whether this platform has a desktop Excel office-addin-debugging can sideload into. */
export function hasDesktopExcel(platform: NodeJS.Platform = process.platform): boolean {
  return platform === "win32" || platform === "darwin";
}

function debuggingCli(): string | null {
  const cli = path.join(TOOLS_DIR, "node_modules", "office-addin-debugging", "cli.js");
  return existsSync(cli) ? cli : null;
}

/** Runs `office-addin-debugging start|stop manifest.xml desktop`; returns what happened, for the caller to print. */
export function runDebugging(command: "start" | "stop", manifestPath: string, port: number): string {
  if (!hasDesktopExcel()) {
    return command === "start"
      ? "No desktop Excel on this system: sideload into Excel on the web as shown above."
      : "No desktop Excel on this system, so no desktop sideload to remove.";
  }
  const cli = debuggingCli();
  if (!cli) {
    return command === "start"
      ? "Desktop Excel was not sideloaded automatically: run `npm run addin:tools` once to allow it, or follow the steps above."
      : "office-addin-debugging is not installed (`npm run addin:tools`), so there is no automatic sideload to remove.";
  }
  assertNoTelemetry(path.join(TOOLS_DIR, "node_modules"));
  const args = [cli, command, manifestPath, "desktop", "--app", "excel", ...(command === "start" ? ["--dev-server-port", String(port)] : [])];
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  return run.status === 0 ? `office-addin-debugging ${command} finished.` : `office-addin-debugging ${command} failed (exit code ${run.status}); use the steps above instead.`;
}
