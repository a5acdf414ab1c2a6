import {
  DEFAULT_FLAG_SETTINGS,
  MAX_AMBER_DAYS,
  flagSettingsFrom,
  flagSettingsProblem,
  readAmberDays,
  readAsOf,
  readQuarterRule,
  settingProblem,
} from "./flagSettings";

describe("readAmberDays", () => {
  test.each<[unknown, number]>([
    [0, 0],
    [14, 14],
    [MAX_AMBER_DAYS, MAX_AMBER_DAYS],
    ["7", 7],
    [" 21 ", 21],
  ])("%j → %i", (value, days) => expect(readAmberDays(value)).toBe(days));

  test.each([-1, 1.5, MAX_AMBER_DAYS + 1, Number.NaN, "", " ", "1e1", "14.0", "-3", "two weeks", true, null, undefined])("%j is not an amber window", (value) => {
    expect(readAmberDays(value)).toBeUndefined();
  });
});

describe("readQuarterRule", () => {
  test.each([
    ["calendar", "calendar"],
    [" Financial ", "financial"],
  ])("%j → %s", (value, rule) => expect(readQuarterRule(value)).toBe(rule));
  test.each(["fiscal", "", 0, null])("%j is not a quarter rule", (value) => expect(readQuarterRule(value)).toBeUndefined());
});

describe("readAsOf", () => {
  test("an ISO calendar date, trimmed", () => expect(readAsOf(" 2010-07-01 ")).toBe("2010-07-01"));
  test.each(["01/07/2010", "2010-02-30", "2010-7-1", 40360, null])("%j is not an as-of date", (value) => expect(readAsOf(value)).toBeUndefined());
});

describe("a whole set of settings", () => {
  test("the defaults are valid", () => expect(flagSettingsProblem(DEFAULT_FLAG_SETTINGS)).toBeNull());

  test("the first problem, in the model's words", () => {
    expect(flagSettingsProblem({ asOf: "1 July 2010", amberDays: -1, quarters: "calendar" })).toBe(
      'The as-of date must be a date written YYYY-MM-DD, e.g. 2010-07-01 (got "1 July 2010"), or blank for today.',
    );
    expect(flagSettingsProblem({ asOf: null, amberDays: MAX_AMBER_DAYS + 1, quarters: "calendar" })).toBe(
      `The amber window must be a whole number of days from 0 to ${MAX_AMBER_DAYS} (got ${MAX_AMBER_DAYS + 1}).`,
    );
    expect(flagSettingsProblem({ asOf: null, amberDays: 14, quarters: "Fiscal" as "calendar" })).toBe('Quarters must be "calendar" or "financial" (got "Fiscal").');
  });

  test("saved values keep what reads and fall back for the rest", () => {
    expect(flagSettingsFrom({ asOf: "2010-07-01", amberDays: "30", quarters: "FINANCIAL" })).toEqual({ asOf: "2010-07-01", amberDays: 30, quarters: "financial" });
    expect(flagSettingsFrom({ asOf: "soon", amberDays: -5, quarters: 3 }, { asOf: "2009-01-01", amberDays: 7, quarters: "financial" })).toEqual({
      asOf: "2009-01-01",
      amberDays: 7,
      quarters: "financial",
    });
    expect(flagSettingsFrom({ asOf: null })).toEqual(DEFAULT_FLAG_SETTINGS);
  });

  test("settingProblem's one shape", () => {
    expect(settingProblem("--quarters", '"calendar" or "financial"', '"q"')).toBe('--quarters must be "calendar" or "financial" (got "q")');
    expect(settingProblem("amber_days", "a number")).toBe("amber_days must be a number");
  });
});
