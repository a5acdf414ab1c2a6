/** @jest-environment jsdom */
import "../ui/textCodecs";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { analyseSheet, parseTemplate, templateFromColumns, type Template } from "../../../src/model";
import { createBrowserHost } from "../../../src/taskpane/browser/browserHost";
import { Workspace } from "../../../src/taskpane/browser/workspace";
import { WorkspaceView } from "../../../src/taskpane/browser/WorkspaceView";
import { flagColumnRequests } from "../../../src/taskpane/ui/flags/flagRequests";
import { pickedBytes, pickedFixture } from "../ui/sampleFiles";

const CRAVEN = "Craven action plan 2010.xlsx";
const HAMBLETON = "Hambleton action plan 2010.xlsx";
const RYEDALE = "Ryedale action plan 2010.csv";
const DEFAULTS = { asOf: null, amberDays: 14, quarters: "calendar" as const };

function setUp() {
  const workspace = new Workspace();
  const host = createBrowserHost(workspace, { storage: window.localStorage, settingsKey: "test.settings", defaults: DEFAULTS });
  return { workspace, host };
}

beforeEach(() => window.localStorage.clear());

/** A template as the Columns view makes one. */
function mapped(title: string, owner: string): Template {
  const made = templateFromColumns(title.toLowerCase().replace(/\W+/g, "-"), title, [
    { label: "Action", role: "action" },
    { label: owner, role: "owner" },
  ]);
  if (!made.ok) throw new Error(made.problems.join("; "));
  return made.template;
}

describe("the browser host", () => {
  test("lists the opened workbooks' sheets as file › sheet, and reads them by that name", async () => {
    const { workspace, host } = setUp();
    await workspace.open([pickedFixture(CRAVEN), pickedFixture(RYEDALE)]);
    expect(await host.sheetNames()).toEqual([`${CRAVEN} › Instructions`, `${CRAVEN} › Action Plan 2010`, `${CRAVEN} › Budget`, `${RYEDALE} › Ryedale action plan 2010`]);
    expect(await host.activeSheetName()).toBe(`${CRAVEN} › Action Plan 2010`); // the fullest sheet is shown first
    const grid = await host.readSheet(`${CRAVEN} › Action Plan 2010`);
    expect(grid.name).toBe(`${CRAVEN} › Action Plan 2010`);
    const report = analyseSheet(grid, { asOf: "2010-07-01" });
    expect(report.rows.length).toBeGreaterThan(10);
    expect(report.findings.every((f) => f.sheet === `${CRAVEN} › Action Plan 2010`)).toBe(true);
    await expect(host.readSheet("Missing › Sheet1")).rejects.toThrow(/no sheet "Missing › Sheet1" is open; open its workbook again/);
  });

  test("a file that cannot be opened is listed with the reader's message; opening one again replaces it", async () => {
    const { workspace, host } = setUp();
    await workspace.open([pickedBytes("Eden.xlsx", new TextEncoder().encode("not a workbook")), pickedFixture(RYEDALE)]);
    expect(workspace.state.failures).toEqual([{ file: "Eden.xlsx", message: expect.stringMatching(/^Eden\.xlsx /) }]);
    await workspace.open([pickedFixture(RYEDALE)]);
    expect(await host.sheetNames()).toEqual([`${RYEDALE} › Ryedale action plan 2010`]);
  });

  test("going to a cell shows its sheet and selects it; marks are kept until cleared", async () => {
    const { workspace, host } = setUp();
    await workspace.open([pickedFixture(CRAVEN)]);
    const sheet = `${CRAVEN} › Action Plan 2010`;
    await host.selectCell(sheet, "F9");
    expect(workspace.state.active).toBe(sheet);
    expect(workspace.state.selection).toEqual({ sheet, cell: "F9" });
    await host.markCells([{ sheet, cell: "F9", severity: "error" }]);
    expect(workspace.state.marks).toHaveLength(1);
    await host.clearMarks();
    expect(workspace.state.marks).toEqual([]);
    await expect(host.selectCell("Nope › A", "A1")).rejects.toThrow(/open its workbook again/);
  });

  test("settings live in localStorage; missing or damaged ones fall back to the defaults", async () => {
    const { host } = setUp();
    expect(await host.loadSettings()).toEqual(DEFAULTS);
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    expect(JSON.parse(window.localStorage.getItem("test.settings") ?? "")).toEqual({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    // Saved before the quarter rule was a setting: the rest loads, quarters are calendar.
    window.localStorage.setItem("test.settings", JSON.stringify({ asOf: "2010-07-01", amberDays: 21 }));
    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 21, quarters: "calendar" });
    window.localStorage.setItem("test.settings", "{not json");
    expect(await host.loadSettings()).toEqual(DEFAULTS);
    window.localStorage.setItem("test.settings", JSON.stringify({ asOf: "1 July", amberDays: -1, quarters: "fiscal" }));
    expect(await host.loadSettings()).toEqual(DEFAULTS);
    const noStorage = createBrowserHost(new Workspace(), { storage: null, settingsKey: "x", defaults: DEFAULTS });
    expect(await noStorage.loadSettings()).toEqual(DEFAULTS);
    await expect(noStorage.saveSettings(DEFAULTS)).rejects.toThrow(/does not let the page keep settings/);
  });

  test("saved templates live in localStorage, one list whichever workbooks are open; the same name replaces", async () => {
    const { host } = setUp();
    expect(await host.loadTemplates()).toEqual([]);
    const craven = mapped("Craven 2010", "Lead officer");
    const selby = mapped("Selby", "Lead");
    expect(await host.saveTemplate(craven)).toBe("in this browser");
    await host.saveTemplate(selby);
    const cravenAgain = mapped("Craven 2010", "Responsible officer");
    await host.saveTemplate(cravenAgain);
    expect(JSON.parse(window.localStorage.getItem("plancheck.templates") ?? "")).toEqual([cravenAgain, selby]);
    // Another page (the samples) on the same browser has them too.
    const other = createBrowserHost(new Workspace(), { storage: window.localStorage, settingsKey: "plancheck.settings.samples", defaults: DEFAULTS });
    expect(await other.loadTemplates()).toEqual([cravenAgain, selby]);
  });

  test("a damaged template entry is skipped or, unreadable, replaced by the next save; no storage says what to do instead", async () => {
    const { host } = setUp();
    const craven = mapped("Craven 2010", "Lead officer");
    window.localStorage.setItem("plancheck.templates", JSON.stringify([{ name: "half" }, craven]));
    expect(await host.loadTemplates()).toEqual([craven]);
    window.localStorage.setItem("plancheck.templates", "[not json");
    expect(await host.loadTemplates()).toEqual([]);
    await host.saveTemplate(craven);
    expect(await host.loadTemplates()).toEqual([craven]);
    const noStorage = createBrowserHost(new Workspace(), { storage: null, settingsKey: "x", defaults: DEFAULTS });
    expect(await noStorage.loadTemplates()).toEqual([]);
    await expect(noStorage.saveTemplate(craven)).rejects.toThrow(/does not let the page keep templates .* use Export template to keep it as a file/);
  });

  test("an exported template is downloaded as the JSON file the CLI's --template takes", async () => {
    const saved: { bytes: Uint8Array; name: string; type: string }[] = [];
    const host = createBrowserHost(new Workspace(), { storage: null, settingsKey: "x", defaults: DEFAULTS, save: (bytes, name, type) => saved.push({ bytes, name, type }) });
    const craven = mapped("Craven 2010", "Lead officer");
    expect(await host.exportTemplate({ name: "craven-2010.json", text: JSON.stringify(craven) })).toBe('downloaded as "craven-2010.json"');
    expect(saved.map((s) => [s.name, s.type])).toEqual([["craven-2010.json", "application/json"]]);
    expect(parseTemplate(JSON.parse(new TextDecoder().decode(saved[0].bytes)))).toEqual({ ok: true, template: craven });
  });

  test("the district return workbook is downloaded, laid out by the template, and reads back with its roles", async () => {
    const saved: { bytes: Uint8Array; name: string; type: string }[] = [];
    const host = createBrowserHost(new Workspace(), { storage: null, settingsKey: "x", defaults: DEFAULTS, save: (bytes, name, type) => saved.push({ bytes, name, type }) });
    const craven = mapped("Craven 2010", "Lead officer");
    expect(await host.writeReturnWorkbook(craven)).toBe('downloaded as "craven-2010-return.xlsx"');
    expect(saved.map((s) => [s.name, s.type])).toEqual([["craven-2010-return.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]]);
    const { readXlsxBuffer } = await import("../../../src/workbook/readBuffer");
    const read = await readXlsxBuffer(saved[0].bytes, "return.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    const plan = read.book.sheets.find((g) => g.name === "Plan");
    expect(plan && analyseSheet(plan, { asOf: "2010-07-01", template: craven }).tables[0].columns.map((c) => [c.label, c.role])).toEqual(craven.fields.map((f) => [f.title, f.role]));
  });

  test("flag columns are kept for the sheet view; adding them again for the same table replaces them", async () => {
    const { workspace, host } = setUp();
    await workspace.open([pickedFixture(CRAVEN)]);
    const sheet = `${CRAVEN} › Action Plan 2010`;
    const grid = await host.readSheet(sheet);
    const [request] = flagColumnRequests(grid, analyseSheet(grid, { asOf: "2010-07-01" }), "values", { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    await host.addFlagColumns(request);
    await host.addFlagColumns({ ...request, mode: "formulas" });
    expect(workspace.state.flags).toEqual([{ ...request, mode: "formulas" }]);
    expect(workspace.state.active).toBe(sheet);
  });
});

describe("the sheet view", () => {
  test("shows the sheet picked, scrolls to the selected cell, tints marked cells and draws flag columns", async () => {
    const { workspace, host } = setUp();
    render(<WorkspaceView workspace={workspace} />);
    expect(screen.getByText(/never uploaded/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Open workbooks"), { target: { files: [] } });
    await workspace.open([pickedFixture(CRAVEN), pickedFixture(HAMBLETON)]);
    const select = (await screen.findByLabelText("Sheet")) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([`${CRAVEN} › Instructions`, `${CRAVEN} › Action Plan 2010`, `${CRAVEN} › Budget`, `${HAMBLETON} › 2010 Plan`]);
    const sheet = `${HAMBLETON} › 2010 Plan`;
    fireEvent.change(select, { target: { value: sheet } });
    const grid = await host.readSheet(sheet);
    const report = analyseSheet(grid, { asOf: "2010-07-01" });
    const finding = report.findings.find((f) => f.cell && f.severity === "error");
    if (!finding?.cell) throw new Error("Hambleton has an error with a cell");
    await host.markCells([{ sheet, cell: finding.cell, severity: "error" }]);
    await host.selectCell(sheet, finding.cell);
    const table = await screen.findByRole("table", { name: `Sheet ${sheet}` });
    const selected = await waitFor(() => {
      const cell = table.querySelector("td.selected");
      if (!cell) throw new Error("no selected cell yet");
      return cell;
    });
    expect(selected.classList.contains("mark")).toBe(true);
    expect(selected.classList.contains("error")).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(selected));
    expect(selected.closest("tr")?.classList.contains("selected-row")).toBe(true);
    expect(within(selected.closest("tr") as HTMLElement).getByRole("rowheader").textContent).toBe(finding.cell.replace(/^[A-Z]+/, ""));

    const [request] = flagColumnRequests(grid, report, "values", { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    await host.addFlagColumns(request);
    await waitFor(() => expect(table.querySelectorAll("td.flag-cell").length).toBe(4 * (request.rows.length + 1)));
    expect([...table.querySelectorAll("td.rag")].map((c) => c.textContent)).toEqual(request.rows.map((r) => r.rag));
  });
});
