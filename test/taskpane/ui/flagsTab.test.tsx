/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { analyseSheet } from "../../../src/model";
import type { FlagColumnsRequest, PaneSettings } from "../../../src/taskpane/hostApi";
import { FlagsTab } from "../../../src/taskpane/ui/flags/FlagsTab";
import { FakeHost, gridOf, NOTES, PLAN } from "./fakeHost";

/** The tab with the settings kept as App keeps them: saved through the host, then shown. */
function Harness({ host }: { host: FakeHost }) {
  const [settings, setSettings] = useState<PaneSettings>(host.settings);
  return (
    <FlagsTab
      host={host}
      settings={settings}
      onSettings={async (next) => {
        setSettings(next);
        await host.saveSettings(next);
      }}
    />
  );
}

function renderFlags(host = new FakeHost()) {
  render(<Harness host={host} />);
  return host;
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });

describe("Flags tab", () => {
  test("empty: shows the settings it was given, and no flags yet", () => {
    renderFlags();
    expect((screen.getByLabelText("As of") as HTMLInputElement).value).toBe("2010-07-01");
    expect(screen.getByText(/Flags are worked out as of 1 July 2010\./)).toBeTruthy();
    expect(screen.getByText(/Saved in this workbook/)).toBeTruthy();
    expect((screen.getByLabelText("Amber window (days)") as HTMLInputElement).value).toBe("14");
    const quarters = screen.getByLabelText("Quarters") as HTMLSelectElement;
    expect(quarters.value).toBe("calendar");
    expect([...quarters.options].map((o) => o.textContent)).toEqual(["calendar (Q1 = Jan–Mar)", "financial (Q1 = Apr–Jun)"]);
    expect(screen.getByText('A due date of "Q2 2010" means April–June 2010, in Check and Combine too.')).toBeTruthy();
    expect(screen.getByText(/No flags yet/)).toBeTruthy();
  });

  test("changing the as-of date and the amber window saves them through the host", async () => {
    const host = renderFlags();
    fireEvent.change(screen.getByLabelText("As of"), { target: { value: "2010-09-30" } });
    await waitFor(() => expect(host.callsOf("saveSettings")).toEqual([[{ asOf: "2010-09-30", amberDays: 14, quarters: "calendar" }]]));
    const amber = screen.getByLabelText("Amber window (days)");
    fireEvent.input(amber, { target: { value: "21" } });
    fireEvent.change(amber, { target: { value: "21" } });
    await waitFor(() => expect(host.settings).toEqual({ asOf: "2010-09-30", amberDays: 21, quarters: "calendar" }));
    fireEvent.click(button("Use today"));
    await waitFor(() => expect(host.settings.asOf).toBeNull());
    expect(screen.getByText(/\(today\)/)).toBeTruthy();
  });

  test("the quarter rule: Q2 2010 is overdue as of 1 July 2010 with calendar quarters, not with financial ones", async () => {
    const quarterly = gridOf("Quarterly", [
      ["Action", "Lead", "Due", "Status"],
      ["Publish the strategy", "Policy team", "Q2 2010", "In progress"],
      ["Hold the forum", "CSP manager", "Q3 2010", "Not started"],
    ]);
    const host = renderFlags(new FakeHost([quarterly]));
    const overdue = () => [...document.querySelectorAll(".figure")].find((f) => f.querySelector("dt")?.textContent === "Overdue")?.querySelector("dd")?.textContent;
    const flags = async () => {
      await waitFor(() => expect((button("Add flag columns") as HTMLButtonElement).disabled).toBe(false));
      fireEvent.click(button("Add flag columns"));
      await waitFor(() => expect(host.callsOf("addFlagColumns").length).toBeGreaterThan(0));
      const calls = host.callsOf("addFlagColumns");
      const request = calls[calls.length - 1][0] as FlagColumnsRequest;
      host.calls.length = 0;
      return request;
    };
    fireEvent.click(screen.getByLabelText(/^Values/));

    // Calendar (the default): Q2 2010 is April–June, a day overdue, red.
    fireEvent.click(button("Show completion only"));
    await waitFor(() => expect(overdue()).toBe("1"));
    let request = await flags();
    expect(request.settings.quarters).toBe("calendar");
    expect(request.rows.map((r) => [r.overdue, r.daysOverdue, r.rag])).toEqual([
      [true, 1, "red"],
      [false, 0, "green"],
    ]);

    // Financial: Q2 2010 is July–September, not yet due; saved through the host with the other settings.
    fireEvent.change(screen.getByLabelText("Quarters"), { target: { value: "financial" } });
    await waitFor(() => expect(host.settings).toEqual({ asOf: "2010-07-01", amberDays: 14, quarters: "financial" }));
    expect(screen.getByText('A due date of "Q2 2010" means July–September 2010, in Check and Combine too.')).toBeTruthy();
    await waitFor(() => expect((button("Show completion only") as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button("Show completion only"));
    await waitFor(() => expect(overdue()).toBe("0"));
    request = await flags();
    expect(request.settings.quarters).toBe("financial");
    expect(request.rows.map((r) => [r.overdue, r.daysOverdue, r.rag])).toEqual([
      [false, 0, "green"],
      [false, 0, "green"],
    ]);
  });

  test("an amber window that is not a whole number is not saved, and says what to enter", async () => {
    const host = renderFlags();
    const amber = screen.getByLabelText("Amber window (days)");
    fireEvent.input(amber, { target: { value: "-3" } });
    fireEvent.change(amber, { target: { value: "-3" } });
    expect(await screen.findByText("Enter a whole number of days from 0 to 3660.")).toBeTruthy();
    expect(amber.getAttribute("aria-invalid")).toBe("true");
    expect(host.callsOf("saveSettings")).toEqual([]);
  });

  test("Add flag columns asks the host for the columns beside the table, worked out by the model", async () => {
    const host = renderFlags();
    fireEvent.click(button("Add flag columns"));
    await screen.findByText(/Flags added for 4 actions as live PLAN formulas, in columns F–I of "Action Plan"\./);
    const [[request]] = host.callsOf("addFlagColumns") as [[FlagColumnsRequest]];
    const report = analyseSheet(PLAN, { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    expect(request).toEqual({
      sheet: "Action Plan",
      headerRow: 3,
      lastRow: 7,
      dueCol: 3,
      statusCol: 4,
      firstFlagCol: 5,
      rows: report.rows.map((r) => ({ row: r.row, complete: r.complete, overdue: r.overdue, daysOverdue: r.daysOverdue, rag: r.rag })),
      mode: "formulas",
      settings: { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" },
    });
    expect(request.rows.map((r) => r.rag)).toEqual(["blue", "red", "green", "green"]);
  });

  test("as values, on request", async () => {
    const host = renderFlags();
    fireEvent.click(screen.getByLabelText(/^Values/));
    fireEvent.click(button("Add flag columns"));
    await screen.findByText(/as values/);
    expect((host.callsOf("addFlagColumns")[0][0] as FlagColumnsRequest).mode).toBe("values");
  });

  test("results: the completion summary with its figures and a chart of the ratings", async () => {
    renderFlags();
    fireEvent.click(button("Show completion only"));
    const summary = await screen.findByRole("region", { name: "Action Plan" });
    const report = analyseSheet(PLAN, { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    expect(summary.textContent).toContain(`${Math.round((report.summary.completion ?? 0) * 100)}% complete as of 1 July 2010`);
    const figure = (label: string) => [...summary.querySelectorAll(".figure")].find((f) => f.querySelector("dt")?.textContent === label)?.querySelector("dd")?.textContent;
    expect(figure("Actions")).toBe("4");
    expect(figure("Complete")).toBe(String(report.summary.complete));
    expect(figure("Overdue")).toBe(String(report.summary.overdue));
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe("Actions by rating: 1 red, 0 amber, 2 green, 1 blue, 0 grey");
    expect(chart.querySelectorAll("rect")).toHaveLength(5);
  });

  test("loading: says what it is doing while the host writes", async () => {
    const host = new FakeHost();
    host.hold("addFlagColumns");
    renderFlags(host);
    fireEvent.click(button("Add flag columns"));
    expect(await screen.findByText("Adding flag columns…")).toBeTruthy();
    expect((button("Show completion only") as HTMLButtonElement).disabled).toBe(true);
    host.free("addFlagColumns");
    await screen.findByText(/Flags added/);
  });

  test("error: a sheet with no plan table says what to do", async () => {
    const host = renderFlags(new FakeHost([NOTES]));
    fireEvent.click(button("Add flag columns"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('No plan table was found on "Notes"');
    expect(alert.textContent).toContain("Go to the sheet that holds the plan");
    expect(host.callsOf("addFlagColumns")).toEqual([]);
  });

  test("error: a plan with no due-date column cannot be flagged", async () => {
    const grid = gridOf("Cohesion", [
      ["Outcome", "Actions", "Responsibility"],
      ["Cohesion", "Run a faith forum", "Policy team"],
    ]);
    renderFlags(new FakeHost([grid]));
    fireEvent.click(button("Add flag columns"));
    expect((await screen.findByRole("alert")).textContent).toContain("has no due-date column");
  });

  test("error: the host's failure to write is shown with what to do", async () => {
    const host = new FakeHost();
    host.failures.set("addFlagColumns", new Error("the sheet is protected"));
    renderFlags(host);
    fireEvent.click(button("Add flag columns"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("PlanCheck could not add the flag columns: the sheet is protected");
    expect(alert.textContent).toContain("Try again");
  });

  test("in the browser the message says where the flags are shown", async () => {
    renderFlags(new FakeHost([PLAN], "Action Plan", "browser"));
    expect(screen.getByText(/Saved in this browser/)).toBeTruthy();
    fireEvent.click(button("Add flag columns"));
    expect((await screen.findByText(/Flags added/)).textContent).toContain("beside the plan in the sheet view");
  });
});
