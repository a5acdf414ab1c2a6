/**
 * The server `npm start` runs: the add-in's development build served over HTTPS with the CORS header Excel
 * on the web needs. Uses a throwaway certificate made by office-addin-dev-certs in a temporary folder
 * (nothing is installed or trusted) and any free port instead of 3000.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

/* eslint-disable @typescript-eslint/no-require-imports */
const addinConfig = require("../../webpack/addin.js") as (env: object) => webpack.Configuration;
const { PORT, devServerOptions } = require("../../webpack/devServer.js") as {
  PORT: number;
  devServerOptions: (https: object) => WebpackDevServer.Configuration;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const dir = mkdtempSync(path.join(tmpdir(), "plancheck-devserver-"));
const files = { ca: path.join(dir, "ca.crt"), cert: path.join(dir, "localhost.crt"), key: path.join(dir, "localhost.key") };
let server: WebpackDevServer;
let ca: Buffer;
let port: number;

function get(pathname: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: "localhost", port, path: pathname, ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on("error", reject);
  });
}

/** A port nothing listens on now (webpack-dev-server's own "auto" needs ES module support jest lacks). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
    probe.on("error", reject);
  });
}

beforeAll(async () => {
  const quiet = jest.spyOn(console, "log").mockImplementation(() => undefined); // "certificates have been generated"
  await generateCertificates(files.ca, files.cert, files.key, 1, ["localhost", "127.0.0.1"]);
  quiet.mockRestore();
  ca = readFileSync(files.ca);
  const options = devServerOptions({ ca, cert: readFileSync(files.cert), key: readFileSync(files.key) });
  const config = { ...addinConfig({}), devtool: false as const, infrastructureLogging: { level: "warn" as const }, stats: "errors-only" as const };
  const compiler = webpack(config);
  const built = new Promise<void>((resolve) => compiler.hooks.done.tap("test", () => resolve()));
  port = await freePort();
  server = new WebpackDevServer({ ...options, port, client: false, liveReload: false, webSocketServer: false }, compiler);
  await server.start();
  await built;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("npm start serves on port 3000 over HTTPS, with a CORS header for Office", () => {
  const options = devServerOptions({ key: "k", cert: "c" });
  expect(PORT).toBe(3000);
  expect(options.port).toBe(3000);
  expect(options.host).toBe("localhost");
  expect(options.server).toEqual({ type: "https", options: { key: "k", cert: "c" } });
  expect(options.headers).toEqual({ "Access-Control-Allow-Origin": "*" });
});

test.each([
  ["/taskpane.html", "text/html", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
  ["/functions.json", "application/json", '"id": "OVERDUE"'],
  ["/functions.js", "javascript", 'CustomFunctions.associate("OVERDUE"'],
  ["/manifest.xml", "xml", "https://localhost:3000/taskpane.html"],
])("serves %s over HTTPS with the CORS header", async (pathname, type, content) => {
  const res = await get(pathname);
  expect(res.status).toBe(200);
  expect(res.headers["access-control-allow-origin"]).toBe("*");
  expect(String(res.headers["content-type"])).toContain(type);
  expect(res.body).toContain(content);
});

test("serves the icons", async () => {
  const res = await get("/assets/icon-80.png");
  expect(res.status).toBe(200);
  expect(res.headers["content-type"]).toBe("image/png");
});
