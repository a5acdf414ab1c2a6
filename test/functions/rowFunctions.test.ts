/**
 * The one-cell and one-row functions, called as Excel calls them (excelCalls.ts) on desktop and on the web:
 * text, date serials (1900 and 1904), numbers, booleans, blank cells (0 on desktop, null on the web), left-out
 * arguments and error values. Expected dates are worked out by hand from the README's reading rules (UK
 * day-first, month → its last day, 2009/10 → 31 March 2010, Q2 → end of June or, financially, of September).
 */
import { setWorkbookDateSystem } from "../../src/functions/settings";
import { UNPARSED_DUE_HINT } from "../../src/model/analyse/rowFindings";
import { isoToSerial } from "../../src/model/excelDate";
import { DESKTOP, PROFILES, WEB, blank, callFunction, errorCell, loadFunctions, omitted, value, type Argument, type SheetValue } from "./excelCalls";
import { dateShown } from "./helpers";

const serial = (iso: string, system: 1900 | 1904 = 1900) => isoToSerial(iso, system);
const AS_OF = "2010-07-01";

type Arg = Argument | SheetValue;

beforeAll(loadFunctions);
afterEach(() => {
  setWorkbookDateSystem(1900);
  jest.useRealTimers();
});

describe.each(PROFILES)("on $name", (profile) => {
  const call = (id: string, ...args: Arg[]) => callFunction(profile, id, args);
  const date = (iso: string, system: 1900 | 1904 = 1900) => dateShown(profile, serial(iso, system));

  describe("PLAN.DUE", () => {
    test("1 July 2010 is serial 40360, as in Excel", () => {
      expect(call("DUE", "1 July 2010")).toEqual(dateShown(profile, 40360));
      expect(call("DUE", "01/07/2010")).toEqual(dateShown(profile, 40360));
    });

    test.each<[SheetValue, string]>([
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
    ])("%j → %s", (cell, iso) => {
      expect(call("DUE", cell)).toEqual(date(iso));
    });

    test("quarters: calendar by default (left out or a blank cell), financial when asked", () => {
      expect(call("DUE", "Q2 2010", "calendar")).toEqual(date("2010-06-30"));
      expect(call("DUE", "Q2 2010", "financial")).toEqual(date("2010-09-30"));
      expect(call("DUE", "Q2 2010", omitted)).toEqual(date("2010-06-30"));
      expect(call("DUE", "Q2 2010", blank)).toEqual(date("2010-06-30"));
      const wrong = { error: "#VALUE!", message: 'quarters must be "calendar" or "financial" (got "fiscal").' };
      expect(call("DUE", "Q2 2010", "fiscal")).toEqual(wrong);
      expect(call("DUE", blank, "fiscal")).toEqual(wrong); // a wrong setting shows even beside a blank cell
    });

    test("a 1904 workbook: date cells arrive as 1904 serials and DUE answers in 1904 serials", () => {
      setWorkbookDateSystem(1904);
      expect(call("DUE", serial("2010-07-01", 1904))).toEqual(dateShown(profile, 38898));
      expect(call("DUE", "1 July 2010")).toEqual(dateShown(profile, 38898));
      expect(call("DUE", "May 2009")).toEqual(date("2009-05-31", 1904));
    });

    test("a blank cell, a formula's empty text or spaces → blank", () => {
      expect(call("DUE", blank)).toBe("");
      expect(call("DUE", "")).toBe("");
      expect(call("DUE", "   ")).toBe("");
    });

    test.each<[SheetValue, string]>([
      ["When funding allows", 'PlanCheck cannot read "When funding allows" as a due date. '],
      [true, 'PlanCheck cannot read "TRUE" as a due date. '],
      [5, 'PlanCheck cannot read "5" as a due date (a number that is not a date). '],
    ])("%j → #VALUE! with how to write a date", (cell, start) => {
      expect(call("DUE", cell)).toEqual({ error: "#VALUE!", message: `${start}${UNPARSED_DUE_HINT}` });
    });

    test("an impossible date says why it was not read", () => {
      expect(call("DUE", "31 February 2010")).toEqual({
        error: "#VALUE!",
        message: expect.stringMatching(/^PlanCheck cannot read "31 February 2010" as a due date \(.+\)\. Write a date/),
      });
    });

    test.each<[string, string]>([
      ["Ongoing", '"Ongoing" is ongoing work: it has no deadline.'],
      ["Monthly", '"Monthly" is ongoing work: it has no deadline.'],
      ["Ongoing from May 2009", '"Ongoing from May 2009" is ongoing work from 1 May 2009: it has no deadline.'],
      ["May 2009 onwards", '"May 2009 onwards" starts on 1 May 2009 and carries on: it has no deadline.'],
      ["Immediate", '"Immediate" means start at once: it gives no dated deadline.'],
      ["TBC", '"TBC" gives no due date.'],
      ["----", '"----" gives no due date.'],
      ["Short term", '"Short term" gives no due date.'],
      ["0000-00-00", '"0000-00-00" is a placeholder zero date, not a due date: enter the real one.'],
    ])("%s → #N/A: %s", (text, message) => {
      expect(call("DUE", text)).toEqual({ error: "#N/A", message });
    });

    test("error values: #N/A stays #N/A, another error is #VALUE! naming it", () => {
      expect(call("DUE", errorCell("#N/A"))).toEqual({ error: "#N/A", message: "due is #N/A." });
      expect(call("DUE", errorCell("#REF!"))).toEqual({ error: "#VALUE!", message: "due is the error #REF!: correct that cell first." });
      expect(call("DUE", "Q2 2010", errorCell("#DIV/0!"))).toEqual({ error: "#VALUE!", message: "quarters is the error #DIV/0!: correct that cell first." });
    });

    test("the date DUE gives reads back as the same deadline, in the host's own form", () => {
      const shown = call("DUE", "May 2009");
      expect(call("DUE", shown as SheetValue)).toEqual(shown);
    });
  });

  describe("PLAN.STATUS and PLAN.ISCOMPLETE", () => {
    test.each<[SheetValue, string, boolean]>([
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
      [75, "in-progress", false], // 1 < n ≤ 100: a percentage
      [serial("2010-07-01"), "unknown", false], // a date is not a status
      [true, "complete", true],
      [false, "not-started", false],
    ])("%j → %s", (cell, state, complete) => {
      expect(call("STATUS", cell)).toBe(state);
      expect(call("ISCOMPLETE", cell)).toBe(complete);
    });

    test("a blank cell, empty text or spaces → blank", () => {
      for (const cell of [blank, "", "  "]) {
        expect(call("STATUS", cell)).toBe("");
        expect(call("ISCOMPLETE", cell)).toBe("");
      }
    });

    test("a typed 0 (or 0%) is nothing recorded, as a blank cell: desktop Excel passes both as 0", () => {
      expect(call("STATUS", 0)).toBe("");
      expect(call("ISCOMPLETE", 0)).toBe("");
    });

    test("error values", () => {
      expect(call("STATUS", errorCell("#N/A"))).toEqual({ error: "#N/A", message: "status is #N/A." });
      expect(call("ISCOMPLETE", errorCell("#DIV/0!"))).toEqual({ error: "#VALUE!", message: "status is the error #DIV/0!: correct that cell first." });
    });
  });

  describe("PLAN.OVERDUE, PLAN.DAYSOVERDUE and PLAN.RAG as of 1 July 2010", () => {
    const row = (d: Arg, s: Arg, asOf: Arg = AS_OF, amber: Arg = omitted, quarters: Arg = omitted) => [
      call("OVERDUE", d, s, asOf, quarters),
      call("DAYSOVERDUE", d, s, asOf, quarters),
      call("RAG", d, s, asOf, amber, quarters),
    ];

    test.each<[string, Arg, Arg, [boolean, number, string]]>([
      ["past its date, blank status: overdue (nothing says it was done)", "May 2009", blank, [true, 396, "red"]],
      ["past its date, in progress", "30 June 2010", "Partial", [true, 1, "red"]],
      ["past its date, complete", "May 2009", "✓", [false, 0, "blue"]],
      ["past its date, cancelled", "May 2009", "Withdrawn", [false, 0, "grey"]],
      ["past its date, blocked: red beats amber", "May 2009", "Awaits County", [true, 396, "red"]],
      ["a date cell past its date", serial("2009-05-31"), blank, [true, 396, "red"]],
      ["due today: not overdue, amber", "1 July 2010", blank, [false, 0, "amber"]],
      ["due in 14 days: amber", "15 July 2010", "Partial", [false, 0, "amber"]],
      ["due in 15 days: green", "16 July 2010", "Partial", [false, 0, "green"]],
      ["ongoing, blank status: nothing to assess", "Ongoing", blank, [false, 0, "grey"]],
      ["ongoing, in progress", "Ongoing", "In progress", [false, 0, "green"]],
      ["no due date, in progress", blank, "In progress", [false, 0, "green"]],
      ["no due date, blocked", blank, "Awaits County", [false, 0, "amber"]],
      ["no due date, written Red", blank, "Red", [false, 0, "red"]],
      ["unreadable due date, in progress", "When funding allows", "Partial", [false, 0, "green"]],
      ["boolean status TRUE", "May 2009", true, [false, 0, "blue"]],
      ["numeric status 0.5", "May 2009", 0.5, [true, 396, "red"]],
    ])("%s", (_name, d, s, expected) => {
      expect(row(d, s)).toEqual(expected);
    });

    test.each<[string, Arg, Arg]>([
      ["two blank cells", blank, blank],
      ["empty text", "", ""],
      ["spaces and a blank cell", "  ", blank],
    ])("an empty row (%s) is blank, not a flag", (_name, d, s) => {
      expect(row(d, s)).toEqual(["", "", ""]);
    });

    test("as_of as a date serial is the same day as its text", () => {
      expect(row("May 2009", blank, 40360)).toEqual(row("May 2009", blank, "2010-07-01"));
      expect(row("May 2009", blank, 40360.9)).toEqual([true, 396, "red"]);
    });

    test("as_of left out, or a blank cell, is the day the formula is calculated", () => {
      jest.useFakeTimers({ now: new Date(2010, 6, 1, 12) });
      expect(row("May 2009", blank, omitted)).toEqual([true, 396, "red"]);
      expect(row("May 2009", blank, blank)).toEqual([true, 396, "red"]);
      jest.setSystemTime(new Date(2010, 6, 11, 12));
      expect(row("May 2009", blank, blank)).toEqual([true, 406, "red"]);
    });

    test("the same values on another day give that day's answer", () => {
      expect(row("15 July 2010", blank, "2010-07-01")).toEqual([false, 0, "amber"]);
      expect(row("15 July 2010", blank, "2010-06-01")).toEqual([false, 0, "green"]);
      expect(row("15 July 2010", blank, "2010-07-20")).toEqual([true, 5, "red"]);
    });

    test("amber_days", () => {
      expect(call("RAG", "31 July 2010", "Partial", AS_OF)).toBe("green");
      expect(call("RAG", "31 July 2010", "Partial", AS_OF, 30)).toBe("amber");
      expect(call("RAG", "2 July 2010", "Partial", AS_OF, 0)).toBe("green");
      expect(call("RAG", "1 July 2010", "Partial", AS_OF, 0)).toBe("amber");
      expect(call("RAG", "2 July 2010", "Partial", AS_OF, omitted)).toBe("amber");
      expect(call("RAG", "May 2009", blank, AS_OF, -1)).toEqual({
        error: "#VALUE!",
        message: "amber_days must be a whole number of days from 0 to 3660 (got -1).",
      });
    });

    test("quarters: Q2 2010 ended on 30 June (calendar, also when the cell is blank) or ends on 30 September (financial)", () => {
      expect(row("Q2 2010", blank, AS_OF, omitted, "calendar")).toEqual([true, 1, "red"]);
      expect(row("Q2 2010", blank, AS_OF, omitted, blank)).toEqual([true, 1, "red"]);
      expect(row("Q2 2010", blank, AS_OF, omitted, "financial")).toEqual([false, 0, "green"]);
    });

    test("the workbook's date system decides what a date cell means", () => {
      const julyFirst1904 = serial("2010-07-01", 1904);
      setWorkbookDateSystem(1904);
      expect(row(julyFirst1904, blank, "2010-07-02")).toEqual([true, 1, "red"]);
      setWorkbookDateSystem(1900);
      // The same number in a 1900 workbook is 30 June 2006: 1,462 days (four years and a day) earlier.
      expect(row(julyFirst1904, blank, "2010-07-02")).toEqual([true, 1 + 1462, "red"]);
    });

    test("a due date given as PLAN.DUE's answer (a formatted date on the web) reads as that date", () => {
      const due = call("DUE", "30 June 2010") as SheetValue;
      expect(row(due, blank)).toEqual([true, 1, "red"]);
    });

    test("a bad as_of is #VALUE!, even on an empty row", () => {
      const message = 'as_of must be a date: a date cell, =TODAY(), or text written YYYY-MM-DD such as 2010-07-01; got "1/7/2010".';
      expect(call("OVERDUE", "May 2009", blank, "1/7/2010")).toEqual({ error: "#VALUE!", message });
      expect(call("RAG", blank, blank, "1/7/2010")).toEqual({ error: "#VALUE!", message });
    });

    test("error values as due, status or a setting: #N/A stays #N/A, another error is #VALUE! naming it", () => {
      expect(call("OVERDUE", errorCell("#N/A"), blank, AS_OF)).toEqual({ error: "#N/A", message: "due is #N/A." });
      expect(call("RAG", "May 2009", errorCell("#NUM!"), AS_OF)).toEqual({ error: "#VALUE!", message: "status is the error #NUM!: correct that cell first." });
      expect(call("DAYSOVERDUE", "May 2009", blank, errorCell("#REF!"))).toEqual({ error: "#VALUE!", message: "as_of is the error #REF!: correct that cell first." });
      expect(call("OVERDUE", "May 2009", blank, errorCell("#N/A"))).toEqual({ error: "#N/A", message: "as_of is #N/A." });
      expect(call("RAG", "May 2009", blank, AS_OF, errorCell("#DIV/0!"))).toEqual({ error: "#VALUE!", message: "amber_days is the error #DIV/0!: correct that cell first." });
    });

    test("repeated calls give the same answer (the memo never changes a result)", () => {
      const first = row("By end of June 2010", "Not yet");
      for (let i = 0; i < 3; i++) expect(row("By end of June 2010", "Not yet")).toEqual(first);
      expect(first).toEqual([true, 1, "red"]);
    });
  });
});

describe("where desktop and the web differ", () => {
  test("a blank amber_days cell is 0 days on desktop (Excel passes 0) and the default 14 on the web (null)", () => {
    // Why the task pane never passes a cell that may be blank as amber_days.
    expect(callFunction(DESKTOP, "RAG", ["2 July 2010", "Partial", value(AS_OF), blank])).toBe("green");
    expect(callFunction(WEB, "RAG", ["2 July 2010", "Partial", value(AS_OF), blank])).toBe("amber");
  });
});
