/**
 * @jest-environment jsdom
 *
 * The task pane's start-up (src/taskpane/taskpane.ts) as an officer meets it: in Excel over the fake Excel
 * (typing in a cell, a protected workbook, an old Excel), with office.js blocked on the add-in page, with
 * Office slow to say it is ready, and as the standalone page.
 */
import { fireEvent, screen, waitFor } from "@testing-library/preact";
import { render } from "preact";
import { OFFICE_JS_BLOCKED, OFFICE_NOT_READY, start } from "../../../src/taskpane/taskpane";
import { FakeExcel } from "../fakeExcel";

const HOST_INFO = "_host_Info=Excel$Win32$16.01$en-GB$$$$0";

let root: HTMLElement;
let uninstall: (() => void) | null = null;
let reloads = 0;
const reload = () => void reloads++;

beforeEach(() => {
  root = document.body.appendChild(document.createElement("div"));
  reloads = 0;
});

afterEach(() => {
  render(null, root);
  root.remove();
  uninstall?.();
  uninstall = null;
  window.history.replaceState(null, "", "/");
  window.sessionStorage.clear();
});

function inExcel(fake: FakeExcel): FakeExcel {
  uninstall = fake.install();
  window.history.replaceState(null, "", `/taskpane.html?${HOST_INFO}`);
  return fake;
}

const paneStarted = () => screen.findByRole("tablist", { name: "PlanCheck" });
const retryButton = () => screen.queryByRole("button", { name: "Retry" });

describe("in Excel", () => {
  test("while the officer is typing in a cell: what to do and a Retry, which starts the pane once they have left the cell", async () => {
    const fake = inExcel(new FakeExcel({ cellEditMode: true }));
    await start(root, { reload });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Starting PlanCheck in this workbook did not work. Excel is busy editing a cell: press Enter or Esc to leave the cell, then try again.");
    expect(alert.textContent).not.toMatch(/Update Office/);
    expect(screen.queryByRole("tablist")).toBeNull();

    // Still typing: Retry asks Excel again and says the same.
    const syncs = fake.syncs.length;
    fireEvent.click(retryButton() as HTMLElement);
    await waitFor(() => expect(fake.syncs.length).toBeGreaterThan(syncs));
    await waitFor(() => expect(retryButton()).not.toBeNull());
    expect(screen.getByRole("alert").textContent).toMatch(/Excel is busy editing a cell/);

    // Enter pressed: Retry starts the pane, without reloading the page.
    fake.cellEditMode = false;
    fireEvent.click(retryButton() as HTMLElement);
    expect(await paneStarted()).toBeTruthy();
    expect(screen.getByText("in Excel")).toBeTruthy();
    expect(reloads).toBe(0);
  });

  test("a protected workbook: the pane starts, since starting only reads", async () => {
    inExcel(new FakeExcel({ protectedWorkbook: true }));
    await start(root, { reload });
    expect(await paneStarted()).toBeTruthy();
  });

  test("an Excel too old for the pane says to update Office, and offers no Retry", async () => {
    inExcel(new FakeExcel({ excelApi: "1.12" }));
    await start(root, { reload });
    expect(screen.getByRole("alert").textContent).toMatch(/too old for the PlanCheck pane.*Update Office/);
    expect(retryButton()).toBeNull();
  });
});

describe("office.js", () => {
  test("blocked on the add-in page (Office's _host_Info, no Office): says so, names the address for IT, and Retry reloads", async () => {
    window.history.replaceState(null, "", `/taskpane.html?${HOST_INFO}`);
    await start(root, { reload });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(OFFICE_JS_BLOCKED.text);
    expect(alert.textContent).toContain("https://appsforoffice.microsoft.com");
    expect(alert.textContent).toMatch(/IT service desk/);
    expect(screen.queryByRole("tablist")).toBeNull(); // not the standalone page
    fireEvent.click(retryButton() as HTMLElement);
    expect(reloads).toBe(1);
  });

  test("blocked after a navigation that lost the query: office.js's own session copy of the host information still tells", async () => {
    window.history.replaceState(null, "", "/taskpane.html");
    window.sessionStorage.setItem("hostInfoValue", "Excel$Win32$16.01$en-GB$$$$0");
    await start(root, { reload });
    expect(screen.getByRole("alert").textContent).toContain(OFFICE_JS_BLOCKED.text);
  });

  test("loaded, but Office slow to say it is ready: a bounded wait, then a message with Retry; the pane still starts when Office answers", async () => {
    const fake = inExcel(new FakeExcel());
    // office.js whose own further files are blocked: Office.onReady never resolves ("Initialize your Office
    // Add-in"; office-js #6040). Here it answers late, when the test says.
    let answer: (info: { host: string; platform: string }) => void = () => undefined;
    (globalThis as unknown as { Office: { onReady: () => Promise<unknown> } }).Office.onReady = () => new Promise((resolve) => (answer = resolve));
    const starting = start(root, { reload, readyWaitMs: 20 });
    const status = await screen.findByText(OFFICE_NOT_READY.text);
    expect(status.closest(".message-bar")?.classList.contains("warning")).toBe(true);
    expect(screen.getByText(/appsforoffice\.microsoft\.com/)).toBeTruthy();
    fireEvent.click(retryButton() as HTMLElement);
    expect(reloads).toBe(1);

    answer({ host: "Excel", platform: fake.platform });
    await starting;
    expect(await paneStarted()).toBeTruthy();
  });

  test("absent on a page Office did not open: the standalone page starts", async () => {
    window.history.replaceState(null, "", "/index.html");
    await start(root, { reload });
    expect(await paneStarted()).toBeTruthy();
    expect(screen.getByText(/in your browser: files stay on this computer/)).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
