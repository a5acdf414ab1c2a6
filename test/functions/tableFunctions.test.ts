/**
 * PLAN.FLAGS and PLAN.CHECK over a whole plan range, called as Excel calls them (excelCalls.ts) on desktop and
 * on the web: blank cells (0 on desktop, null on the web), error values inside the range, and where the range
 * sits on the sheet.
 */
import { setWorkbookDateSystem } from "../../src/functions/settings";
import { FINDING_TITLES, FLAG_TITLES } from "../../src/functions/table";
import { isoToSerial } from "../../src/model/excelDate";
import { DESKTOP, PROFILES, WEB, blank, callFunction, excelCall, loadFunctions, omitted, range, value, type Argument, type SheetValue } from "./excelCalls";
import { dateShown } from "./helpers";

const serial = (iso: string, system: 1900 | 1904 = 1900) => isoToSerial(iso, system);
const AS_OF = "2010-07-01";
const BLANK = ["", "", "", "", "", ""];

type Arg = Argument | SheetValue | SheetValue[][];

/** A small plan as A1:E9 holds it: a title, a blank row, the header, two workstreams with a blank row between. */
function plan(): SheetValue[][] {
  return [
    ["District action plan 2010", null, null, null, null],
    [null, null, null, null, null],
    ["Priority workstream", "Action", "Lead", "Target date", "Status"],
    ["Joint working", "Draft framework adopted", "Head of Policy", "30 April 2009", "✓"],
    [null, "Gap analysis of training needs", "Policy team", "October 2009", "Partial"],
    [null, null, null, null, null],
    ["Local problem solving", "Principles drafted", "CSP manager", serial("2010-07-09"), "In progress"],
    [null, "Principles agreed by partners", null, "Ongoing", null],
    [null, "Problem-solving toolkit", "CSP manager", "When funding allows", "Noted"],
  ];
}

beforeAll(loadFunctions);
afterEach(() => {
  setWorkbookDateSystem(1900);
  jest.useRealTimers();
});

describe.each(PROFILES)("on $name", (profile) => {
  const call = (id: string, ...args: Arg[]) => callFunction(profile, id, args);
  const date = (iso: string, system: 1900 | 1904 = 1900) => dateShown(profile, serial(iso, system));
  const flags = (...args: Arg[]) => call("FLAGS", ...args) as unknown[][];
  const check = (...args: Arg[]) => call("CHECK", ...args) as unknown[][];

  describe("PLAN.FLAGS", () => {
    test("one row per row of the range: titles on the header row, flags on each action, blanks elsewhere", () => {
      expect(flags(plan(), AS_OF)).toEqual([
        BLANK,
        BLANK,
        [...FLAG_TITLES],
        [date("2009-04-30"), "complete", true, false, 0, "blue"],
        [date("2009-10-31"), "in-progress", false, true, 243, "red"],
        BLANK,
        [date("2010-07-09"), "in-progress", false, false, 0, "amber"],
        ["ongoing", "", false, false, 0, "grey"],
        ["(unparsed)", "unknown", false, false, 0, "grey"],
      ]);
    });

    test("the titles", () => {
      expect(FLAG_TITLES).toEqual(["Due by", "Status", "Complete", "Overdue", "Days overdue", "RAG"]);
    });

    test("Due by shows the kind of a due date that has no deadline, and nothing for a blank one", () => {
      const rows: SheetValue[][] = [
        ["Action", "Lead", "Due", "Status"],
        ["a", "x", "May 2009 onwards", "Partial"],
        ["b", "x", "Immediate", "Not yet"],
        ["c", "x", "TBC", "Not yet"],
        ["d", "x", null, "Not yet"],
      ];
      expect(flags(rows, AS_OF).map((r) => r[0])).toEqual(["Due by", "from", "immediate", "", ""]);
    });

    test("blank cells are empty cells, as in the CLI: no due date, no status, no owner", () => {
      const rows: SheetValue[][] = [
        ["Action", "Lead", "Due", "Status"],
        ["a", null, null, null],
        ["b", "x", "May 2009", null],
      ];
      expect(flags(rows, AS_OF).slice(1)).toEqual([
        ["", "", false, false, 0, "grey"],
        [date("2009-05-31"), "", false, true, 396, "red"],
      ]);
    });

    test("another as_of, amber_days and quarters (a blank quarters cell: calendar)", () => {
      const rows: SheetValue[][] = [["Action", "Lead", "Due", "Status"], ["a", "x", "Q2 2010", null], ["b", "x", "31 July 2010", "Partial"]];
      expect(flags(rows, "2010-06-01").slice(1).map((r) => r[5])).toEqual(["green", "green"]);
      expect(flags(rows, AS_OF).slice(1).map((r) => [r[3], r[4], r[5]])).toEqual([[true, 1, "red"], [false, 0, "green"]]);
      expect(flags(rows, AS_OF, 30).slice(1).map((r) => r[5])).toEqual(["red", "amber"]);
      expect(flags(rows, AS_OF, omitted, "financial")[1]).toEqual([date("2010-09-30"), "", false, false, 0, "green"]);
      expect(flags(rows, AS_OF, omitted, blank)[1]).toEqual([date("2010-06-30"), "", false, true, 1, "red"]);
    });

    test("as_of left out, or a blank cell, is the day the formula is calculated", () => {
      jest.useFakeTimers({ now: new Date(2010, 6, 1, 12) });
      expect(flags(plan())).toEqual(flags(plan(), AS_OF));
      expect(flags(plan(), blank)).toEqual(flags(plan(), AS_OF));
    });

    test("a 1904 workbook: date cells read and Due by given in 1904 serials", () => {
      setWorkbookDateSystem(1904);
      const rows: SheetValue[][] = [["Action", "Lead", "Due", "Status"], ["a", "x", serial("2010-06-30", 1904), null]];
      expect(flags(rows, AS_OF)[1]).toEqual([date("2010-06-30", 1904), "", false, true, 1, "red"]);
    });

    test("error values in the range are values PlanCheck cannot read, as in a file: FLAGS is called and answers", () => {
      const rows: SheetValue[][] = [["Action", "Lead", "Due", "Status"], ["a", "x", { error: "#REF!" }, { error: "#N/A" }], ["b", "x", "May 2009", null]];
      const result = excelCall(profile, "FLAGS", [rows, value(AS_OF)]);
      expect(result.called).toBe(true);
      expect((result.shown as unknown[][]).slice(1)).toEqual([
        ["(unparsed)", "unknown", false, false, 0, "grey"],
        [date("2009-05-31"), "", false, true, 396, "red"],
      ]);
    });

    test("two tables in the range: titles on both header rows", () => {
      const rows: SheetValue[][] = [
        ["Action", "Lead", "Due", "Status"],
        ["a", "x", "May 2009", "✓"],
        [null, null, null, null],
        ["Plan for 2010-11", null, null, null],
        ["Action", "Lead", "Due", "Status"],
        ["b", "y", "May 2011", null],
      ];
      expect(flags(rows, AS_OF).map((r) => r[0])).toEqual(["Due by", date("2009-05-31"), "", "", "Due by", date("2011-05-31")]);
    });

    test("a range with no plan table is #N/A", () => {
      expect(call("FLAGS", [["Budget", 2010], ["Staff", 12000]], AS_OF)).toEqual({
        error: "#N/A",
        message: "No plan table found in the range: include its header row (e.g. Action | Lead | Due | Status).",
      });
    });

    test("bad settings are #VALUE!", () => {
      expect(call("FLAGS", plan(), "1/7/2010")).toMatchObject({ error: "#VALUE!" });
      expect(call("FLAGS", plan(), AS_OF, "soon")).toMatchObject({ error: "#VALUE!" });
      expect(call("FLAGS", plan(), AS_OF, 14, "fiscal")).toMatchObject({ error: "#VALUE!" });
      expect(call("FLAGS", plan(), AS_OF, 14, "calendar", "county")).toMatchObject({ error: "#VALUE!" });
    });

    describe("recalculation", () => {
      test("the same values again (fresh arrays, as Excel passes them) give the same spill", () => {
        const first = flags(plan(), AS_OF);
        expect(flags(plan(), AS_OF)).toEqual(first);
      });

      test("an edited cell is seen, even when the caller reuses and changes its array", () => {
        const rows = plan();
        expect(flags(rows, AS_OF)[4][5]).toBe("red");
        rows[4][4] = "Complete";
        expect(flags(rows, AS_OF)[4]).toEqual([date("2009-10-31"), "complete", true, false, 0, "blue"]);
        rows[4][4] = "Partial";
        expect(flags(rows, AS_OF)[4][5]).toBe("red");
      });

      test("a row that becomes a heading is no longer flagged", () => {
        const rows = plan();
        rows[8] = ["Communications", null, null, null, null];
        expect(flags(rows, AS_OF)[8]).toEqual(BLANK);
      });
    });
  });

  describe("PLAN.CHECK", () => {
    test("a titles row, then each problem with its cell", () => {
      expect(check(plan())).toEqual([
        [...FINDING_TITLES],
        ["C8", "error", "Row 8 has no Lead (C8 is blank).", "Fill in the Lead for this action."],
        [
          "D9",
          "warning",
          'The due date "When funding allows" in D9 is not a date PlanCheck can read, so this action cannot be checked for being overdue.',
          expect.stringMatching(/^Write a date such as 31\/03\/2010/),
        ],
        ["E9", "warning", 'The status "Noted" in E9 does not say whether the action is done.', expect.stringMatching(/^Start the cell with a status word/)],
      ]);
    });

    test("a blank Lead is missing, as in the CLI (desktop's 0 is not a Lead)", () => {
      const rows: SheetValue[][] = [["Action", "Lead", "Due", "Status"], ["a", null, "May 2009", "✓"]];
      expect(check(rows).slice(1).map((r) => r.slice(0, 3))).toEqual([["B2", "error", "Row 2 has no Lead (B2 is blank)."]]);
    });

    test("a range placed lower on the sheet: cells and rows are the sheet's own", () => {
      const lower = [[null, null, null, null, null], [null, null, null, null, null], ...plan()];
      expect(check(lower)[1].slice(0, 3)).toEqual(["C10", "error", "Row 10 has no Lead (C10 is blank)."]);
      // The plan itself from C5: Excel tells CHECK where the range is (CustomFunctionsRuntime 1.3).
      expect(check(range(plan(), "C5"))[1].slice(0, 3)).toEqual(["E12", "error", "Row 12 has no Lead (E12 is blank)."]);
      expect(check(range(plan(), "C5"))[2][0]).toBe("F13");
    });

    test("an error value in the range is checked as in a file, not the range's error", () => {
      const rows: SheetValue[][] = [["Action", "Lead", "Due", "Status"], ["a", "x", { error: "#N/A" }, "✓"]];
      const result = excelCall(profile, "CHECK", [rows]);
      expect(result.called).toBe(true);
      expect((result.shown as unknown[][]).slice(1).map((r) => r[0])).toEqual(["C2"]);
    });

    test("no problems: one row that says so", () => {
      const rows: SheetValue[][] = [["Action", "Lead", "Due", "Status"], ["a", "x", "May 2009", "✓"], ["b", "y", "June 2010", "Partial"]];
      expect(check(rows)).toEqual([[...FINDING_TITLES], ["", "", "No problems found: 2 actions checked against template generic.", ""]]);
      expect(check(rows.slice(0, 2))[1][2]).toBe("No problems found: 1 action checked against template generic.");
    });

    test("no plan table: one info row saying so, about the range", () => {
      const out = check([["Budget", 2010], ["Staff", 12000]]);
      expect(out).toHaveLength(2);
      expect(out[1]).toEqual(["", "info", "No plan table found in the range: no row has the column headings of any template.", expect.any(String)]);
    });

    test("a named template: its required columns are checked", () => {
      const rows: SheetValue[][] = [["Objective", "Activities", "Date"], ["Engage communities", "Hold ward meetings", "Q2 2010"]];
      const messages = check(rows, "police").slice(1).filter((r) => r[1] === "error").map((r) => r[2]);
      expect(messages).toEqual([
        'The header row (row 1) has no "This will require" column, which template "police" requires.',
        'The header row (row 1) has no "Lead Officer/ Dept." column, which template "police" requires.',
      ]);
      expect(check(rows, "generic").some((r) => String(r[2]).includes('template "police"'))).toBe(false);
      expect(check(rows, blank)).toEqual(check(rows));
    });

    test("errors first, then warnings, then information", () => {
      const ranks = { error: 0, warning: 1, info: 2 } as Record<string, number>;
      const severities = check(plan()).slice(1).map((r) => ranks[r[1] as string]);
      expect(severities).toEqual([...severities].sort((a, b) => a - b));
    });
  });
});

describe("where Excel cannot say where the range is", () => {
  test("Mac Excel before 16.40 (CustomFunctionsRuntime 1.2): cells count from the range's top-left as A1", () => {
    const old = { ...DESKTOP, runtime: "1.2" as const };
    expect((callFunction(old, "CHECK", [range(plan(), "C5")]) as unknown[][])[1].slice(0, 3)).toEqual(["C8", "error", "Row 8 has no Lead (C8 is blank)."]);
  });

  test("a range given by another function (no address): the same", () => {
    expect((callFunction(WEB, "CHECK", [value("Action")]) as unknown[][])[1][1]).toBe("info");
  });
});
