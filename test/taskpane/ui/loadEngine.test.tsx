/** @jest-environment jsdom */
/**
 * The analysis engine is a chunk loaded on first use (src/taskpane/ui/loadEngine.ts): the Check tab draws
 * without it, its template picker lists the built-in templates once it is here, and a download that fails
 * is said by the Check that needed it and tried again by the next one. Each test starts with a fresh module
 * registry, so the engine has not loaded yet, as when the pane opens; a failed download is an engine module
 * that throws when loaded, as webpack's chunk loader rejects.
 */
import type * as TestingLibrary from "@testing-library/preact";
import type * as CheckTabModule from "../../../src/taskpane/ui/check/CheckTab";
import type * as FakeHostModule from "./fakeHost";

const ENGINE = "../../../src/taskpane/ui/engine";
const SETTINGS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };

/** Whether the engine's chunk downloads: set per test, read each time the engine module is loaded. */
let downloads = true;
let loads = 0;

beforeEach(() => {
  downloads = true;
  loads = 0;
  jest.resetModules();
  jest.doMock(ENGINE, () => {
    loads++;
    if (!downloads) throw new Error("Loading chunk analysis failed.\n(error: https://localhost:3000/chunks/analysis.1a2b3c4d.js)");
    return jest.requireActual(ENGINE);
  });
});

/** This test's testing library (its pure build: no cleanup registered from inside a test), cleaned up after it. */
let library: typeof TestingLibrary | null = null;

afterEach(() => {
  library?.cleanup();
  library = null;
  jest.dontMock(ENGINE);
});

/** The Check tab and the testing library from this test's module registry (one Preact for both). */
function freshCheckTab() {
  /* eslint-disable @typescript-eslint/no-require-imports -- each test needs its own registry, before the engine has loaded */
  const tl = require("@testing-library/preact/pure") as typeof TestingLibrary;
  library = tl;
  const { CheckTab } = require("../../../src/taskpane/ui/check/CheckTab") as typeof CheckTabModule;
  const { FakeHost } = require("./fakeHost") as typeof FakeHostModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const host = new FakeHost();
  tl.render(<CheckTab host={host} settings={SETTINGS} />);
  const optionNames = () => [...(tl.screen.getByLabelText("Template") as HTMLSelectElement).options].map((o) => o.textContent);
  return { ...tl, host, optionNames };
}

test("the Check tab draws before the engine is here; the picker lists the built-in templates once it has loaded", async () => {
  const { screen, optionNames } = freshCheckTab();
  expect(screen.getByRole("button", { name: "Check this sheet" })).toBeTruthy();
  expect(optionNames()).toEqual(["Automatic (best match on each sheet)", "Loading the built-in templates…"]);
  await screen.findByRole("option", { name: "Generic council action plan" });
  const { BUILTIN_TEMPLATES } = jest.requireActual<typeof import("../../../src/model")>("../../../src/model");
  expect(optionNames()).toEqual(["Automatic (best match on each sheet)", ...BUILTIN_TEMPLATES.map((t) => t.title)]);
  expect(loads).toBe(1);
});

test("a failed download: the picker says so, Check says what happened, and the next Check loads it", async () => {
  downloads = false;
  const { screen, fireEvent, host, optionNames } = freshCheckTab();
  await screen.findByRole("option", { name: /did not download/ });
  expect(optionNames()).toEqual(["Automatic (best match on each sheet)", "The built-in templates did not download: Check loads them again"]);

  fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("PlanCheck could not check the plan: part of it did not download");
  expect(alert.textContent).toContain("Check your network connection");
  expect(host.callsOf("readSheet")).toEqual([]);
  expect(loads).toBe(2);

  downloads = true;
  fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
  await screen.findByRole("region", { name: "Action Plan" });
  expect(screen.queryByRole("alert")).toBeNull();
  expect(optionNames()).toContain("Generic council action plan");
  expect(loads).toBe(3);
});

test("the tabs share one download: a Check while the picker's load is under way waits for it", async () => {
  const { screen, fireEvent } = freshCheckTab();
  fireEvent.click(screen.getByRole("button", { name: "Check this sheet" }));
  await screen.findByRole("region", { name: "Action Plan" });
  expect(loads).toBe(1);
});
