import { COMPLETION, OVERDUECOUNT } from "../../src/functions/functions";
import { column, thrown } from "./helpers";

describe("PLAN.COMPLETION: (complete + in-progress fractions) / actions not cancelled", () => {
  test.each<[string, unknown[][], number]>([
    ["one complete, one partial (no fraction: 0), one blank, 60%", column("✓", "Partial", "", "60%"), (1 + 0 + 0 + 0.6) / 4],
    ["a cancelled action leaves the count", column("✓", "Withdrawn", "Not yet"), 1 / 2],
    ["numbers are shares of the work", column(1, 0.5, 0), 1.5 / 3],
    ["booleans: TRUE done, FALSE not", column(true, false), 1 / 2],
    ["an error value is a status PlanCheck cannot read: counted, not done", column("✓", { code: "#N/A" }), 1 / 2],
    ["a range of several columns counts every cell", [["✓", "Not yet"], ["✓", "✓"]], 3 / 4],
    ["rounded to 3 decimals", column("✓", "Not yet", "Not yet"), 0.333],
  ])("%s", (_name, statuses, expected) => {
    expect(COMPLETION(statuses)).toBeCloseTo(expected, 10);
  });

  test("seed 000's Achieved? column: 19 ✓, 2 Partial, 1 ----, 12 blank → 19/34", () => {
    const statuses = column(...Array<string>(19).fill("✓"), "Partial", "Partial", "----", ...Array<string>(12).fill(""));
    expect(COMPLETION(statuses)).toBe(0.559);
  });

  test("one cell passed by value", () => {
    expect(COMPLETION("✓" as unknown as unknown[][])).toBe(1);
  });

  describe("with the action column beside it", () => {
    const statuses = column("✓", "", "", "Not yet");
    const actions = column("Draft framework", "", "  ", "Publicise it");

    test("rows with a blank action (blank rows, headings) are left out", () => {
      expect(COMPLETION(statuses)).toBe(0.25);
      expect(COMPLETION(statuses, actions)).toBe(0.5);
    });

    test("left out, or blank: every cell counts", () => {
      expect(COMPLETION(statuses, null as unknown as unknown[][])).toBe(0.25);
    });

    test("a different size is #VALUE!", () => {
      expect(thrown(() => COMPLETION(statuses, column("a", "b")))).toEqual({
        code: "#VALUE!",
        message: "actions must be the same size as statuses (4×1), not 2×1.",
      });
    });
  });

  test.each<[string, unknown[][], string]>([
    ["all blank", column("", "", ""), "no cell in the range records a status PlanCheck recognises (all blank or unrecognised)."],
    ["nothing recognised", column("Noted", "See notes", ""), "no cell in the range records a status PlanCheck recognises (all blank or unrecognised)."],
    ["every action cancelled", column("Withdrawn", "Cancelled"), "every action in the range is cancelled."],
  ])("%s → #N/A", (_name, statuses, why) => {
    expect(thrown(() => COMPLETION(statuses))).toEqual({ code: "#N/A", message: `Completion cannot be assessed: ${why}` });
  });

  test("no actions left after the action column → #N/A", () => {
    expect(thrown(() => COMPLETION(column("✓"), column("")))).toEqual({ code: "#N/A", message: "Completion cannot be assessed: the range holds no actions." });
  });
});

describe("PLAN.OVERDUECOUNT", () => {
  const dues = column("May 2009", "30 June 2010", "1 July 2010", "Ongoing", "", "When funding allows", "May 2009", 40359, { code: "#REF!" });
  const statuses = column("", "Partial", "", "", "Not yet", "", "✓", "", "");
  // Overdue on 1 July 2010: May 2009 (blank), 30 June 2010 (partial) and serial 40359 (30 June 2010, blank).
  // Not: due today, ongoing, no date, unreadable, complete, and an error value (a due date that cannot be read).

  test("counts the rows past their date that are neither complete nor cancelled", () => {
    expect(OVERDUECOUNT(dues, statuses, "2010-07-01")).toBe(3);
    expect(OVERDUECOUNT(dues, statuses, 40360)).toBe(3);
    expect(OVERDUECOUNT(dues, statuses, "2010-07-02")).toBe(4);
    expect(OVERDUECOUNT(dues, statuses, "2009-01-01")).toBe(0);
  });

  test("as_of left out is today", () => {
    jest.useFakeTimers({ now: new Date(2010, 6, 2, 8) });
    try {
      expect(OVERDUECOUNT(dues, statuses)).toBe(4);
    } finally {
      jest.useRealTimers();
    }
  });

  test("quarters", () => {
    expect(OVERDUECOUNT(column("Q2 2010"), column(""), "2010-07-01", "calendar")).toBe(1);
    expect(OVERDUECOUNT(column("Q2 2010"), column(""), "2010-07-01", "financial")).toBe(0);
  });

  test("dues and statuses must be the same size", () => {
    expect(thrown(() => OVERDUECOUNT(column("May 2009", "June 2009"), column(""), "2010-07-01"))).toEqual({
      code: "#VALUE!",
      message: "statuses must be the same size as dues (2×1), not 1×1.",
    });
  });

  test("a bad as_of is #VALUE!", () => {
    expect(thrown(() => OVERDUECOUNT(dues, statuses, "July 2010"))).toMatchObject({ code: "#VALUE!" });
  });
});
