/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { App } from "../../../src/taskpane/ui/App";
import { FakeHost } from "./fakeHost";

describe("the pane", () => {
  test("three tabs in an ARIA tab list; one tab stop, arrow keys, Home and End move and select", async () => {
    render(<App host={new FakeHost()} version="test" />);
    const tabs = await screen.findAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["Check", "Flags", "Combine"]);
    expect(screen.getByRole("tablist", { name: "PlanCheck" })).toBeTruthy();
    const [check, flags, combine] = tabs;
    const selected = () => tabs.filter((t) => t.getAttribute("aria-selected") === "true").map((t) => t.textContent);
    expect(selected()).toEqual(["Check"]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(check.getAttribute("aria-controls")).toBe("panel-check");
    expect(screen.getByRole("tabpanel", { name: "Check" })).toBeTruthy();

    check.focus();
    fireEvent.keyDown(check, { key: "ArrowRight" });
    expect(selected()).toEqual(["Flags"]);
    expect(document.activeElement).toBe(flags);
    expect(screen.getByRole("tabpanel", { name: "Flags" })).toBeTruthy();
    fireEvent.keyDown(flags, { key: "End" });
    expect(selected()).toEqual(["Combine"]);
    expect(document.activeElement).toBe(combine);
    fireEvent.keyDown(combine, { key: "ArrowRight" });
    expect(selected()).toEqual(["Check"]);
    fireEvent.keyDown(check, { key: "ArrowLeft" });
    expect(selected()).toEqual(["Combine"]);
    fireEvent.keyDown(combine, { key: "Home" });
    expect(selected()).toEqual(["Check"]);
    fireEvent.click(flags);
    expect(selected()).toEqual(["Flags"]);
  });

  test("every control in every tab has a name (labelled for screen readers)", async () => {
    render(<App host={new FakeHost()} version="test" />);
    await screen.findByRole("tabpanel", { name: "Check" });
    for (const tab of ["Check", "Flags", "Combine"]) {
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      const panel = screen.getByRole("tabpanel", { name: tab });
      for (const control of panel.querySelectorAll("button, input, select")) {
        const id = control.getAttribute("id");
        const named = control.getAttribute("aria-label") || (id && document.querySelector(`label[for="${id}"]`)) || control.closest("label") || control.textContent?.trim();
        expect([tab, control.outerHTML.slice(0, 80), Boolean(named)]).toEqual([tab, control.outerHTML.slice(0, 80), true]);
      }
    }
  });

  test("the settings are loaded from the host once and shared by the tabs", async () => {
    const host = new FakeHost();
    host.settings = { asOf: "2010-03-31", amberDays: 7, quarters: "financial" };
    render(<App host={host} version="test" />);
    fireEvent.click(await screen.findByRole("tab", { name: "Flags" }));
    expect((screen.getByLabelText("As of") as HTMLInputElement).value).toBe("2010-03-31");
    expect((screen.getByLabelText("Amber window (days)") as HTMLInputElement).value).toBe("7");
    expect((screen.getByLabelText("Quarters") as HTMLSelectElement).value).toBe("financial");
    expect(host.callsOf("loadSettings")).toHaveLength(1);
  });

  test("settings that cannot be loaded fall back to today and 14 days, with a warning that says so", async () => {
    const host = new FakeHost();
    host.failures.set("loadSettings", new Error("the workbook's settings are damaged"));
    render(<App host={host} version="test" />);
    const status = await screen.findByText(/could not load the flag settings/);
    expect(status.closest(".message-bar")?.classList.contains("warning")).toBe(true);
    fireEvent.click(screen.getByRole("tab", { name: "Flags" }));
    await waitFor(() => expect((screen.getByLabelText("Amber window (days)") as HTMLInputElement).value).toBe("14"));
    expect(screen.getByText(/\(today\)/)).toBeTruthy();
  });

  test("says where it runs", async () => {
    render(<App host={new FakeHost([], null, "browser")} version="test" />);
    expect(await screen.findByText(/in your browser: files stay on this computer/)).toBeTruthy();
  });
});
