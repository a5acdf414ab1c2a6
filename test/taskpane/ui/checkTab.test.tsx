/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { analyseSheet } from "../../../src/model";
import { CheckTab } from "../../../src/taskpane/ui/check/CheckTab";
import { FakeHost, gridOf, PLAN } from "./fakeHost";

const SETTINGS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };

function renderCheck(host = new FakeHost()) {
  render(<CheckTab host={host} settings={SETTINGS} />);
  return host;
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });

describe("Check tab", () => {
  test("empty: says how to start, and there is nothing to highlight yet", () => {
    renderCheck();
    expect(screen.getByText(/No check yet/)).toBeTruthy();
    expect((screen.getByRole("switch", { name: "Highlight problem cells" }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText("Template") as HTMLSelectElement).value).toBe("auto");
  });

  test("loading: says what it is doing and holds the buttons until the host answers", async () => {
    const host = new FakeHost();
    host.hold("readSheet");
    renderCheck(host);
    fireEvent.click(button("Check this sheet"));
    expect(await screen.findByText("Checking this sheet…")).toBeTruthy();
    expect((button("Check all sheets") as HTMLButtonElement).disabled).toBe(true);
    host.free("readSheet");
    await screen.findByText(/1 sheet checked/);
    expect((button("Check all sheets") as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByText("Checking this sheet…")).toBeNull();
  });

  test("results: this sheet, with the detected template and why, counts by severity and each finding", async () => {
    const host = renderCheck();
    fireEvent.click(button("Check this sheet"));
    const section = await screen.findByRole("region", { name: "Action Plan" });
    expect(host.callsOf("readSheet")).toEqual([["Action Plan"]]);
    const expected = analyseSheet(PLAN, { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    const match = expected.template;
    if (!match) throw new Error("the plan should match a template");
    const line = within(section).getByText(/Template/).textContent ?? "";
    expect(line).toContain(match.title);
    expect(line).toContain("(detected)");
    expect(line).toContain(`${match.matchedColumns} of ${match.columns} headings recognised`);
    expect(line).toContain(`match ${Math.round(match.score * 100)}%`);
    const errors = expected.findings.filter((f) => f.severity === "error").length;
    expect(within(section).getByText(new RegExp(`^${errors} errors?$`))).toBeTruthy();
    for (const f of expected.findings) expect(within(section).getByText(f.message)).toBeTruthy();
    expect(within(section).getByText("C6")).toBeTruthy(); // the sheet's own cell address
  });

  test("clicking a finding selects its cell in the host", async () => {
    const host = renderCheck();
    fireEvent.click(button("Check this sheet"));
    fireEvent.click(await screen.findByRole("button", { name: /C6.*Row 6 has no Lead/ }));
    await waitFor(() => expect(host.callsOf("selectCell")).toEqual([["Action Plan", "C6"]]));
  });

  test("all sheets, grouped by sheet; a sheet without a plan says so", async () => {
    const host = renderCheck();
    fireEvent.click(button("Check all sheets"));
    await screen.findByText(/2 sheets checked/);
    expect(host.callsOf("readSheet")).toEqual([["Action Plan"], ["Notes"]]);
    const notes = screen.getByRole("region", { name: "Notes" });
    expect(within(notes).getByText("No plan table found on this sheet.")).toBeTruthy();
  });

  test("a chosen template is used and said to be chosen", async () => {
    renderCheck();
    await screen.findByRole("option", { name: "Generic council action plan" }); // listed once the analysis engine has loaded
    fireEvent.change(screen.getByLabelText("Template"), { target: { value: "generic" } });
    fireEvent.click(button("Check this sheet"));
    const section = await screen.findByRole("region", { name: "Action Plan" });
    expect(within(section).getByText(/Template/).textContent).toContain("(chosen)");
  });

  test("highlighting marks every finding's cell, and switching it off removes exactly those marks", async () => {
    const host = renderCheck();
    fireEvent.click(button("Check this sheet"));
    await screen.findByRole("region", { name: "Action Plan" });
    fireEvent.click(screen.getByRole("switch", { name: "Highlight problem cells" }));
    await waitFor(() => expect(host.callsOf("markCells")).toHaveLength(1));
    const marks = host.callsOf("markCells")[0][0] as { sheet: string; cell: string; severity: string }[];
    expect(marks).toContainEqual({ sheet: "Action Plan", cell: "C6", severity: "error" });
    expect(marks.every((m) => m.sheet === "Action Plan")).toBe(true);
    fireEvent.click(screen.getByRole("switch", { name: "Highlight problem cells" }));
    await waitFor(() => expect(host.callsOf("clearMarks")).toHaveLength(1));
    expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(false);
  });

  test("checking again with highlighting on replaces the marks", async () => {
    const host = renderCheck();
    fireEvent.click(button("Check this sheet"));
    await screen.findByRole("region", { name: "Action Plan" });
    fireEvent.click(screen.getByRole("switch"));
    await waitFor(() => expect(host.callsOf("markCells")).toHaveLength(1));
    fireEvent.click(button("Check this sheet"));
    await waitFor(() => expect(host.callsOf("markCells")).toHaveLength(2));
    expect(host.calls.map((c) => c.method).slice(-2)).toEqual(["clearMarks", "markCells"]);
  });

  test("error: a host failure is shown with what to do, and the pane keeps working", async () => {
    const host = new FakeHost();
    host.failures.set("readSheet", new Error("the workbook is busy (a cell is being edited)"));
    renderCheck(host);
    fireEvent.click(button("Check this sheet"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("PlanCheck could not check the plan: the workbook is busy (a cell is being edited)");
    expect(alert.textContent).toContain("Try again");
    host.failures.delete("readSheet");
    fireEvent.click(button("Check this sheet"));
    await screen.findByRole("region", { name: "Action Plan" });
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("error: no sheet to check, in the browser, says to open a workbook", async () => {
    renderCheck(new FakeHost([], null, "browser"));
    fireEvent.click(button("Check all sheets"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("There is no sheet to check.");
    expect(alert.textContent).toContain("Open workbooks…");
  });

  test("a sheet with many findings shows the first hundred, then all on request", async () => {
    // Each row: a deadline and a status that cannot be read (two findings). (These rows, with "Complete" as the
    // status, were once each misread as a header row naming an action and a status: issue 12, pattern 0.)
    const rows = [["Action", "Lead officer", "Deadline", "Status"], ...Array.from({ length: 150 }, (_, i) => [`Task ${i}`, "Head of Policy", "when funding allows", "Noted"])];
    const big = gridOf("Big", rows);
    const findings = analyseSheet(big, SETTINGS).findings.length;
    expect(findings).toBeGreaterThan(150);
    renderCheck(new FakeHost([big]));
    fireEvent.click(button("Check this sheet"));
    const section = await screen.findByRole("region", { name: "Big" });
    expect(within(section).getAllByRole("listitem")).toHaveLength(100);
    fireEvent.click(within(section).getByRole("button", { name: `Show all ${findings} findings` }));
    expect(within(section).getAllByRole("listitem")).toHaveLength(findings);
  });
});

