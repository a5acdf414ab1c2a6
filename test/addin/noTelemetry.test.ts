/**
 * No usage data leaves this machine from our build, dev server or scripts. The Office tools depend on
 * office-addin-usage-data, which sent usage data to Azure Application Insights up to 2.0.x and is a set of
 * no-ops from 2.1.0 (see scripts/addin/telemetry.ts). These tests pin that: the locked and installed
 * copies carry no network code, no telemetry client is installed, the scan catches an old copy, and the
 * tools' usage-data calls reach nothing even when told to report.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { assertNoTelemetry, findTelemetry } from "../../scripts/addin/telemetry";
import { spyOnNetwork } from "./networkSpy";

const ROOT = path.resolve(__dirname, "..", "..");
const NODE_MODULES = path.join(ROOT, "node_modules");

test("the installed tree has no telemetry client and no office-addin-usage-data with network code", () => {
  expect(findTelemetry(NODE_MODULES)).toEqual([]);
});

test("package-lock.json locks only office-addin-usage-data 2.1 or later, and no telemetry client", () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
  const names = Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, ""));
  expect(names.filter((n) => /applicationinsights|opentelemetry|1ds-/.test(n))).toEqual([]);
  const usageData = Object.entries(lock.packages).filter(([key]) => key.endsWith("node_modules/office-addin-usage-data"));
  expect(usageData.length).toBeGreaterThan(0);
  for (const [key, { version }] of usageData) {
    const [major, minor] = (version ?? "0.0").split(".").map(Number);
    expect({ key, ok: major > 2 || (major === 2 && minor >= 1) }).toEqual({ key, ok: true });
  }
});

test("the scan finds a telemetry client and an office-addin-usage-data copy that can reach the network", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "plancheck-telemetry-"));
  try {
    const old = path.join(dir, "node_modules", "some-tool", "node_modules", "office-addin-usage-data");
    mkdirSync(path.join(old, "lib"), { recursive: true });
    writeFileSync(path.join(old, "package.json"), JSON.stringify({ name: "office-addin-usage-data", version: "2.0.8" }));
    writeFileSync(path.join(old, "lib", "usageData.js"), 'const appInsights = require("applicationinsights");\n');
    mkdirSync(path.join(dir, "node_modules", "@opentelemetry", "sdk-node"), { recursive: true });
    const findings = findTelemetry(path.join(dir, "node_modules"));
    expect(findings.map((f) => f.problem).sort()).toEqual([
      "@opentelemetry/sdk-node is a telemetry client",
      "office-addin-usage-data 2.0.8 contains network code (telemetry was removed in 2.1.0)",
    ]);
    expect(() => assertNoTelemetry(path.join(dir, "node_modules"))).toThrow(/Refusing to run: this install could send usage data/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the network spy used here does see a request", async () => {
  const network = spyOnNetwork();
  try {
    await new Promise<void>((resolve) => https.get("https://127.0.0.1:9/", () => resolve()).on("error", () => resolve()));
    expect(network.calls().length).toBeGreaterThan(0);
  } finally {
    network.restore();
  }
});

test("every installed office-addin-usage-data reports nothing, even when switched on", async () => {
  const copies = [
    path.join(NODE_MODULES, "office-addin-usage-data"),
    path.join(NODE_MODULES, "office-addin-dev-certs", "node_modules", "office-addin-usage-data"),
  ];
  const network = spyOnNetwork();
  try {
    for (const copy of copies) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { OfficeAddinUsageData } = require(copy) as typeof import("office-addin-usage-data");
      const usage = new OfficeAddinUsageData({
        projectName: "plancheck-test",
        instrumentationKey: "00000000-0000-0000-0000-000000000000",
        usageDataLevel: "on" as never,
        raisePrompt: false,
      });
      await usage.reportEvent("event", { data: 1 });
      await usage.reportError("error", new Error("boom"));
      usage.reportSuccess("method");
      usage.reportException("method", new Error("boom"));
      usage.sendUsageDataEvent({});
      expect(usage.isUsageDataOn()).toBe(false);
    }
    // The certificate tool's own reporter is created as the module loads.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("office-addin-dev-certs/lib/defaults").usageDataObject.reportSuccess("test");
  } finally {
    const calls = network.calls();
    network.restore();
    expect(calls).toEqual([]);
  }
});
