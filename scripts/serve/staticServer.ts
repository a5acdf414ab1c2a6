/**
 * A small static file server for a built dist/addin folder, on this computer only (127.0.0.1): what
 * `npm run try` serves the standalone page with, and what the end-to-end test loads it from. Plain HTTP is
 * enough there — browsers treat localhost as secure — while `npm start` serves the add-in over HTTPS for Excel.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
};

export interface StaticServer {
  server: Server;
  /** "http://127.0.0.1:PORT/" */
  url: string;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or null (outside it, or missing). */
export function resolveRequest(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${decoded.endsWith("/") ? `${decoded}index.html` : decoded}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Serves `root` on 127.0.0.1; port 0 picks a free one. */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    const file = request.method === "GET" || request.method === "HEAD" ? resolveRequest(base, request.url ?? "/") : null;
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
