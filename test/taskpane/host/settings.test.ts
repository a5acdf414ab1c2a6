/**
 * @jest-environment node
 *
 * Settings kept in the workbook: two named cells on a hidden, labelled PlanCheck sheet.
 */
import { isoToSerial } from "../../../src/model/excelDate";
import { rectAddress } from "../fakeExcel";
import { withFakeExcel } from "./helpers";

describe("settings", () => {
  const setup = withFakeExcel();

  test("a workbook without them gives the defaults: today, 14 days", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    expect(await host.loadSettings()).toEqual({ asOf: null, amberDays: 14 });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  test("round trip: saved in named cells on a hidden PlanCheck sheet, read back", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 21 });
    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 21 });
    const sheet = fake.sheet("PlanCheck");
    expect(sheet.visibility).toBe("Hidden");
    expect(sheet.customProperties.get("PlanCheck")).toBe("settings");
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name, rectAddress(n.rect)])).toEqual([
      ["PlanCheckAsOf", "PlanCheck", "B2"],
      ["PlanCheckAmberDays", "PlanCheck", "B3"],
    ]);
    expect(fake.raw("PlanCheck", "B2")).toBe(isoToSerial("2010-07-01", 1900));
    expect(fake.raw("PlanCheck", "A2")).toBe("As of");
    expect(fake.raw("PlanCheck", "C2")).toMatch(/Leave blank for today/);

    // Saved again: the same cells, no second sheet; blank as-of means today.
    await host.saveSettings({ asOf: null, amberDays: 7 });
    expect(await host.loadSettings()).toEqual({ asOf: null, amberDays: 7 });
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "PlanCheck"]);
    expect(fake.raw("PlanCheck", "B2")).toBeUndefined();
  });

  test("an officer's own sheet called PlanCheck is left alone", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("PlanCheck").setRaw(0, 0, "mine");
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 14 });
    expect(fake.raw("PlanCheck", "A1")).toBe("mine");
    expect(fake.sheet("PlanCheck (PlanCheck)").customProperties.get("PlanCheck")).toBe("settings");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["PlanCheck", "PlanCheck (PlanCheck)"]);
  });

  test("the settings sheet is not offered for checking", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.saveSettings({ asOf: null, amberDays: 14 });
    expect(await host.sheetNames()).toEqual(["Plan"]);
  });

  test("cells edited by hand are read as well as they can be; nonsense falls back to the defaults", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.saveSettings({ asOf: "2010-07-01", amberDays: 21 });
    fake.sheet("PlanCheck").setRaw(1, 1, " 2011-03-31 ");
    fake.sheet("PlanCheck").setRaw(2, 1, "soon");
    expect(await host.loadSettings()).toEqual({ asOf: "2011-03-31", amberDays: 14 });
  });

  test("refuses settings that are not a date or a number of days", async () => {
    const { host } = setup();
    await expect(host.saveSettings({ asOf: "1 July 2010", amberDays: 14 })).rejects.toThrow('The as-of date "1 July 2010" is not a date');
    await expect(host.saveSettings({ asOf: null, amberDays: -1 })).rejects.toThrow("whole number of days from 0 to 3650");
  });

  describe("in a 1904 workbook", () => {
    const setup1904 = withFakeExcel({ dateSystem: 1904 });
    test("the as-of date is written and read in the workbook's date system", async () => {
      const { fake, host } = setup1904();
      fake.workbook.addSheet("Plan");
      await host.saveSettings({ asOf: "2010-07-01", amberDays: 14 });
      expect(fake.raw("PlanCheck", "B2")).toBe(isoToSerial("2010-07-01", 1904));
      expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 14 });
    });
  });
});
