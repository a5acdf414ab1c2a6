import { asOfIso, todayIso } from "../../src/functions/asOf";
import { PROFILES } from "./excelCalls";
import { thrown } from "./helpers";

const USAGE = "as_of must be a date: a date cell, =TODAY(), or text written YYYY-MM-DD such as 2010-07-01";

describe("as_of given", () => {
  test.each<[unknown, 1900 | 1904, string]>([
    ["2010-07-01", 1900, "2010-07-01"],
    [" 2010-07-01 ", 1900, "2010-07-01"],
    [40360, 1900, "2010-07-01"], // =DATE(2010,7,1) in a 1900 workbook
    [40360.75, 1900, "2010-07-01"], // =NOW() at 6 pm: the day counts, not the time
    [38898, 1904, "2010-07-01"], // the same day in a 1904 workbook
    [40360, 1904, "2014-07-02"], // 1,462 days later in the 1904 system
    [18264, 1900, "1950-01-01"],
    [73050, 1900, "2099-12-31"],
    ["2012-02-29", 1900, "2012-02-29"],
  ])("%j in the %i system → %s", (value, system, iso) => {
    expect(asOfIso(value, system)).toBe(iso);
  });

  test("the same value read in another date system is read again, not served from the last call", () => {
    expect(asOfIso(40360, 1900)).toBe("2010-07-01");
    expect(asOfIso(40360, 1904)).toBe("2014-07-02");
    expect(asOfIso(40360, 1900)).toBe("2010-07-01");
  });
});

describe("as_of that is not a date is #VALUE! with the forms it may take", () => {
  test.each<[unknown, string]>([
    ["01/07/2010", `${USAGE}; got "01/07/2010".`],
    ["1 July 2010", `${USAGE}; got "1 July 2010".`],
    ["2010-02-30", `${USAGE}; got "2010-02-30".`],
    ["today", `${USAGE}; got "today".`],
    [-5, `${USAGE}; the number -5 is not a date.`],
    [1, `${USAGE}; the number 1 is not a date.`],
    [3_000_000, `${USAGE}; the number 3000000 is not a date.`],
    [14, `${USAGE}; the number 14 is not a date.`], // amber_days one place early, not 14 January 1900
    [18263, `${USAGE}; the number 18263 is not a date.`], // 31 December 1949
    [73051, `${USAGE}; the number 73051 is not a date.`], // 1 January 2100
    [true, `${USAGE}.`],
    [{ code: "#REF!" }, "as_of is the error #REF!: correct that cell first."],
  ])("%j", (value, message) => {
    expect(thrown(() => asOfIso(value, 1900))).toEqual({ code: "#VALUE!", message });
  });

  test("#N/A stays #N/A", () => {
    expect(thrown(() => asOfIso({ code: "#N/A" }, 1900))).toEqual({ code: "#N/A", message: "as_of is #N/A." });
  });
});

describe("as_of left out means today, on this computer's calendar", () => {
  afterEach(() => jest.useRealTimers());

  test.each([null, undefined, "", "  "])("%j → the local date", (value) => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 9, 30) });
    expect(asOfIso(value, 1900)).toBe("2010-07-01");
  });

  test.each(PROFILES.map((p) => [p.name, p.blank] as const))("a blank cell as %s Excel passes it (%j) → the local date, not an error", (_name, blank) => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 9, 30) });
    expect(asOfIso(blank, 1900)).toBe("2010-07-01");
  });

  test("the day moves on when the clock passes midnight", () => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 23, 59, 58) });
    expect(asOfIso(null, 1900)).toBe("2010-07-01");
    jest.setSystemTime(new Date(2010, 6, 2, 0, 0, 1));
    expect(asOfIso(null, 1900)).toBe("2010-07-02");
  });

  test("todayIso is looked up again at most once a second, and at once if the clock goes back", () => {
    const t = new Date(2011, 0, 31, 23, 59, 59, 500).getTime();
    expect(todayIso(t)).toBe("2011-01-31");
    // Within the second the day read is kept, even 0.1 s past midnight...
    expect(todayIso(t + 600)).toBe("2011-01-31");
    // ...a second on, it is read again.
    expect(todayIso(t + 1600)).toBe("2011-02-01");
    expect(todayIso(t - 86_400_000)).toBe("2011-01-30");
  });
});
