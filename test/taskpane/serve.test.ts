/** `npm run try`: the static server for the built page, and when it opens a browser. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resolveRequest, serveStatic } from "../../scripts/serve/staticServer";
import { browserCommand } from "../../scripts/try";

const root = mkdtempSync(path.join(tmpdir(), "plancheck-serve-"));
beforeAll(() => {
  writeFileSync(path.join(root, "index.html"), "<p>PlanCheck</p>");
  mkdirSync(path.join(root, "samples"));
  writeFileSync(path.join(root, "samples", "Selby action plan 2010.xlsx"), "xlsx");
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("serves the folder's files by path, index.html for /, and nothing outside it", () => {
  expect(resolveRequest(root, "/")).toBe(path.join(root, "index.html"));
  expect(resolveRequest(root, "/index.html?samples")).toBe(path.join(root, "index.html"));
  expect(resolveRequest(root, "/samples/Selby%20action%20plan%202010.xlsx")).toBe(path.join(root, "samples", "Selby action plan 2010.xlsx"));
  expect(resolveRequest(root, "/../package.json")).toBeNull();
  expect(resolveRequest(root, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
  expect(resolveRequest(root, "/missing.js")).toBeNull();
  expect(resolveRequest(root, "/%E0%A4%A")).toBeNull();
});

test("answers on 127.0.0.1 with the file's type", async () => {
  const server = await serveStatic(root);
  try {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(`${server.url}index.html?samples`);
    expect([page.status, page.headers.get("content-type"), await page.text()]).toEqual([200, "text/html; charset=utf-8", "<p>PlanCheck</p>"]);
    const sample = await fetch(`${server.url}samples/Selby%20action%20plan%202010.xlsx`);
    expect(sample.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect((await fetch(`${server.url}nothing-here`)).status).toBe(404);
  } finally {
    await server.close();
  }
});

test("opens a browser on a desktop only, never in CI", () => {
  expect(browserCommand("darwin", {})).toEqual(["open", []]);
  expect(browserCommand("win32", {})).toEqual(["cmd", ["/c", "start", ""]]);
  expect(browserCommand("linux", { DISPLAY: ":0" })).toEqual(["xdg-open", []]);
  expect(browserCommand("linux", {})).toBeNull();
  expect(browserCommand("darwin", { CI: "true" })).toBeNull();
});
