/**
 * `npm run try`: builds the task pane for production into dist/addin, serves it on this computer, prints the
 * address of the standalone page with the sample district workbooks open (`?samples`), and opens it in the
 * default browser where there is one. Ctrl+C stops it. `PORT=9000 npm run try` serves on another port.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { buildAddin, repositoryRoot } from "../bench/bundleSize";
import { serveStatic, type StaticServer } from "./serve/staticServer";

const PREFERRED_PORT = Number(process.env.PORT ?? 8080);

/** Opens the page in the default browser on a desktop; on a server or in CI it only prints the address. */
export function browserCommand(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): [string, string[]] | null {
  if (env.CI) return null;
  if (platform === "darwin") return ["open", []];
  if (platform === "win32") return ["cmd", ["/c", "start", ""]]; // "": start's window title
  return env.DISPLAY || env.WAYLAND_DISPLAY ? ["xdg-open", []] : null;
}

function openInBrowser(url: string): void {
  const command = browserCommand(process.platform, process.env);
  if (!command) return;
  const child = spawn(command[0], [...command[1], url], { stdio: "ignore", detached: true });
  child.on("error", () => undefined); // no browser to open: the address is printed anyway
  child.unref();
}

async function serve(dir: string): Promise<StaticServer> {
  try {
    return await serveStatic(dir, PREFERRED_PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    return serveStatic(dir, 0); // the preferred port is taken: any free one
  }
}

async function main(): Promise<void> {
  const root = repositoryRoot(__dirname);
  const dir = path.join(root, "dist", "addin");
  const started = Date.now();
  console.log("Building the task pane for production (about 15 s)…");
  await buildAddin(dir, root);
  console.log(`Built ${path.relative(root, dir)} in ${Math.round((Date.now() - started) / 1000)} s.`);
  const server = await serve(dir);
  const url = `${server.url}index.html?samples`;
  console.log(
    [
      "",
      `PlanCheck is running at ${url}`,
      "",
      "  The standalone page, with the 7 sample district workbooks open as of 1 July 2010: choose Check all",
      "  sheets, add flag columns, then Combine and download. Without ?samples it starts empty, for your own",
      `  workbooks (${server.url}). Files are read in the browser and never uploaded. Ctrl+C stops the server.`,
      "",
    ].join("\n"),
  );
  openInBrowser(url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
