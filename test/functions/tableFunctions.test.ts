import { CHECK, FLAGS } from "../../src/functions/functions";
import { setWorkbookDateSystem } from "../../src/functions/settings";
import { FINDING_TITLES, FLAG_TITLES } from "../../src/functions/table";
import { isoToSerial } from "../../src/model/excelDate";
import { thrown } from "./helpers";

const serial = (iso: string, system: 1900 | 1904 = 1900) => isoToSerial(iso, system);
const AS_OF = "2010-07-01";
const BLANK = ["", "", "", "", "", ""];

/** A small plan as Excel passes A1:E9: a title, a blank row, the header, two workstreams with a blank row between. */
function plan(): unknown[][] {
  return [
    ["District action plan 2010", "", "", "", ""],
    ["", "", "", "", ""],
    ["Priority workstream", "Action", "Lead", "Target date", "Status"],
    ["Joint working", "Draft framework adopted", "Head of Policy", "30 April 2009", "✓"],
    ["", "Gap analysis of training needs", "Policy team", "October 2009", "Partial"],
    ["", "", "", "", ""],
    ["Local problem solving", "Principles drafted", "CSP manager", serial("2010-07-09"), "In progress"],
    ["", "Principles agreed by partners", "", "Ongoing", ""],
    ["", "Problem-solving toolkit", "CSP manager", "When funding allows", "Noted"],
  ];
}

afterEach(() => setWorkbookDateSystem(1900));

describe("PLAN.FLAGS", () => {
  test("one row per row of the range: titles on the header row, flags on each action, blanks elsewhere", () => {
    expect(FLAGS(plan(), AS_OF)).toEqual([
      BLANK,
      BLANK,
      [...FLAG_TITLES],
      [serial("2009-04-30"), "complete", true, false, 0, "blue"],
      [serial("2009-10-31"), "in-progress", false, true, 243, "red"],
      BLANK,
      [serial("2010-07-09"), "in-progress", false, false, 0, "amber"],
      ["ongoing", "", false, false, 0, "grey"],
      ["(unparsed)", "unknown", false, false, 0, "grey"],
    ]);
  });

  test("the titles", () => {
    expect(FLAG_TITLES).toEqual(["Due by", "Status", "Complete", "Overdue", "Days overdue", "RAG"]);
  });

  test("Due by shows the kind of a due date that has no deadline", () => {
    const range = [
      ["Action", "Lead", "Due", "Status"],
      ["a", "x", "May 2009 onwards", "Partial"],
      ["b", "x", "Immediate", "Not yet"],
      ["c", "x", "TBC", "Not yet"],
      ["d", "x", "", "Not yet"],
    ];
    expect(FLAGS(range, AS_OF).map((r) => r[0])).toEqual(["Due by", "from", "immediate", "", ""]);
  });

  test("another as_of, amber_days and quarters", () => {
    const range = [["Action", "Lead", "Due", "Status"], ["a", "x", "Q2 2010", ""], ["b", "x", "31 July 2010", "Partial"]];
    expect(FLAGS(range, "2010-06-01").slice(1).map((r) => r[5])).toEqual(["green", "green"]);
    expect(FLAGS(range, AS_OF).slice(1).map((r) => [r[3], r[4], r[5]])).toEqual([[true, 1, "red"], [false, 0, "green"]]);
    expect(FLAGS(range, AS_OF, 30).slice(1).map((r) => r[5])).toEqual(["red", "amber"]);
    expect(FLAGS(range, AS_OF, undefined, "financial")[1]).toEqual([serial("2010-09-30"), "", false, false, 0, "green"]);
  });

  test("as_of left out is today", () => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 12) });
    try {
      expect(FLAGS(plan())).toEqual(FLAGS(plan(), AS_OF));
    } finally {
      jest.useRealTimers();
    }
  });

  test("a 1904 workbook: date cells read and Due by given in 1904 serials", () => {
    setWorkbookDateSystem(1904);
    const range = [["Action", "Lead", "Due", "Status"], ["a", "x", serial("2010-06-30", 1904), ""]];
    expect(FLAGS(range, AS_OF)[1]).toEqual([serial("2010-06-30", 1904), "", false, true, 1, "red"]);
  });

  test("error values in the range are values PlanCheck cannot read, as in a file", () => {
    const range = [["Action", "Lead", "Due", "Status"], ["a", "x", { code: "#REF!" }, { code: "#N/A" }]];
    expect(FLAGS(range, AS_OF)[1]).toEqual(["(unparsed)", "unknown", false, false, 0, "grey"]);
  });

  test("two tables in the range: titles on both header rows", () => {
    const range = [
      ["Action", "Lead", "Due", "Status"],
      ["a", "x", "May 2009", "✓"],
      ["", "", "", ""],
      ["Plan for 2010-11", "", "", ""],
      ["Action", "Lead", "Due", "Status"],
      ["b", "y", "May 2011", ""],
    ];
    const out = FLAGS(range, AS_OF);
    expect(out.map((r) => r[0])).toEqual(["Due by", serial("2009-05-31"), "", "", "Due by", serial("2011-05-31")]);
  });

  test("a range with no plan table is #N/A", () => {
    expect(thrown(() => FLAGS([["Budget", 2010], ["Staff", 12000]], AS_OF))).toEqual({
      code: "#N/A",
      message: "No plan table found in the range: include its header row (e.g. Action | Lead | Due | Status).",
    });
  });

  test("bad settings are #VALUE!", () => {
    expect(thrown(() => FLAGS(plan(), "1/7/2010"))).toMatchObject({ code: "#VALUE!" });
    expect(thrown(() => FLAGS(plan(), AS_OF, "soon"))).toMatchObject({ code: "#VALUE!" });
    expect(thrown(() => FLAGS(plan(), AS_OF, 14, "fiscal"))).toMatchObject({ code: "#VALUE!" });
    expect(thrown(() => FLAGS(plan(), AS_OF, 14, "calendar", "county"))).toMatchObject({ code: "#VALUE!" });
  });

  describe("recalculation", () => {
    test("the same values again (fresh arrays, as Excel passes them) give the same spill", () => {
      const first = FLAGS(plan(), AS_OF);
      expect(FLAGS(plan(), AS_OF)).toEqual(first);
    });

    test("an edited cell is seen, even when the caller reuses and changes its array", () => {
      const range = plan();
      expect(FLAGS(range, AS_OF)[4][5]).toBe("red");
      range[4][4] = "Complete";
      expect(FLAGS(range, AS_OF)[4]).toEqual([serial("2009-10-31"), "complete", true, false, 0, "blue"]);
      range[4][4] = "Partial";
      expect(FLAGS(range, AS_OF)[4][5]).toBe("red");
    });

    test("a row that becomes a heading is no longer flagged", () => {
      const range = plan();
      range[8] = ["Communications", "", "", "", ""];
      expect(FLAGS(range, AS_OF)[8]).toEqual(BLANK);
    });
  });
});

describe("PLAN.CHECK", () => {
  test("a titles row, then each problem with its cell counted from the range's top-left", () => {
    expect(CHECK(plan())).toEqual([
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

  test("the same plan two rows lower in the range: every cell and row number moves with it", () => {
    const lower = [["", "", "", "", ""], ["", "", "", "", ""], ...plan()];
    expect(CHECK(lower)[1].slice(0, 3)).toEqual(["C10", "error", "Row 10 has no Lead (C10 is blank)."]);
  });

  test("no problems: one row that says so", () => {
    const range = [["Action", "Lead", "Due", "Status"], ["a", "x", "May 2009", "✓"], ["b", "y", "June 2010", "Partial"]];
    expect(CHECK(range)).toEqual([[...FINDING_TITLES], ["", "", "No problems found: 2 actions checked against template generic.", ""]]);
    expect(CHECK(range.slice(0, 2))[1][2]).toBe("No problems found: 1 action checked against template generic.");
  });

  test("no plan table: one info row saying so, about the range", () => {
    const out = CHECK([["Budget", 2010], ["Staff", 12000]]);
    expect(out).toHaveLength(2);
    expect(out[1][0]).toBe("");
    expect(out[1][1]).toBe("info");
    expect(out[1][2]).toBe("No plan table found in the range: no row has the column headings of any template.");
  });

  test("a named template: its required columns are checked", () => {
    const range = [["Objective", "Activities", "Date"], ["Engage communities", "Hold ward meetings", "Q2 2010"]];
    const messages = CHECK(range, "police").slice(1).filter((r) => r[1] === "error").map((r) => r[2]);
    expect(messages).toEqual([
      'The header row (row 1) has no "This will require" column, which template "police" requires.',
      'The header row (row 1) has no "Lead Officer/ Dept." column, which template "police" requires.',
    ]);
    expect(CHECK(range, "generic").some((r) => String(r[2]).includes('template "police"'))).toBe(false);
  });

  test("errors first, then warnings, then information", () => {
    const ranks = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    const severities = CHECK(plan()).slice(1).map((r) => ranks[r[1] as string]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});
