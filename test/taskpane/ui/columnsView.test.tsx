/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { analyseSheet, parseTemplate, ROLES, type SheetReport, type Template } from "../../../src/model";
import { loadTemplate } from "../../../src/cli/options";
import { App } from "../../../src/taskpane/ui/App";
import { CheckTab } from "../../../src/taskpane/ui/check/CheckTab";
import { ColumnsView } from "../../../src/taskpane/ui/columns/ColumnsView";
import { FakeHost, gridOf, NOTES, PLAN } from "./fakeHost";

/** What a Columns view rendered on its own is given besides its report: nothing a test here uses. */
const VIEW_ACTIONS = { host: new FakeHost(), run: async <T,>(_d: string, _l: string, work: () => Promise<T>) => work(), say: () => undefined, onSaved: () => undefined };

const SETTINGS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };
const OPTIONS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };

/** A plan whose headings no built-in template knows. */
const UNREAD = gridOf("Nobody's plan", [
  ["Our plan"],
  [],
  ["Thing to get done", "Who", "When by", "Where we are"],
  ["Set up the forum", "Clerk", "31/03/2010", "done"],
  ["Hold the first meeting", "Chair", "30/04/2010", "not yet"],
]);

/** A second plan, laid out otherwise: a mapping made for PLAN must not reach it. */
const OTHER = gridOf("Other plan", [
  ["Ref", "Task", "Responsible", "Due date", "Progress"],
  ["1.1", "Set up the forum", "Clerk", "31/03/2010", "Complete"],
  ["1.2", "Hold the first meeting", null, "30/04/2010", "Not started"],
]);

function renderCheck(host = new FakeHost()) {
  render(<CheckTab host={host} settings={SETTINGS} />);
  return host;
}

const button = (name: string | RegExp, within_: HTMLElement = document.body) => within(within_).getByRole("button", { name });

/** Checks `which` and opens the named sheet's Columns view; returns the sheet's region. */
async function openColumns(sheet: string, which: "this" | "all" = "this"): Promise<HTMLElement> {
  fireEvent.click(button(which === "all" ? "Check all sheets" : "Check this sheet"));
  const region = await screen.findByRole("region", { name: sheet });
  fireEvent.click(within(region).getByRole("button", { name: /Columns/ }));
  await within(region).findByRole("list");
  return region;
}

const roleOf = (region: HTMLElement, heading: string) => (within(region).getByLabelText(new RegExp(`^${heading}`)) as HTMLSelectElement).value;
const templateLine = (region: HTMLElement) => region.querySelector(".template-line")?.textContent ?? "";

describe("the Columns view", () => {
  test("closed until asked for, then each column with its heading, cell and role; the view loads on first use", async () => {
    renderCheck();
    fireEvent.click(button("Check this sheet"));
    const region = await screen.findByRole("region", { name: "Action Plan" });
    const toggle = within(region).getByRole("button", { name: /Columns \(5\)/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(within(region).queryByRole("combobox")).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(within(region).getByText("Loading the columns…")).toBeTruthy();
    await within(region).findByRole("list");
    const expected = analyseSheet(PLAN, OPTIONS).tables[0].columns;
    const items = within(region).getAllByRole("listitem").filter((li) => li.classList.contains("column-item"));
    expect(items.map((li) => li.querySelector(".column-heading")?.textContent)).toEqual(expected.map((c) => c.label));
    expect(items.map((li) => li.querySelector(".finding-cell")?.textContent)).toEqual(["A3", "B3", "C3", "D3", "E3"]);
    // Each drop-down is named by its column's heading and cell, and shows the role PlanCheck gave it.
    for (const c of expected) expect(roleOf(region, c.label)).toBe(c.role ?? "ignore");
    expect(roleOf(region, "Lead officer")).toBe("owner");
  });

  test("the drop-down offers every role once: the common ones, Ignore, and the rest under More", () => {
    const report = analyseSheet(PLAN, OPTIONS);
    render(<ColumnsView report={report} idBase="t" mapping={null} onMap={() => undefined} {...VIEW_ACTIONS} />);
    const select = screen.getByLabelText(/^Action/) as HTMLSelectElement;
    const values = [...select.options].map((o) => o.value);
    expect(values.slice(0, 9)).toEqual(["action", "owner", "due", "status", "section", "notes", "ref", "start", "ignore"]);
    expect([...values].sort()).toEqual([...ROLES, "ignore"].sort());
    const more = select.querySelector("optgroup");
    expect(more?.getAttribute("label")).toBe("More");
    expect([...(more?.querySelectorAll("option") ?? [])].map((o) => o.value).sort()).toEqual(["completed", "objective", "progress", "resources", "risk", "success"]);
  });

  test("why a column has its role is shown under it, and read with its drop-down, when the model says", () => {
    const report = analyseSheet(PLAN, OPTIONS);
    const why = 'heading "Deadline" names the due date';
    // Only D3 says why here: the others' reasons are taken away, as in a report from an older PlanCheck.
    const withWhy: SheetReport = {
      ...report,
      tables: [{ ...report.tables[0], columns: report.tables[0].columns.map((c) => (c.cell === "D3" ? { ...c, why } : { label: c.label, cell: c.cell, role: c.role })) }],
    };
    render(<ColumnsView report={withWhy} idBase="t" mapping={null} onMap={() => undefined} {...VIEW_ACTIONS} />);
    const select = screen.getByLabelText(/^Deadline/);
    const described = document.getElementById(select.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe(why);
    expect(screen.getByLabelText(/^Action/).getAttribute("aria-describedby")).toBeNull();
  });

  test("a sheet without a plan table: the officer names the header row, maps its headings, and the sheet is read with them", async () => {
    const host = renderCheck(new FakeHost([NOTES, UNREAD]));
    fireEvent.click(button("Check all sheets"));
    const notes = await screen.findByRole("region", { name: "Notes" });
    const region = screen.getByRole("region", { name: "Nobody's plan" });
    expect(templateLine(region)).toContain("No plan table found");
    fireEvent.click(within(region).getByRole("button", { name: "Columns" }));
    const row = (await within(region).findByLabelText("Header row")) as HTMLInputElement;
    // The no-plan finding names the likeliest header row, and the form offers it first.
    expect(row.value).toBe("3");
    // A row that is not a number, then an empty row, are said to be wrong.
    fireEvent.input(row, { target: { value: "0" } });
    fireEvent.click(button("Show its columns", region));
    expect(within(region).getByRole("alert").textContent).toMatch(/Give the row's number/);
    fireEvent.input(row, { target: { value: "2" } });
    fireEvent.click(button("Show its columns", region));
    await waitFor(() => expect(within(region).getByRole("alert").textContent).toBe("Row 2 is empty. Give the row that holds the column headings."));
    fireEvent.input(row, { target: { value: "3" } });
    fireEvent.click(button("Show its columns", region));
    await waitFor(() => expect(region.querySelector("ul.column-list")).not.toBeNull());
    const list = region.querySelector("ul.column-list") as HTMLElement;
    expect(document.activeElement).toBe(within(region).getAllByRole("combobox")[0]);
    expect(within(region).getAllByRole("combobox").map((s) => [s.id.replace(/.*-col-/, ""), (s as HTMLSelectElement).value])).toEqual([
      ["0", "ignore"],
      ["1", "ignore"],
      ["2", "ignore"],
      ["3", "ignore"],
    ]);
    expect(within(list).getAllByText(/^[A-D]3$/).map((e) => e.textContent)).toEqual(["A3", "B3", "C3", "D3"]);
    fireEvent.change(within(region).getByLabelText(/^Thing to get done/), { target: { value: "action" } });
    fireEvent.change(within(region).getByLabelText(/^Who/), { target: { value: "owner" } });
    fireEvent.change(within(region).getByLabelText(/^When by/), { target: { value: "due" } });
    await waitFor(() => expect(templateLine(region)).toContain('Your columns for "Nobody\'s plan" (chosen)'));
    expect(templateLine(region)).toContain("Header row 3");
    expect(templateLine(region)).toContain("2 actions");
    expect(host.callsOf("readSheet").filter(([n]) => n === "Notes")).toHaveLength(1);
    expect(templateLine(notes)).toContain("No plan table found");
  });

  test("a change applies at once: that sheet alone is read again with the mapping, and its results change", async () => {
    const host = renderCheck(new FakeHost([PLAN, OTHER]));
    const region = await openColumns("Action Plan");
    expect(within(region).getByText(/Row 6 has no Lead/)).toBeTruthy();
    const reads = host.callsOf("readSheet").length;
    fireEvent.change(within(region).getByLabelText(/^Lead officer/), { target: { value: "ignore" } });
    await waitFor(() => expect(templateLine(region)).toContain('Your columns for "Action Plan"'));
    expect(host.callsOf("readSheet").slice(reads)).toEqual([["Action Plan"]]);
    expect(templateLine(region)).toContain("(chosen): 4 of 5 headings recognised");
    // The lead column is now an extra, and said to be; the drop-down keeps the choice.
    expect(within(region).getByText(/^Column "Lead officer" is not part of template .*; its values are kept as an extra column/)).toBeTruthy();
    expect(roleOf(region, "Lead officer")).toBe("ignore");
    expect(within(region).getByRole("button", { name: /Columns \(5\) · your mapping/ })).toBeTruthy();
  });

  test("mapping one column keeps the reading template's checks on the others: a missing lead is still found", async () => {
    renderCheck(new FakeHost([PLAN, OTHER]));
    const region = await openColumns("Action Plan");
    expect(within(region).getByText(/Row 6 has no Lead/)).toBeTruthy();
    fireEvent.change(within(region).getByLabelText(/^Status/), { target: { value: "notes" } });
    await waitFor(() => expect(templateLine(region)).toContain('Your columns for "Action Plan"'));
    expect(within(region).getByText(/Row 6 has no Lead/)).toBeTruthy();
  });

  test("a mapping is for its own sheet: checking all sheets reads the other with its detected template", async () => {
    const host = renderCheck(new FakeHost([PLAN, OTHER]));
    const region = await openColumns("Action Plan", "all");
    fireEvent.change(within(region).getByLabelText(/^Status/), { target: { value: "notes" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    fireEvent.click(button("Check all sheets"));
    await waitFor(() => expect(host.callsOf("readSheet").slice(-2)).toEqual([["Action Plan"], ["Other plan"]]));
    await screen.findByText(/2 sheets checked/);
    const plan = screen.getByRole("region", { name: "Action Plan" });
    const other = screen.getByRole("region", { name: "Other plan" });
    expect(templateLine(plan)).toContain('Your columns for "Action Plan" (chosen)');
    expect(templateLine(other)).toContain("(detected)");
    expect(templateLine(other)).not.toContain("Your columns");
    const otherRows = analyseSheet(OTHER, OPTIONS).rows.length;
    expect(templateLine(other)).toContain(`${otherRows} actions`);
  });

  test("choices are kept as chosen: passing through a role another column has takes nothing from it", async () => {
    renderCheck();
    const region = await openColumns("Action Plan");
    const status = within(region).getByLabelText(/^Status/);
    fireEvent.change(status, { target: { value: "owner" } }); // as the arrow keys pass "Owner (lead)"
    expect(within(region).getByText(/C3 and E3 are all marked Owner \(lead\): only one column is read as that/)).toBeTruthy();
    fireEvent.change(status, { target: { value: "status" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    expect(roleOf(region, "Lead officer")).toBe("owner");
    expect(roleOf(region, "Status")).toBe("status");
    expect(within(region).queryByText(/are all marked/)).toBeNull();
    expect(templateLine(region)).toContain("5 of 5 headings recognised");
  });

  test("the last change wins when an earlier re-check answers later", async () => {
    const host = new FakeHost();
    renderCheck(host);
    const region = await openColumns("Action Plan");
    // The first re-check's read answers after the second's, as a large sheet read can.
    const read = host.readSheet;
    let slow = true;
    host.readSheet = async (name: string) => {
      const wait = slow ? 80 : 0;
      slow = false;
      const grid = await read(name);
      await new Promise((resolve) => setTimeout(resolve, wait));
      return grid;
    };
    fireEvent.change(within(region).getByLabelText(/^Lead officer/), { target: { value: "ignore" } });
    fireEvent.change(within(region).getByLabelText(/^Lead officer/), { target: { value: "owner" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    await new Promise((resolve) => setTimeout(resolve, 150)); // the first, slower re-check has answered too
    expect(templateLine(region)).toContain("5 of 5 headings recognised");
    expect(roleOf(region, "Lead officer")).toBe("owner");
  });

  test("without an action column nothing is applied, and the view says why", async () => {
    const host = renderCheck();
    const region = await openColumns("Action Plan");
    const reads = host.callsOf("readSheet").length;
    fireEvent.change(within(region).getByLabelText(/^Action/), { target: { value: "ignore" } });
    expect(within(region).getByRole("alert").textContent).toMatch(/Not applied yet: .*"action".*Mark the column that says what each row is as Action/);
    expect(host.callsOf("readSheet").length).toBe(reads);
    expect(templateLine(region)).toContain("(detected)");
    fireEvent.change(within(region).getByLabelText(/^Action/), { target: { value: "action" } });
    expect(within(region).queryByRole("alert")).toBeNull();
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
  });

  test("Use PlanCheck's roles gives the sheet back to detection", async () => {
    renderCheck();
    const region = await openColumns("Action Plan");
    fireEvent.change(within(region).getByLabelText(/^Lead officer/), { target: { value: "ignore" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    fireEvent.click(button("Use PlanCheck's roles", region));
    await waitFor(() => expect(templateLine(region)).toContain("(detected)"));
    expect(roleOf(region, "Lead officer")).toBe("owner");
    expect(within(region).queryByRole("button", { name: "Use PlanCheck's roles" })).toBeNull();
  });

  test("Save as template… keeps the mapping under a name; it joins the Template list and reads the sheet the same way", async () => {
    const host = renderCheck(new FakeHost([PLAN, OTHER]));
    const region = await openColumns("Action Plan");
    fireEvent.change(within(region).getByLabelText(/^Lead officer/), { target: { value: "ignore" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    fireEvent.click(button("Save as template…", region));
    const name = within(region).getByLabelText("Template name") as HTMLInputElement;
    expect(name.value).toBe("Action Plan");
    fireEvent.input(name, { target: { value: "  " } });
    fireEvent.click(button("Save", region));
    expect(within(region).getByText(/Give the template a name/)).toBeTruthy();
    expect(host.callsOf("saveTemplate")).toEqual([]);
    fireEvent.input(within(region).getByLabelText("Template name"), { target: { value: "Craven plan 2010" } });
    fireEvent.click(button("Save", region));
    await screen.findByText('Template "Craven plan 2010" saved in this workbook.');
    expect(document.activeElement).toBe(button("Save as template…", region));
    const [[saved]] = host.callsOf("saveTemplate") as [[Template]];
    expect(saved.name).toBe("craven-plan-2010");
    expect(saved.fields.map((f) => [f.role, f.title])).toEqual([
      ["section", "Priority workstream"],
      ["action", "Action"],
      ["due", "Deadline"],
      ["status", "Status"],
    ]);
    // In the picker, in its own group; picked, it reads every sheet it is given.
    const picker = screen.getByLabelText("Template") as HTMLSelectElement;
    const group = picker.querySelector('optgroup[label="Saved in this workbook"]');
    expect([...(group?.querySelectorAll("option") ?? [])].map((o) => o.textContent)).toEqual(["Craven plan 2010"]);
    fireEvent.click(button("Use PlanCheck's roles", region));
    await waitFor(() => expect(templateLine(region)).toContain("(detected)"));
    fireEvent.change(picker, { target: { value: "saved:craven-plan-2010" } });
    fireEvent.click(button("Check this sheet"));
    await waitFor(() => expect(templateLine(screen.getByRole("region", { name: "Action Plan" }))).toContain("Craven plan 2010 (chosen): 4 of 5 headings recognised"));
  });

  test("templates saved earlier are in the picker from the start; the browser's group says where they are", async () => {
    const host = new FakeHost([PLAN], "Action Plan", "browser");
    host.storedTemplates = JSON.stringify([{ name: "mine", title: "My plan layout", fields: [{ role: "action", title: "Action" }] }, { name: "broken" }]);
    renderCheck(host);
    const picker = (await screen.findByLabelText("Template")) as HTMLSelectElement;
    await waitFor(() => expect(picker.querySelector('optgroup[label="Saved in this browser"]')?.textContent).toBe("My plan layout"));
  });

  test("Export template hands over the JSON the CLI's --template takes, and shows it to copy", async () => {
    const host = renderCheck();
    const region = await openColumns("Action Plan");
    fireEvent.change(within(region).getByLabelText(/^Status/), { target: { value: "ignore" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    fireEvent.click(button("Export template", region));
    await screen.findByText(/downloaded as "your-columns-for-action-plan.json"/);
    const [file] = host.exported;
    expect(file.name).toBe("your-columns-for-action-plan.json");
    expect((within(region).getByLabelText("The template file") as HTMLTextAreaElement).value).toBe(file.text);
    // The CLI's --template reading (JSON, then parseTemplate) takes it, and reads the sheet as the mapping did.
    const viaCli = loadTemplate(file.name, (path) => (path === file.name ? file.text : ""));
    expect(parseTemplate(JSON.parse(file.text))).toEqual({ ok: true, template: viaCli });
    const viaFile = analyseSheet(PLAN, { ...OPTIONS, template: viaCli });
    expect(viaFile.tables[0].columns.map((c) => [c.cell, c.role])).toEqual([
      ["A3", "section"],
      ["B3", "action"],
      ["C3", "owner"],
      ["D3", "due"],
      ["E3", null],
    ]);
    // …and gives what the pane showed for the sheet read with the mapping.
    expect(templateLine(region)).toContain(`Header row ${viaFile.headerRow}, ${viaFile.rows.length} actions.`);
    expect(within(region).getAllByRole("listitem").filter((li) => !li.classList.contains("column-item"))).toHaveLength(viaFile.findings.length);
  });

  test("District return workbook hands the host the template these columns make", async () => {
    const host = renderCheck();
    const region = await openColumns("Action Plan");
    fireEvent.change(within(region).getByLabelText(/^Status/), { target: { value: "ignore" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    fireEvent.click(button("District return workbook", region));
    await screen.findByText(/District return workbook opened as a new workbook/);
    expect(host.returns.map((t) => t.fields.map((f) => [f.title, f.role]))).toEqual([
      [
        ["Priority workstream", "section"],
        ["Action", "action"],
        ["Lead officer", "owner"],
        ["Deadline", "due"],
      ],
    ]);
  });

  test("a failed save is said, with what to do, and the pane keeps working", async () => {
    const host = new FakeHost();
    host.failures.set("saveTemplate", new Error("Saving the template did not work. Excel said: busy."));
    renderCheck(host);
    const region = await openColumns("Action Plan");
    fireEvent.click(button("Save as template…", region));
    fireEvent.click(button("Save", region));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('PlanCheck could not save the template "Action Plan": Saving the template did not work.');
    expect(screen.getByLabelText("Template")).toBeTruthy();
  });

  test("the Flags tab reads a mapped sheet with its mapping too", async () => {
    render(<App host={new FakeHost()} version="test" />);
    await screen.findByRole("tabpanel", { name: "Check" });
    const region = await openColumns("Action Plan");
    fireEvent.change(within(region).getByLabelText(/^Status/), { target: { value: "ignore" } });
    await waitFor(() => expect(templateLine(region)).toContain("(chosen)"));
    fireEvent.click(screen.getByRole("tab", { name: "Flags" }));
    fireEvent.click(button("Show completion only"));
    // With no status column, completion cannot be assessed (read with the detected template, it can).
    const flags = screen.getByRole("tabpanel", { name: "Flags" });
    await waitFor(() => expect(flags.querySelector(".big-number")?.textContent).toBe("not assessable"));
    expect(analyseSheet(PLAN, OPTIONS).summary.completion).not.toBeNull();
  });
});
