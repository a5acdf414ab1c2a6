/**
 * The one-cell and one-row functions with every form Excel passes: text, date serials (1900 and 1904),
 * numbers, booleans, blanks ("" from a cell, null for an omitted argument), ranges and error values.
 * Expected dates are worked out by hand from the README's reading rules (UK day-first, month → its last day,
 * 2009/10 → 31 March 2010, Q2 → end of June or, financially, of September).
 */
import { DAYSOVERDUE, DUE, ISCOMPLETE, OVERDUE, RAG, STATUS } from "../../src/functions/functions";
import { setWorkbookDateSystem } from "../../src/functions/settings";
import { UNPARSED_DUE_HINT } from "../../src/model/analyse/rowFindings";
import { isoToSerial } from "../../src/model/excelDate";
import { thrown } from "./helpers";

const serial = (iso: string, system: 1900 | 1904 = 1900) => isoToSerial(iso, system);
const AS_OF = "2010-07-01";

afterEach(() => setWorkbookDateSystem(1900));

describe("PLAN.DUE", () => {
  test("1 July 2010 is serial 40360, as in Excel", () => {
    expect(DUE("1 July 2010")).toBe(40360);
    expect(DUE("01/07/2010")).toBe(40360);
  });

  test.each<[unknown, string]>([
    ["30 April 2009", "2009-04-30"],
    ["May 2009", "2009-05-31"],
    ["By end of June 2010", "2010-06-30"],
    ["By 31 March 2010", "2010-03-31"],
    ["Before May 2010", "2010-04-30"],
    ["2009/10", "2010-03-31"],
    ["Oct 09", "2009-10-31"],
    ["Q2 2010", "2010-06-30"],
    ["June – Sept 2010", "2010-09-30"], // a range: due by its end
    [serial("2009-05-31"), "2009-05-31"], // a date cell
    [serial("2009-05-31") + 0.5, "2009-05-31"], // a date and time
    [2010, "2010-12-31"], // a year typed as a number
  ])("%j → %s", (value, iso) => {
    expect(DUE(value)).toBe(serial(iso));
  });

  test("quarters: calendar by default, financial when asked", () => {
    expect(DUE("Q2 2010", "calendar")).toBe(serial("2010-06-30"));
    expect(DUE("Q2 2010", "financial")).toBe(serial("2010-09-30"));
    expect(DUE("Q2 2010", null)).toBe(serial("2010-06-30"));
    const wrong = { code: "#VALUE!", message: 'quarters must be "calendar" or "financial" (got "fiscal").' };
    expect(thrown(() => DUE("Q2 2010", "fiscal"))).toEqual(wrong);
    expect(thrown(() => DUE("", "fiscal"))).toEqual(wrong); // a wrong setting shows even beside a blank cell
  });

  test("a 1904 workbook: date cells arrive as 1904 serials and DUE answers in 1904 serials", () => {
    setWorkbookDateSystem(1904);
    expect(DUE(serial("2010-07-01", 1904))).toBe(38898);
    expect(DUE("1 July 2010")).toBe(38898);
    expect(DUE("May 2009")).toBe(serial("2009-05-31", 1904));
  });

  test.each(["", null, undefined, "   "])("blank %j → blank", (value) => {
    expect(DUE(value)).toBe("");
  });

  test.each([
    ["When funding allows", 'PlanCheck cannot read "When funding allows" as a due date. '],
    [true, 'PlanCheck cannot read "TRUE" as a due date. '],
    [5, 'PlanCheck cannot read "5" as a due date (a number that is not a date). '],
  ])("%j → #VALUE! with how to write a date", (value, start) => {
    expect(thrown(() => DUE(value))).toEqual({ code: "#VALUE!", message: `${start}${UNPARSED_DUE_HINT}` });
  });

  test("an impossible date says why it was not read", () => {
    const { code, message } = thrown(() => DUE("31 February 2010"));
    expect(code).toBe("#VALUE!");
    expect(message).toMatch(/^PlanCheck cannot read "31 February 2010" as a due date \(.+\)\. Write a date/);
  });

  test.each<[string, string]>([
    ["Ongoing", '"Ongoing" is ongoing work: it has no deadline.'],
    ["Monthly", '"Monthly" is ongoing work: it has no deadline.'],
    ["Ongoing from May 2009", '"Ongoing from May 2009" is ongoing work from 1 May 2009: it has no deadline.'],
    ["May 2009 onwards", '"May 2009 onwards" starts on 1 May 2009 and carries on: it has no deadline.'],
    ["Immediate", '"Immediate" means start at once: it gives no dated deadline.'],
    ["TBC", '"TBC" gives no due date.'],
    ["----", '"----" gives no due date.'],
  ])("%s → #N/A: %s", (value, message) => {
    expect(thrown(() => DUE(value))).toEqual({ code: "#N/A", message });
  });

  test("error values and ranges", () => {
    expect(thrown(() => DUE({ code: "#N/A" }))).toEqual({ code: "#N/A", message: "due is #N/A." });
    expect(thrown(() => DUE({ code: "#REF!" }))).toEqual({ code: "#VALUE!", message: "due is the error #REF!: correct that cell first." });
    expect(thrown(() => DUE([["May 2009"], ["June 2009"]]))).toEqual({ code: "#VALUE!", message: "due must be one cell, not a range." });
  });
});

describe("PLAN.STATUS and PLAN.ISCOMPLETE", () => {
  test.each<[unknown, string, boolean]>([
    ["✓", "complete", true],
    ["Yes", "complete", true],
    ["Completed Nov 09 – presentation given", "complete", true],
    ["100%", "complete", true],
    ["Partial", "in-progress", false],
    ["60%", "in-progress", false],
    ["Green", "in-progress", false],
    ["Not yet", "not-started", false],
    ["----", "not-started", false],
    ["Awaits County", "blocked", false],
    ["On hold", "blocked", false],
    ["Withdrawn", "cancelled", false],
    ["Noted", "unknown", false],
    [1, "complete", true], // a number is a share of the work: 1 is all of it
    [0.6, "in-progress", false],
    [0, "not-started", false],
    [75, "in-progress", false], // 1 < n ≤ 100: a percentage
    [serial("2010-07-01"), "unknown", false], // a date is not a status
    [true, "complete", true],
    [false, "not-started", false],
  ])("%j → %s", (value, state, complete) => {
    expect(STATUS(value)).toBe(state);
    expect(ISCOMPLETE(value)).toBe(complete);
  });

  test.each(["", null, undefined, "  "])("blank %j → blank", (value) => {
    expect(STATUS(value)).toBe("");
    expect(ISCOMPLETE(value)).toBe("");
  });

  test("error values and ranges", () => {
    expect(thrown(() => STATUS({ code: "#N/A" }))).toEqual({ code: "#N/A", message: "status is #N/A." });
    expect(thrown(() => ISCOMPLETE({ code: "#DIV/0!" }))).toEqual({ code: "#VALUE!", message: "status is the error #DIV/0!: correct that cell first." });
    expect(thrown(() => ISCOMPLETE([["✓"]]))).toEqual({ code: "#VALUE!", message: "status must be one cell, not a range." });
  });
});

describe("PLAN.OVERDUE, PLAN.DAYSOVERDUE and PLAN.RAG as of 1 July 2010", () => {
  const row = (d: unknown, s: unknown, asOf: unknown = AS_OF, amber?: unknown, quarters?: unknown) => [
    OVERDUE(d, s, asOf, quarters),
    DAYSOVERDUE(d, s, asOf, quarters),
    RAG(d, s, asOf, amber, quarters),
  ];

  test.each<[string, unknown, unknown, [boolean, number, string]]>([
    ["past its date, blank status: overdue (nothing says it was done)", "May 2009", "", [true, 396, "red"]],
    ["past its date, in progress", "30 June 2010", "Partial", [true, 1, "red"]],
    ["past its date, complete", "May 2009", "✓", [false, 0, "blue"]],
    ["past its date, cancelled", "May 2009", "Withdrawn", [false, 0, "grey"]],
    ["past its date, blocked: red beats amber", "May 2009", "Awaits County", [true, 396, "red"]],
    ["a date cell past its date", serial("2009-05-31"), "", [true, 396, "red"]],
    ["due today: not overdue, amber", "1 July 2010", "", [false, 0, "amber"]],
    ["due in 14 days: amber", "15 July 2010", "Partial", [false, 0, "amber"]],
    ["due in 15 days: green", "16 July 2010", "Partial", [false, 0, "green"]],
    ["ongoing, blank status: nothing to assess", "Ongoing", "", [false, 0, "grey"]],
    ["ongoing, in progress", "Ongoing", "In progress", [false, 0, "green"]],
    ["no due date, in progress", "", "In progress", [false, 0, "green"]],
    ["no due date, blocked", "", "Awaits County", [false, 0, "amber"]],
    ["no due date, written Red", "", "Red", [false, 0, "red"]],
    ["unreadable due date, in progress", "When funding allows", "Partial", [false, 0, "green"]],
    ["boolean status TRUE", "May 2009", true, [false, 0, "blue"]],
    ["numeric status 0.5", "May 2009", 0.5, [true, 396, "red"]],
  ])("%s", (_name, d, s, expected) => {
    expect(row(d, s)).toEqual(expected);
  });

  test.each<[unknown, unknown]>([
    ["", ""],
    [null, null],
    ["  ", ""],
    [undefined, ""],
  ])("an empty row (%j, %j) is blank, not grey", (d, s) => {
    expect(row(d, s)).toEqual(["", "", ""]);
  });

  test("as_of as a date serial is the same day as its text", () => {
    expect(row("May 2009", "", 40360)).toEqual(row("May 2009", "", "2010-07-01"));
    expect(row("May 2009", "", 40360.9)).toEqual([true, 396, "red"]);
  });

  test("as_of left out is today", () => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 12) });
    try {
      expect(row("May 2009", "", null)).toEqual([true, 396, "red"]);
      expect(row("May 2009", "", undefined)).toEqual([true, 396, "red"]);
      jest.setSystemTime(new Date(2010, 6, 11, 12));
      expect(row("May 2009", "", null)).toEqual([true, 406, "red"]);
    } finally {
      jest.useRealTimers();
    }
  });

  test("the same values on another day give that day's answer", () => {
    expect(row("15 July 2010", "", "2010-07-01")).toEqual([false, 0, "amber"]);
    expect(row("15 July 2010", "", "2010-06-01")).toEqual([false, 0, "green"]);
    expect(row("15 July 2010", "", "2010-07-20")).toEqual([true, 5, "red"]);
  });

  test("amber_days", () => {
    expect(RAG("31 July 2010", "Partial", AS_OF)).toBe("green");
    expect(RAG("31 July 2010", "Partial", AS_OF, 30)).toBe("amber");
    expect(RAG("2 July 2010", "Partial", AS_OF, 0)).toBe("green");
    expect(RAG("1 July 2010", "Partial", AS_OF, 0)).toBe("amber");
    expect(thrown(() => RAG("May 2009", "", AS_OF, -1))).toEqual({
      code: "#VALUE!",
      message: "amber_days must be a whole number of days from 0 to 3660 (got -1).",
    });
  });

  test("quarters: Q2 2010 ended on 30 June (calendar) or ends on 30 September (financial)", () => {
    expect(row("Q2 2010", "", AS_OF, undefined, "calendar")).toEqual([true, 1, "red"]);
    expect(row("Q2 2010", "", AS_OF, undefined, "financial")).toEqual([false, 0, "green"]);
  });

  test("the workbook's date system decides what a date cell means", () => {
    const julyFirst1904 = serial("2010-07-01", 1904);
    setWorkbookDateSystem(1904);
    expect(row(julyFirst1904, "", "2010-07-02")).toEqual([true, 1, "red"]);
    setWorkbookDateSystem(1900);
    // The same number in a 1900 workbook is 30 June 2006: 1,462 days (four years and a day) earlier.
    expect(row(julyFirst1904, "", "2010-07-02")).toEqual([true, 1 + 1462, "red"]);
  });

  test("a bad as_of is #VALUE!, even on an empty row", () => {
    const message = 'as_of must be a date: a date cell, =TODAY(), or text written YYYY-MM-DD such as 2010-07-01; got "1/7/2010".';
    expect(thrown(() => OVERDUE("May 2009", "", "1/7/2010"))).toEqual({ code: "#VALUE!", message });
    expect(thrown(() => RAG("", "", "1/7/2010"))).toEqual({ code: "#VALUE!", message });
  });

  test("error values and ranges as due or status", () => {
    expect(thrown(() => OVERDUE({ code: "#N/A" }, "", AS_OF))).toEqual({ code: "#N/A", message: "due is #N/A." });
    expect(thrown(() => RAG("May 2009", { code: "#NUM!" }, AS_OF))).toEqual({ code: "#VALUE!", message: "status is the error #NUM!: correct that cell first." });
    expect(thrown(() => DAYSOVERDUE([["May 2009"]], "", AS_OF))).toEqual({ code: "#VALUE!", message: "due must be one cell, not a range." });
  });

  test("repeated calls give the same answer (the memo never changes a result)", () => {
    const first = row("By end of June 2010", "Not yet");
    for (let i = 0; i < 3; i++) expect(row("By end of June 2010", "Not yet")).toEqual(first);
    expect(first).toEqual([true, 1, "red"]);
  });
});
