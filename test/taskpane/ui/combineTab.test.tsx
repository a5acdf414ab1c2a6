/** @jest-environment jsdom */
import "./textCodecs";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import type { CombinedView } from "../../../src/model";
import type { PickedFile } from "../../../src/taskpane/files/readPickedFile";
import { CombineTab } from "../../../src/taskpane/ui/combine/CombineTab";
import { FakeHost } from "./fakeHost";
import { pickedBytes, pickedFixture } from "./sampleFiles";

const SETTINGS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };
const SELBY = "Selby action plan 2010.xlsx";
const RYEDALE = "Ryedale action plan 2010.csv";

function renderCombine(host = new FakeHost(), files?: PickedFile[]) {
  render(<CombineTab host={host} settings={SETTINGS} version="test" initialFiles={files} />);
  return host;
}

const combineButton = () => screen.getByRole("button", { name: /^Combine (into this workbook|and download)/ });
const row = (file: string) => screen.getByRole("row", { name: new RegExp(`^${file.replace(/\./g, "\\.")}`) });

describe("Combine tab", () => {
  test("empty: nothing to combine yet, and the button says so", () => {
    renderCombine();
    expect(screen.getByText("No workbooks picked yet.")).toBeTruthy();
    expect((combineButton() as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByLabelText("District workbooks to combine").getAttribute("multiple")).not.toBeNull();
  });

  test("picked files (the picker or a drop) are listed, waiting; picking one again replaces it", () => {
    renderCombine();
    const input = screen.getByLabelText("District workbooks to combine");
    fireEvent.change(input, { target: { files: [new File(["a"], SELBY), new File(["b"], RYEDALE)] } });
    expect(within(row(SELBY)).getByText("Waiting")).toBeTruthy();
    fireEvent.drop(input.parentElement as HTMLElement, { dataTransfer: { files: [new File(["c"], SELBY)] } });
    expect(screen.getAllByRole("row")).toHaveLength(3); // header + 2 files
    expect(combineButton().textContent).toContain("(2)");
  });

  test("results: each file's rows read, combined, skipped and findings; the view goes to the host", async () => {
    const host = renderCombine(new FakeHost(), [pickedFixture(SELBY), pickedFixture(RYEDALE)]);
    fireEvent.click(combineButton());
    await waitFor(() => expect(host.callsOf("writeCombined")).toHaveLength(1));
    const view = host.callsOf("writeCombined")[0][0] as CombinedView;
    for (const account of view.files) {
      expect(within(row(account.file)).getByText("Combined")).toBeTruthy();
      const cells = within(row(account.file)).getAllByRole("cell").map((c) => c.textContent);
      expect(cells).toEqual([String(account.rowsRead), String(account.rowsCombined), String(account.rowsSkipped), String(view.findings.filter((f) => f.file === account.file).length)]);
    }
    expect(view.asOf).toBe("2010-07-01");
    expect(view.version).toBe("test");
    const message = await screen.findByText(/actions combined from 2 files/);
    expect(message.textContent).toBe(`${view.rows.length} actions combined from 2 files. Written to the Combined, Summary, Issues and About sheets.`);
    const districts = screen.getByRole("table", { name: "Districts" });
    expect(within(districts).getByRole("row", { name: /^Selby/ })).toBeTruthy();
  });

  test("running again combines again (the host replaces its earlier output)", async () => {
    const host = renderCombine(new FakeHost(), [pickedFixture(SELBY)]);
    fireEvent.click(combineButton());
    await waitFor(() => expect(host.callsOf("writeCombined")).toHaveLength(1));
    await waitFor(() => expect((combineButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(combineButton());
    await waitFor(() => expect(host.callsOf("writeCombined")).toHaveLength(2));
  });

  test("loading: says what it is doing until the host has written the result", async () => {
    const host = new FakeHost();
    host.hold("writeCombined");
    renderCombine(host, [pickedFixture(SELBY)]);
    fireEvent.click(combineButton());
    expect(await screen.findByText("Combining 1 workbook…")).toBeTruthy();
    expect((combineButton() as HTMLButtonElement).disabled).toBe(true);
    host.free("writeCombined");
    await screen.findByText(/actions combined from 1 file\./);
  });

  test("a file that cannot be read is not combined, says why, and the run warns", async () => {
    const host = renderCombine(new FakeHost(), [pickedFixture(SELBY), pickedBytes("Eden action plan 2010.xlsx", new TextEncoder().encode("not a workbook"))]);
    fireEvent.click(combineButton());
    await waitFor(() => expect(host.callsOf("writeCombined")).toHaveLength(1));
    const eden = row("Eden action plan 2010.xlsx");
    expect(within(eden).getByText("Not combined")).toBeTruthy();
    expect(eden.textContent).toMatch(/Eden action plan 2010\.xlsx .*(open|save|Excel)/);
    const status = await screen.findByText(/1 file could not be combined/);
    expect(status.closest(".message-bar")?.classList.contains("warning")).toBe(true);
  });

  test("error: nothing combinable is an error with what to do, and nothing is written", async () => {
    const host = renderCombine(new FakeHost(), [pickedBytes("notes.csv", new TextEncoder().encode("Just a note\n"))]);
    fireEvent.click(combineButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No plan table was found in any of the workbooks");
    expect(host.callsOf("writeCombined")).toEqual([]);
  });

  test("error: the host's failure to write is shown with what to do", async () => {
    const host = new FakeHost();
    host.failures.set("writeCombined", new Error("the workbook is read-only"));
    renderCombine(host, [pickedFixture(SELBY)]);
    fireEvent.click(combineButton());
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("PlanCheck could not combine the workbooks: the workbook is read-only");
    expect(alert.textContent).toContain("Try again");
  });

  test("Clear list empties it", async () => {
    renderCombine(new FakeHost(), [pickedFixture(SELBY)]);
    fireEvent.click(screen.getByRole("button", { name: "Clear list" }));
    expect(screen.getByText("No workbooks picked yet.")).toBeTruthy();
  });

  test("in the browser the button downloads", () => {
    renderCombine(new FakeHost([], null, "browser"), [pickedFixture(SELBY)]);
    expect(combineButton().textContent).toBe("Combine and download (1)");
  });
});
