/**
 * Builds the add-in as `npm run build:web -- --env urlProd=…` does (unminified, to keep the test quick) into
 * a temporary folder, and checks what Excel will load: functions.json against the functions' own source,
 * the shared runtime page, the production manifest and the files its URLs point at — and that the build
 * made no network request. It builds as the next patch release (package.json's version bumped, manifest.xml
 * not), so the built manifest's <Version> must come from package.json.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack from "webpack";
import { checkManifest } from "../../scripts/addin/checkManifest";
import { checkManifestFiles } from "../../scripts/addin/manifestFiles";
import { customFunctionsIn } from "./functionSignatures";
import { spyOnNetwork } from "./networkSpy";

jest.mock("../../package.json", () => {
  const actual = jest.requireActual<{ version: string }>("../../package.json");
  const [major, minor, patch] = actual.version.split(".").map(Number);
  return { ...actual, version: `${major}.${minor}.${patch + 1}` };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const addinConfig = require("../../webpack/addin.js") as (env: object) => webpack.Configuration;

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RELEASED = (require("../../package.json") as { version: string }).version;
const FUNCTIONS_SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
const URL_PROD = "https://plans.example.gov.uk/plancheck/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const KNOWN = ["DUE", "STATUS", "ISCOMPLETE", "OVERDUE", "DAYSOVERDUE", "RAG", "COMPLETION", "OVERDUECOUNT", "CHECK", "FLAGS"];

interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
  repeating?: boolean;
}
interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean; requiresParameterAddresses?: boolean };
}

const outDir = mkdtempSync(path.join(tmpdir(), "plancheck-addin-"));
const read = (file: string) => readFileSync(path.join(outDir, file), "utf8");
let networkCalls: string[] = [];

beforeAll(async () => {
  const network = spyOnNetwork();
  try {
    const config = { ...addinConfig({ production: true, urlProd: URL_PROD, addinOutDir: outDir }), devtool: false as const };
    config.optimization = { ...config.optimization, minimize: false };
    await new Promise<void>((resolve, reject) => {
      webpack(config, (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
        resolve();
      });
    });
  } finally {
    networkCalls = network.calls();
    network.restore();
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test("the build makes no network request", () => {
  expect(networkCalls).toEqual([]);
});

describe("functions.json", () => {
  const source = customFunctionsIn(FUNCTIONS_SOURCE);
  const metadata = () => (JSON.parse(read("functions.json")) as { functions: MetadataFunction[] }).functions;

  test("lists exactly the @customfunction functions of src/functions/functions.ts, in order", () => {
    expect(source.length).toBeGreaterThanOrEqual(KNOWN.length);
    expect(metadata().map((f) => [f.id, f.name])).toEqual(source.map((f) => [f.id, f.name]));
    expect(metadata().map((f) => f.id)).toEqual(expect.arrayContaining(KNOWN));
  });

  test.each(source.map((f) => [f.id, f] as const))("%s has the parameters, optional flags and result type of its signature", (id, expected) => {
    const entry = metadata().find((f) => f.id === id);
    if (!entry) throw new Error(`${id} is missing from functions.json`);
    const parameters = entry.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      optional: p.optional ?? false,
      dimensionality: p.dimensionality ?? "scalar",
    }));
    expect(parameters).toEqual(expected.parameters.map(({ name, type, optional, dimensionality }) => ({ name, type, optional, dimensionality })));
    expect(entry.parameters.some((p) => p.repeating)).toBe(false);
    expect({ type: entry.result.type ?? "any", dimensionality: entry.result.dimensionality ?? "scalar" }).toEqual(expected.result);
  });

  test.each(source.map((f) => [f.id, f] as const))("%s has the description and parameter help of its JSDoc", (id, expected) => {
    const entry = metadata().find((f) => f.id === id);
    expect(expected.description).not.toBe("");
    expect(entry?.description).toBe(expected.description);
    for (const p of expected.parameters) {
      expect(p.description).not.toBe("");
      expect(entry?.parameters.find((q) => q.name === p.name)?.description).toBe(p.description);
    }
  });

  test("lets error values reach the functions (allowErrorForDataTypeAny), which the generator cannot say, and data types", () => {
    // Without it Excel never calls FLAGS, CHECK, COMPLETION or OVERDUECOUNT when one cell of the range is #N/A.
    const top = JSON.parse(read("functions.json")) as { allowErrorForDataTypeAny?: unknown; allowCustomDataForDataTypeAny?: unknown };
    expect(top.allowErrorForDataTypeAny).toBe(true);
    expect(top.allowCustomDataForDataTypeAny).toBe(true);
  });

  test("no function is volatile; CHECK asks where its range is", () => {
    const options = Object.fromEntries(metadata().map((f) => [f.id, f.options ?? {}]));
    expect(Object.entries(options).filter(([, o]) => o.volatile).map(([id]) => id)).toEqual([]);
    expect(Object.entries(options).filter(([, o]) => o.requiresParameterAddresses).map(([id]) => id)).toEqual(["CHECK"]);
  });

  test("the functions bundle registers every function under its id", () => {
    const bundle = read("functions.js");
    for (const { id } of source) expect(bundle).toContain(`CustomFunctions.associate("${id}"`);
  });
});

describe("the shared runtime page", () => {
  test("loads office.js from Microsoft's CDN first, then the functions and the task pane, and nothing else from outside", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual([OFFICE_JS, "functions.js", "taskpane.js"]);
    const external = [...html.matchAll(/\b(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual([OFFICE_JS]);
  });

  test("the support page loads nothing from outside", () => {
    expect(read("support.html")).not.toMatch(/\b(?:src|href)="https?:/);
  });
});

describe("the production manifest", () => {
  test("carries package.json's version as its <Version>, whatever manifest.xml says: no release ships a stale one", () => {
    const source = /<Version>([^<]*)<\/Version>/.exec(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))?.[1];
    expect(source).not.toBe(`${RELEASED}.0`); // the build is of the next version
    expect(/<Version>([^<]*)<\/Version>/.exec(read("manifest.xml"))?.[1]).toBe(`${RELEASED}.0`);
    expect(checkManifest(read("manifest.xml"), { packageVersion: RELEASED }).problems).toEqual([]);
  });

  test("has every URL rewritten to urlProd, and is still valid", () => {
    const xml = read("manifest.xml");
    expect(xml).not.toContain("https://localhost");
    const report = checkManifest(xml);
    expect(report.problems).toEqual([]);
    expect(report.urls.length).toBeGreaterThan(5);
    for (const { url } of report.urls) expect(url.startsWith(URL_PROD)).toBe(true);
  });

  test("points only at files the build emitted, with icons of the stated sizes", () => {
    const report = checkManifest(read("manifest.xml"));
    expect(checkManifestFiles(report, outDir)).toEqual([]);
    const emitted = readdirSync(outDir);
    for (const file of ["taskpane.html", "functions.js", "functions.json", "support.html"]) expect(emitted).toContain(file);
  });
});
