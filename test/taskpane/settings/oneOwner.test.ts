/**
 * The flag settings have one owner (src/model/settings): every place that takes an amber window, a quarter
 * rule or an as-of date accepts and refuses the same values. The amber window's limit once drifted (3650 in
 * the Excel host, 3660 elsewhere); this runs the same edge values through each of them.
 */
import { resolveOptions } from "../../../src/cli/options";
import { amberDaysOf, quartersOf } from "../../../src/functions/options";
import { MAX_AMBER_DAYS } from "../../../src/model/settings/flagSettings";
import { loadStoredSettings, saveStoredSettings } from "../../../src/taskpane/browser/settingsStore";
import { DEFAULT_SETTINGS } from "../../../src/taskpane/hostApi";
import { withFakeExcel } from "../host/helpers";

/** Whether each place accepts the amber window `days`. */
async function accepts(days: number, host: { saveSettings: (s: typeof DEFAULT_SETTINGS) => Promise<void> }): Promise<Record<string, boolean>> {
  const ok = async (f: () => unknown) => {
    try {
      await f();
      return true;
    } catch {
      return false;
    }
  };
  const memory = new Map<string, string>();
  const storage = { getItem: (k: string) => memory.get(k) ?? null, setItem: (k: string, v: string) => void memory.set(k, v) } as unknown as Storage;
  return {
    cli: await ok(() => resolveOptions({ amberDays: String(days) })),
    functions: await ok(() => amberDaysOf(days)),
    excelHost: await ok(() => host.saveSettings({ ...DEFAULT_SETTINGS, amberDays: days })),
    browserStore: await ok(() => {
      saveStoredSettings(storage, "k", { ...DEFAULT_SETTINGS, amberDays: days });
      if (loadStoredSettings(storage, "k", { ...DEFAULT_SETTINGS, amberDays: 1 }).amberDays !== days) throw new Error("not kept");
    }),
  };
}

describe("one owner for the flag settings", () => {
  const setup = withFakeExcel();

  test.each([0, 14, MAX_AMBER_DAYS])("an amber window of %i days is accepted everywhere", async (days) => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    expect(Object.values(await accepts(days, host))).toEqual([true, true, true, true]);
  });

  test.each([-1, MAX_AMBER_DAYS + 1])("an amber window of %i days is refused everywhere", async (days) => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    expect(Object.values(await accepts(days, host))).toEqual([false, false, false, false]);
  });

  test("the quarter rule reads the same in the CLI and the functions", () => {
    for (const value of ["calendar", "Financial", " FINANCIAL "]) expect(resolveOptions({ quarters: value }).quarters).toBe(quartersOf(value));
    expect(() => resolveOptions({ quarters: "fiscal" })).toThrow('--quarters must be "calendar" or "financial" (got "fiscal")');
  });
});
