/**
 * `npm start`: builds the add-in for development and serves it at https://localhost:3000/ (rebuilding on
 * change), prints how to sideload manifest.xml into Excel on Windows, Mac and the web, and on Windows and
 * Mac sideloads it into desktop Excel when office-addin-debugging is installed (`npm run addin:tools`).
 * Nothing here reports usage data: the tree is checked for telemetry code before any Office tool runs.
 */
import path from "node:path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";
import { devCertificates } from "./certificates";
import { runDebugging } from "./desktopExcel";
import { sideloadHelp } from "./sideloadHelp";
import { assertNoTelemetry } from "./telemetry";

/* eslint-disable @typescript-eslint/no-require-imports -- the webpack configuration is CommonJS JavaScript */
const addinConfig = require("../../webpack/addin.js") as (env: object) => webpack.Configuration;
const { DEV_URL } = require("../../webpack/manifestUrls.js") as { DEV_URL: string };
const { PORT, devServerOptions } = require("../../webpack/devServer.js") as {
  PORT: number;
  devServerOptions: (https: object) => WebpackDevServer.Configuration;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, "..", "..");
const manifest = path.join(root, "manifest.xml");

async function main(): Promise<void> {
  assertNoTelemetry(path.join(root, "node_modules"));
  const https = await devCertificates();
  const compiler = webpack(addinConfig({}));
  const server = new WebpackDevServer(devServerOptions(https), compiler);
  let first = true;
  compiler.hooks.done.tap("PlanCheckStart", (stats) => {
    if (!first) return;
    first = false;
    // After webpack has printed its summary of the build.
    setImmediate(() => {
      if (stats.hasErrors()) console.error("\nThe add-in did not build: fix the errors above (the server rebuilds when you save).");
      console.log(sideloadHelp(manifest, `${DEV_URL}taskpane.html`));
      console.log(`\nWithout Excel: the same task pane as a web page, with the sample district workbooks, at ${DEV_URL}index.html?samples\n`);
      console.log(runDebugging("start", manifest, PORT));
    });
  });
  try {
    await server.start();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === "EADDRINUSE" ? `Port ${PORT} is already in use: stop the other server (the manifest's URLs need port ${PORT}).` : String(error));
  }
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
