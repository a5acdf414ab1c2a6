/**
 * @jest-environment node
 *
 * Settings kept in the workbook: named cells on a hidden, labelled PlanCheck sheet — the three the officer
 * sets, and PlanCheckDay, the day the flags are worked out for, as PlanCheck's formula over the as-of cell.
 */
import { isoToSerial } from "../../../src/model/excelDate";
import { parseAddress, rectAddress } from "../fakeExcel";
import { withFakeExcel } from "./helpers";

/** The named cells, where a new settings sheet has them. */
const NAMES = [
  ["PlanCheckAsOf", "PlanCheck", "B2"],
  ["PlanCheckAmberDays", "PlanCheck", "B3"],
  ["PlanCheckQuarters", "PlanCheck", "B4"],
  ["PlanCheckDay", "PlanCheck", "B5"],
];

describe("settings", () => {
  const setup = withFakeExcel();

  test("a workbook without them gives the defaults: today, 14 days, calendar quarters", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    expect(await host.loadSettings()).toEqual({ asOf: null, amberDays: 14, quarters: "calendar" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  test("round trip: saved in named cells on a hidden PlanCheck sheet, read back", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    const sheet = fake.sheet("PlanCheck");
    expect(sheet.visibility).toBe("Hidden");
    expect(sheet.customProperties.get("PlanCheck")).toBe("settings");
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name, rectAddress(n.rect)])).toEqual(NAMES);
    expect(fake.raw("PlanCheck", "B2")).toBe(isoToSerial("2010-07-01", 1900));
    expect(fake.raw("PlanCheck", "B5")).toEqual({ formula: "PlanCheckAsOf" });
    expect(fake.raw("PlanCheck", "A5")).toBe("Flags worked out for");
    expect(fake.raw("PlanCheck", "A7")).toMatch(/^Change these/);
    expect(fake.raw("PlanCheck", "A2")).toBe("As of");
    expect(fake.raw("PlanCheck", "C2")).toMatch(/Leave blank for today/);
    expect(fake.raw("PlanCheck", "B4")).toBe("financial");
    expect(fake.raw("PlanCheck", "A4")).toBe("Quarters");
    expect(fake.raw("PlanCheck", "C4")).toMatch(/calendar \(Q1 = Jan–Mar\) or financial \(Q1 = Apr–Jun\)/);

    // Saved again: the same cells, no second sheet; blank as-of means today.
    await host.saveSettings({ asOf: null, amberDays: 7, quarters: "calendar" });
    expect(await host.loadSettings()).toEqual({ asOf: null, amberDays: 7, quarters: "calendar" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "PlanCheck"]);
    expect(fake.raw("PlanCheck", "B2")).toBeUndefined();
    // Saving switched the day to today's, written as a formula into a date-formatted cell.
    expect(fake.raw("PlanCheck", "B5")).toEqual({ formula: "IF(ISBLANK(PlanCheckAsOf),TODAY(),PlanCheckAsOf)" });
    expect(fake.sheet("PlanCheck").format(4, 1).numberFormat).toBe("dd/mm/yyyy");
    expect(fake.log.filter((e) => e.sheet === "PlanCheck" && e.rect && rectAddress(e.rect) === "B5").map((e) => e.kind).slice(-2)).toEqual(["numberFormat", "formulas"]);
  });

  test("an officer's own sheet called PlanCheck is left alone", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("PlanCheck").setRaw(0, 0, "mine");
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    expect(fake.raw("PlanCheck", "A1")).toBe("mine");
    expect(fake.sheet("PlanCheck (PlanCheck)").customProperties.get("PlanCheck")).toBe("settings");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["PlanCheck", "PlanCheck (PlanCheck)"]);
  });

  test("the settings sheet is not offered for checking", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.saveSettings({ asOf: null, amberDays: 14, quarters: "calendar" });
    expect(await host.sheetNames()).toEqual(["Plan"]);
  });

  test("cells edited by hand are read as well as they can be; nonsense falls back to the defaults", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 21, quarters: "calendar" });
    fake.sheet("PlanCheck").setRaw(1, 1, " 2011-03-31 ");
    fake.sheet("PlanCheck").setRaw(2, 1, "soon");
    expect(await host.loadSettings()).toEqual({ asOf: "2011-03-31", amberDays: 14, quarters: "calendar" });
    fake.sheet("PlanCheck").setRaw(3, 1, " Financial ");
    expect((await host.loadSettings()).quarters).toBe("financial");
    fake.sheet("PlanCheck").setRaw(3, 1, "fiscal");
    expect((await host.loadSettings()).quarters).toBe("calendar");
  });

  test("an older settings sheet, without the quarters and day cells, loads as calendar; saving adds them below the amber window", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    // The sheet as PlanCheck made it before the quarter rule was a setting.
    const old = fake.workbook.addSheet("PlanCheck");
    old.customProperties.set("PlanCheck", "settings");
    old.visibility = "Hidden";
    const rows = [
      ["PlanCheck settings", undefined, undefined],
      ["As of", isoToSerial("2010-07-01", 1900), "Leave blank for today."],
      ["Amber window (days)", 21, "Actions due within this many days are amber."],
      [undefined, undefined, undefined],
      ["Change these in the PlanCheck pane (Flags tab) or here.", undefined, undefined],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => old.setRaw(r, c, v)));
    fake.workbook.names.push({ name: "PlanCheckAsOf", sheet: old, rect: parseAddress("B2"), comment: "" }, { name: "PlanCheckAmberDays", sheet: old, rect: parseAddress("B3"), comment: "" });

    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 21, quarters: "calendar" });
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 21, quarters: "financial" });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "PlanCheck"]);
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name, rectAddress(n.rect)])).toEqual(NAMES);
    expect([0, 1, 2].map((c) => old.raw(3, c))).toEqual(["Quarters", "financial", expect.stringMatching(/How "Q2 2010" is read/)]);
    expect([0, 1, 2].map((c) => old.raw(4, c))).toEqual(["Flags worked out for", { formula: "PlanCheckAsOf" }, expect.stringMatching(/today while As of is blank/)]);
    // The note moved down below a blank row, as on a new sheet.
    expect([0, 1, 2].map((c) => old.raw(5, c))).toEqual([undefined, undefined, undefined]);
    expect(old.raw(6, 0)).toMatch(/^Change these/);
    // Saved again: the same cells.
    await host.saveSettings({ asOf: null, amberDays: 21, quarters: "calendar" });
    expect(fake.workbook.names).toHaveLength(4);
    expect(old.raw(3, 1)).toBe("calendar");
    expect(old.raw(4, 1)).toEqual({ formula: "IF(ISBLANK(PlanCheckAsOf),TODAY(),PlanCheckAsOf)" });
  });

  test("a settings sheet with the quarters cell but no day cell gets the day cell below it, the note moved down", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    const old = fake.workbook.addSheet("PlanCheck");
    old.customProperties.set("PlanCheck", "settings");
    old.visibility = "Hidden";
    const rows = [
      ["PlanCheck settings", undefined, undefined],
      ["As of", undefined, "Leave blank for today."],
      ["Amber window (days)", 14, "Actions due within this many days are amber."],
      ["Quarters", "financial", "How Q2 2010 is read."],
      [undefined, undefined, undefined],
      ["Change these in the PlanCheck pane (Flags tab) or here.", undefined, undefined],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => old.setRaw(r, c, v)));
    fake.workbook.names.push(
      { name: "PlanCheckAsOf", sheet: old, rect: parseAddress("B2"), comment: "" },
      { name: "PlanCheckAmberDays", sheet: old, rect: parseAddress("B3"), comment: "" },
      { name: "PlanCheckQuarters", sheet: old, rect: parseAddress("B4"), comment: "" },
    );
    expect(await host.loadSettings()).toEqual({ asOf: null, amberDays: 14, quarters: "financial" });
    await host.saveSettings({ asOf: null, amberDays: 14, quarters: "financial" });
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name, rectAddress(n.rect)])).toEqual(NAMES);
    expect([0, 1].map((c) => old.raw(4, c))).toEqual(["Flags worked out for", { formula: "IF(ISBLANK(PlanCheckAsOf),TODAY(),PlanCheckAsOf)" }]);
    expect(old.raw(5, 0)).toBeUndefined();
    expect(old.raw(6, 0)).toMatch(/^Change these/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "PlanCheck"]);
  });

  test("refuses settings that are not a date, a number of days or a quarter rule", async () => {
    const { host } = setup();
    await expect(host.saveSettings({ asOf: "1 July 2010", amberDays: 14, quarters: "calendar" })).rejects.toThrow('The as-of date must be a date written YYYY-MM-DD, e.g. 2010-07-01 (got "1 July 2010"), or blank for today.');
    await expect(host.saveSettings({ asOf: null, amberDays: -1, quarters: "calendar" })).rejects.toThrow("The amber window must be a whole number of days from 0 to 3660 (got -1).");
    await expect(host.saveSettings({ asOf: null, amberDays: 14, quarters: "fiscal" as "calendar" })).rejects.toThrow('Quarters must be "calendar" or "financial" (got "fiscal").');
  });

  describe("in a 1904 workbook", () => {
    const setup1904 = withFakeExcel({ dateSystem: 1904 });
    test("the as-of date is written and read in the workbook's date system", async () => {
      const { fake, host } = setup1904();
      fake.workbook.addSheet("Plan");
      await host.saveSettings({ asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
      expect(fake.raw("PlanCheck", "B2")).toBe(isoToSerial("2010-07-01", 1904));
      expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    });
  });
});
