/**
 * Proves the Office tooling we install cannot send usage data. The office-addin-* packages and
 * custom-functions-metadata depend on `office-addin-usage-data`. Up to 2.0.x it reported to Azure Application
 * Insights (opt-in prompt, choice kept in ~/office-addin-usage-data.json); from 2.1.0 its methods are
 * no-ops and it depends on nothing but commander. This scan fails if a copy with network code, or any
 * telemetry client, appears in a node_modules tree, so `npm start` and the tests refuse such a tree instead
 * of trusting a setting.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface TelemetryFinding {
  path: string;
  problem: string;
}

/** Packages whose whole job is sending telemetry. */
const TELEMETRY_CLIENT = /^(applicationinsights|@microsoft\/applicationinsights-.+|@microsoft\/1ds-.+|@opentelemetry\/.+|@azure\/monitor-opentelemetry.*)$/;
const USAGE_DATA = "office-addin-usage-data";
/** Ways JavaScript can reach the network. */
const NETWORK_CODE =
  /require\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']\s*\)|require\(\s*["'](?:applicationinsights|node-fetch|axios|undici|got|request)["']\s*\)|\bfetch\s*\(|XMLHttpRequest|WebSocket/;

function packageDirs(nodeModules: string): { name: string; dir: string }[] {
  if (!existsSync(nodeModules)) return [];
  const found: { name: string; dir: string }[] = [];
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith(".")) continue;
    const dir = path.join(nodeModules, entry);
    if (!statSync(dir).isDirectory()) continue;
    if (entry.startsWith("@")) {
      for (const scoped of readdirSync(dir)) found.push({ name: `${entry}/${scoped}`, dir: path.join(dir, scoped) });
    } else found.push({ name: entry, dir });
  }
  return found;
}

function scriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : scriptFiles(full);
    return /\.(c|m)?js$/.test(entry.name) ? [full] : [];
  });
}

/** Every installed telemetry client, and every copy of office-addin-usage-data that contains network code. */
export function findTelemetry(nodeModules: string): TelemetryFinding[] {
  const findings: TelemetryFinding[] = [];
  for (const { name, dir } of packageDirs(nodeModules)) {
    if (TELEMETRY_CLIENT.test(name)) findings.push({ path: dir, problem: `${name} is a telemetry client` });
    if (name === USAGE_DATA) {
      const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
      for (const file of scriptFiles(dir)) {
        if (NETWORK_CODE.test(readFileSync(file, "utf8"))) {
          findings.push({ path: file, problem: `${USAGE_DATA} ${version} contains network code (telemetry was removed in 2.1.0)` });
        }
      }
    }
    findings.push(...findTelemetry(path.join(dir, "node_modules")));
  }
  return findings;
}

/** Throws a message naming each finding; used before `npm start` runs any Office tool. */
export function assertNoTelemetry(nodeModules: string): void {
  const findings = findTelemetry(nodeModules);
  if (findings.length === 0) return;
  const lines = findings.map((f) => `  ${f.problem}: ${f.path}`).join("\n");
  throw new Error(`Refusing to run: this install could send usage data.\n${lines}\nRun \`npm ci\` to reinstall the locked versions.`);
}
