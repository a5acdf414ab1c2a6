/**
 * PLAN.COMPLETION and PLAN.OVERDUECOUNT over columns of a plan, called as Excel calls them (excelCalls.ts) on
 * desktop and on the web: blank cells inside the ranges (0 on desktop, null on the web) and error values.
 */
import { PROFILES, blank, callFunction, loadFunctions, omitted, type Argument, type SheetValue } from "./excelCalls";
import { column } from "./helpers";

type Arg = Argument | SheetValue | SheetValue[][];

beforeAll(loadFunctions);
afterEach(() => jest.useRealTimers());

describe.each(PROFILES)("on $name", (profile) => {
  const call = (id: string, ...args: Arg[]) => callFunction(profile, id, args);

  describe("PLAN.COMPLETION: (complete + in-progress fractions) / actions not cancelled", () => {
    test.each<[string, SheetValue[][], number]>([
      ["one complete, one partial (no fraction: 0), one blank, 60%", column("✓", "Partial", null, "60%"), (1 + 0 + 0 + 0.6) / 4],
      ["a cancelled action leaves the count", column("✓", "Withdrawn", "Not yet"), 1 / 2],
      ["numbers are shares of the work (a typed 0 reads as a blank: nothing done)", column(1, 0.5, 0), 1.5 / 3],
      ["booleans: TRUE done, FALSE not", column(true, false), 1 / 2],
      ["a blank cell and empty text count alike: not done", column("✓", "✓", null, ""), 2 / 4],
      ["a range of several columns counts every cell", [["✓", "Not yet"], ["✓", "✓"]], 3 / 4],
      ["rounded to 3 decimals", column("✓", "Not yet", "Not yet"), 0.333],
    ])("%s", (_name, statuses, expected) => {
      expect(call("COMPLETION", statuses)).toBeCloseTo(expected, 10);
    });

    test("an error value in the range is a status PlanCheck cannot read, as in a file: counted, not done", () => {
      expect(call("COMPLETION", column("✓", { error: "#N/A" }))).toBe(0.5);
      expect(call("COMPLETION", column("✓", { error: "#REF!" }, null))).toBe(0.333);
    });

    test("seed 000's Achieved? column: 19 ✓, 2 Partial, 1 ----, 12 blank → 19/34", () => {
      const statuses = column(...Array<string>(19).fill("✓"), "Partial", "Partial", "----", ...Array<null>(12).fill(null));
      expect(call("COMPLETION", statuses)).toBe(0.559);
    });

    test("one cell", () => {
      expect(call("COMPLETION", "✓")).toBe(1);
    });

    describe("with the action column beside it", () => {
      const statuses = column("✓", null, null, "Not yet");
      const actions = column("Draft framework", null, "  ", "Publicise it");

      test("rows with a blank action (blank rows, headings) are left out", () => {
        expect(call("COMPLETION", statuses)).toBe(0.25);
        expect(call("COMPLETION", statuses, actions)).toBe(0.5);
      });

      test("left out: every cell counts", () => {
        expect(call("COMPLETION", statuses, omitted)).toBe(0.25);
      });

      test("a different size is #VALUE!", () => {
        expect(call("COMPLETION", statuses, column("a", "b"))).toEqual({
          error: "#VALUE!",
          message: "actions must be the same size as statuses (4×1), not 2×1.",
        });
      });
    });

    test.each<[string, SheetValue[][], string]>([
      ["all blank", column(null, null, ""), "no cell in the range records a status PlanCheck recognises (all blank or unrecognised)."],
      ["nothing recognised", column("Noted", "See notes", null), "no cell in the range records a status PlanCheck recognises (all blank or unrecognised)."],
      ["every action cancelled", column("Withdrawn", "Cancelled"), "every action in the range is cancelled."],
    ])("%s → #N/A", (_name, statuses, why) => {
      expect(call("COMPLETION", statuses)).toEqual({ error: "#N/A", message: `Completion cannot be assessed: ${why}` });
    });

    test("no actions left after the action column → #N/A", () => {
      expect(call("COMPLETION", column("✓"), column(null))).toEqual({ error: "#N/A", message: "Completion cannot be assessed: the range holds no actions." });
    });
  });

  describe("PLAN.OVERDUECOUNT", () => {
    const dues = column("May 2009", "30 June 2010", "1 July 2010", "Ongoing", null, "When funding allows", "May 2009", 40359, { error: "#REF!" });
    const statuses = column(null, "Partial", null, null, "Not yet", null, "✓", null, { error: "#N/A" });
    // Overdue on 1 July 2010: May 2009 (blank), 30 June 2010 (partial) and serial 40359 (30 June 2010, blank).
    // Not: due today, ongoing, no date, unreadable, complete, and an error value (a due date that cannot be read).

    test("counts the rows past their date that are neither complete nor cancelled", () => {
      expect(call("OVERDUECOUNT", dues, statuses, "2010-07-01")).toBe(3);
      expect(call("OVERDUECOUNT", dues, statuses, 40360)).toBe(3);
      expect(call("OVERDUECOUNT", dues, statuses, "2010-07-02")).toBe(4);
      expect(call("OVERDUECOUNT", dues, statuses, "2009-01-01")).toBe(0);
    });

    test("as_of left out, or a blank cell, is the day the formula is calculated", () => {
      jest.useFakeTimers({ now: new Date(2010, 6, 2, 8) });
      expect(call("OVERDUECOUNT", dues, statuses)).toBe(4);
      expect(call("OVERDUECOUNT", dues, statuses, blank)).toBe(4);
    });

    test("quarters (a blank cell: calendar)", () => {
      expect(call("OVERDUECOUNT", column("Q2 2010"), column(null), "2010-07-01", "calendar")).toBe(1);
      expect(call("OVERDUECOUNT", column("Q2 2010"), column(null), "2010-07-01", blank)).toBe(1);
      expect(call("OVERDUECOUNT", column("Q2 2010"), column(null), "2010-07-01", "financial")).toBe(0);
    });

    test("a blank due cell is no deadline and a blank status nothing recorded, as in the CLI", () => {
      // A blank due cell read as the number 0 would be an unreadable date; a blank status read as 0, "not started".
      expect(call("OVERDUECOUNT", column(null, "May 2009"), column("Awaits County", null), "2010-07-01")).toBe(1);
    });

    test("dues and statuses must be the same size", () => {
      expect(call("OVERDUECOUNT", column("May 2009", "June 2009"), column(null), "2010-07-01")).toEqual({
        error: "#VALUE!",
        message: "statuses must be the same size as dues (2×1), not 1×1.",
      });
    });

    test("a bad as_of is #VALUE!", () => {
      expect(call("OVERDUECOUNT", dues, statuses, "July 2010")).toMatchObject({ error: "#VALUE!" });
    });
  });
});
