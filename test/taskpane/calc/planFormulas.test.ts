/**
 * =PLAN.* formulas written by hand into a fake sheet and calculated with the add-in loaded, the calls going
 * through the functions' model of Excel (planFunctions.ts over test/functions/excelCalls.ts) under each
 * profile — desktop Excel as perpetual Office 2021/2024 has it and as Microsoft 365 has it (a blank cell is
 * 0), and the web (a blank cell is null): the flags of a plan, a blank as-of cell, errors, a colleague without
 * the add-in, a circular reference, spills, CHECK's addresses, a function that would show #BUSY!, and what an
 * unrelated edit makes Excel recalculate.
 */
import * as functionsModule from "../../../src/functions/functions";
import { isoToSerial } from "../../../src/model/excelDate";
import { setWorkbookDateSystem } from "../../../src/functions/settings";
import { FakeWorkbook, type FakeSheet, type Raw } from "../fakeExcelModel";
import { calculateWorkbook, evaluationsAfterEdit, CalculationFailed, sheetValues } from "./calculate";
import type { ExcelResultCell } from "./customFunctions";
import { DESKTOP, DESKTOP_365, loadFunctions, planFunctions, WEB, type Profile } from "./planFunctions";

const PROFILES: Profile[] = [DESKTOP, DESKTOP_365, WEB];
const AS_OF = "2010-07-01";

const serial = (iso: string) => isoToSerial(iso, 1900);

/**
 * Plan rows (action, due, status), their flags (overdue, days overdue, RAG) as of 1 July 2010 with a 14-day
 * amber window, and PLAN.FLAGS' readings of the due date and the status.
 */
const ROWS: { cells: Raw[]; flags: [boolean, number, string]; dueBy: number | string; state: string }[] = [
  { cells: ["Draft the framework", serial("2010-06-30"), "In progress"], flags: [true, 1, "red"], dueBy: serial("2010-06-30"), state: "in-progress" },
  { cells: ["Adopt the framework", "July 2010", "Complete"], flags: [false, 0, "blue"], dueBy: serial("2010-07-31"), state: "complete" },
  { cells: ["Agree the principles", serial("2010-07-10"), "Partial"], flags: [false, 0, "amber"], dueBy: serial("2010-07-10"), state: "in-progress" },
  { cells: ["Meet the panels", "Ongoing", "Not started"], flags: [false, 0, "green"], dueBy: "ongoing", state: "not-started" },
  { cells: ["Newsletter", serial("2009-05-31"), "Cancelled"], flags: [false, 0, "grey"], dueBy: serial("2009-05-31"), state: "cancelled" },
];

/** What PLAN.FLAGS spills beside the plan's header row and rows; `more` rows after them. */
const flagsSpill = (...more: unknown[][]) => [["Due by", "Status", "Complete", "Overdue", "Days overdue", "RAG"], ...ROWS.map((r) => [r.dueBy, r.state, r.flags[2] === "blue", ...r.flags]), ...more];
const spillValues = (spill: ExcelResultCell[][] | undefined) => spill?.map((row) => row.map((c) => (c.kind === "value" ? c.value : c.code)));

interface Layout {
  workbook: FakeWorkbook;
  plan: FakeSheet;
  settings: FakeSheet;
}

/**
 * A plan on sheet Plan (A: action, B: due, C: status) with flag formulas in D:F reading the day from `day` —
 * the name AsOf (Settings!B1, the as-of cell itself) or Day (Settings!B3, =IF(ISBLANK(AsOf),TODAY(),AsOf),
 * as design-11.md has the pane write it) — and the amber window from AmberDays (Settings!B2).
 */
function planWith(day: "AsOf" | "Day", asOf: number | undefined): Layout {
  const workbook = new FakeWorkbook();
  const plan = workbook.addSheet("Plan");
  const settings = workbook.addSheet("Settings");
  ["Action", "Due", "Status", "Overdue", "Days overdue", "RAG"].forEach((h, c) => plan.setRaw(0, c, h));
  ROWS.forEach(({ cells }, i) => {
    const r = i + 2;
    cells.forEach((v, c) => plan.setRaw(r - 1, c, v));
    plan.setRaw(r - 1, 3, { formula: `PLAN.OVERDUE(B${r},C${r},${day})` });
    plan.setRaw(r - 1, 4, { formula: `PLAN.DAYSOVERDUE(B${r},C${r},${day})` });
    plan.setRaw(r - 1, 5, { formula: `PLAN.RAG(B${r},C${r},${day},AmberDays)` });
  });
  if (asOf !== undefined) settings.setRaw(0, 1, asOf);
  settings.setRaw(1, 1, 14);
  settings.setRaw(2, 1, { formula: "IF(ISBLANK(AsOf),TODAY(),AsOf)" });
  const cell = (row: number) => ({ sheet: settings, rect: { top: row, left: 1, rows: 1, cols: 1 }, comment: "" });
  workbook.names.push({ name: "AsOf", ...cell(0) }, { name: "AmberDays", ...cell(1) }, { name: "Day", ...cell(2) });
  return { workbook, plan, settings };
}

const flagsShown = (plan: FakeSheet) => sheetValues(plan, `D2:F${ROWS.length + 1}`);
const expectedFlags = ROWS.map((r) => r.flags);

beforeAll(loadFunctions);
beforeEach(() => setWorkbookDateSystem(1900)); // as the Excel host tells the functions when the workbook opens
afterEach(() => jest.useRealTimers());

describe.each(PROFILES)("PLAN.* formulas ($name)", (profile) => {
  const functions = planFunctions(profile);

  test("with an as-of date, every row's flags are the model's", () => {
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    const calc = calculateWorkbook(workbook, { functions });
    expect(flagsShown(plan)).toEqual(expectedFlags);
    expect(calc.errors).toEqual([]);
    expect(calc.evaluations).toEqual({ OVERDUE: ROWS.length, DAYSOVERDUE: ROWS.length, RAG: ROWS.length });
  });

  test("with the day cell =IF(ISBLANK(as-of),TODAY(),as-of) and the as-of cell blank, the flags are today's", () => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 9) });
    const { workbook, plan, settings } = planWith("Day", undefined);
    calculateWorkbook(workbook, { functions });
    expect(sheetValues(settings, "B3")).toEqual([[serial(AS_OF)]]);
    expect(flagsShown(plan)).toEqual(expectedFlags);
  });

  test("an error in a cell reaches the row functions (allowErrorForDataTypeAny): #N/A stays #N/A, another error is #VALUE! naming it", () => {
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    plan.setRaw(1, 1, { error: "#N/A" });
    plan.setRaw(2, 2, { error: "#REF!" });
    const calc = calculateWorkbook(workbook, { functions });
    expect(sheetValues(plan, "D2:F3")).toEqual([
      ["#N/A", "#N/A", "#N/A"],
      ["#VALUE!", "#VALUE!", "#VALUE!"],
    ]);
    expect(calc.errors.map((e) => [e.address, e.code, e.message])).toEqual([
      ...["D2", "E2", "F2"].map((a) => [`Plan!${a}`, "#N/A", "due is #N/A."]),
      ...["D3", "E3", "F3"].map((a) => [`Plan!${a}`, "#VALUE!", "status is the error #REF!: correct that cell first."]),
    ]);
  });

  test("without allowErrorForDataTypeAny (the generator's own functions.json) Excel withholds the errors: the cells show them", async () => {
    const { generated } = await loadFunctions();
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    plan.setRaw(1, 1, { error: "#N/A" });
    plan.setRaw(2, 2, { error: "#REF!" });
    const calc = calculateWorkbook(workbook, { functions: planFunctions(profile, generated) });
    expect(sheetValues(plan, "D2:F3")).toEqual([
      ["#N/A", "#N/A", "#N/A"],
      ["#REF!", "#REF!", "#REF!"],
    ]);
    expect(calc.errors.map((e) => e.address)).toEqual(["D2", "E2", "F2", "D3", "E3", "F3"].map((a) => `Plan!${a}`));
  });

  test("text PlanCheck cannot read as a date is #VALUE! from PLAN.DUE, with PlanCheck's message, listed by cell", () => {
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    plan.setRaw(1, 1, "When funding allows");
    plan.setRaw(1, 6, { formula: "PLAN.DUE(B2)" });
    const calc = calculateWorkbook(workbook, { functions });
    expect(sheetValues(plan, "D2:G2")).toEqual([[false, 0, "green", "#VALUE!"]]);
    expect(calc.errors).toEqual([{ address: "Plan!G2", code: "#VALUE!", message: expect.stringMatching(/cannot read "When funding allows" as a due date/) }]);
  });

  test("a circular reference through a function (=PLAN.ISCOMPLETE(D2) in D2) cannot be missed", () => {
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    plan.setRaw(1, 3, { formula: "PLAN.ISCOMPLETE(D2)" });
    expect(() => calculateWorkbook(workbook, { functions })).toThrow(CalculationFailed);
    expect(() => calculateWorkbook(workbook, { functions })).toThrow(/circular reference \(Excel shows 0 and warns\): Plan!D2$/);
    const calc = calculateWorkbook(workbook, { functions, cycles: "report" });
    expect(calc.cycles).toEqual(["Plan!D2"]);
    expect(sheetValues(plan, "D2")).toEqual([[0]]);
  });

  test("FLAGS spills one row per row of its range, six columns wide", () => {
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    plan.setRaw(0, 9, { formula: `PLAN.FLAGS(A1:C${ROWS.length + 1},AsOf,AmberDays)` });
    const calc = calculateWorkbook(workbook, { functions });
    expect(spillValues(calc.spills.get("Plan!J1"))).toEqual(flagsSpill());
    expect(sheetValues(plan, "J1")).toEqual([["Due by"]]);
  });

  test("a function that answers with a Promise (#BUSY! in Excel until it settles) fails the calculation", () => {
    const { workbook } = planWith("AsOf", serial(AS_OF));
    const spy = jest.spyOn(functionsModule, "RAG").mockImplementation(() => Promise.resolve("red") as unknown as string);
    try {
      expect(() => calculateWorkbook(workbook, { functions })).toThrow(/Plan!F2: PLAN.RAG: PLAN.RAG returned a Promise: Excel shows #BUSY!/);
    } finally {
      spy.mockRestore();
    }
  });

  test("CHECK learns where its range starts (CustomFunctionsRuntime 1.3 and later): its cells are the sheet's own", () => {
    const cell = (v: string) => (v === "" ? { kind: "blank" as const } : { kind: "value" as const, value: v });
    const rows = [["Action", "Lead", "Due"], ["Draft", "", "June 2010"]].map((r) => r.map(cell));
    const found = functions.invoke("CHECK", [{ kind: "reference", at: { sheet: "Latest plan", row: 4, col: 2 }, rows }]);
    expect(found.kind === "array" && found.rows[1].slice(0, 3)).toEqual([
      { kind: "value", value: "D6" },
      { kind: "value", value: "error" },
      { kind: "value", value: "Row 6 has no Lead (D6 is blank)." },
    ]);
  });

  test("CHECK, whose spill only its values can size, is refused rather than guessed", () => {
    const { workbook, plan } = planWith("AsOf", serial(AS_OF));
    plan.setRaw(0, 9, { formula: `PLAN.CHECK(A1:C${ROWS.length + 1})` });
    expect(() => calculateWorkbook(workbook, { functions })).toThrow(/Plan!J1: PLAN.CHECK: the size of its spill depends on the values/);
  });

  test("a 1904 workbook: serials are read in its date system", () => {
    setWorkbookDateSystem(1904);
    const workbook = new FakeWorkbook(1904);
    const sheet = workbook.addSheet("Plan");
    sheet.setRaw(0, 0, isoToSerial("2010-06-30", 1904));
    sheet.setRaw(0, 1, { formula: `PLAN.DAYSOVERDUE(A1,"",DATE(2010,7,1))` });
    sheet.setRaw(0, 2, { formula: `PLAN.DUE("30 June 2010")=A1` });
    calculateWorkbook(workbook, { functions });
    expect(sheetValues(sheet, "B1:C1")).toEqual([[1, true]]);
  });
});

test.each(PROFILES)("a colleague without the add-in sees #NAME? in every PLAN.* cell, and the rest calculated ($name)", () => {
  const { workbook, plan, settings } = planWith("Day", serial(AS_OF));
  const calc = calculateWorkbook(workbook);
  expect(flagsShown(plan)).toEqual(ROWS.map(() => ["#NAME?", "#NAME?", "#NAME?"]));
  expect(calc.errors).toHaveLength(ROWS.length * 3);
  expect(sheetValues(settings, "B3")).toEqual([[serial(AS_OF)]]);
});

// The as-of cell blank and handed straight to the functions (no TODAY() in the formula): on desktop it
// arrives as 0, on the web as null, and both mean the day the formula is calculated.
describe.each(PROFILES)("a blank as-of cell passed straight to the functions means today ($name)", (profile) => {
  test("every row's flags are today's", () => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 9) });
    const { workbook, plan } = planWith("AsOf", undefined);
    const overdue = jest.spyOn(functionsModule, "OVERDUE");
    try {
      const calc = calculateWorkbook(workbook, { functions: planFunctions(profile) });
      expect(flagsShown(plan)).toEqual(expectedFlags);
      expect(calc.errors).toEqual([]);
      // The blank arrived as the profile passes one: 0 on desktop, null on the web.
      expect(new Set(overdue.mock.calls.map((args) => args[2]))).toEqual(new Set([profile.blank]));
    } finally {
      overdue.mockRestore();
    }
  });
});

// A blank row inside the range arrives as zeros on desktop and nulls on the web: FLAGS reads both as an
// empty row and answers blanks for it, not a due date "0" or a green row.
test.each(PROFILES)("an empty row inside PLAN.FLAGS' range gets blanks ($name)", (profile) => {
  const { workbook, plan } = planWith("AsOf", serial(AS_OF));
  plan.setRaw(0, 9, { formula: `PLAN.FLAGS(A1:C${ROWS.length + 2},AsOf,AmberDays)` });
  const flags = jest.spyOn(functionsModule, "FLAGS");
  try {
    const calc = calculateWorkbook(workbook, { functions: planFunctions(profile) });
    expect(spillValues(calc.spills.get("Plan!J1"))).toEqual(flagsSpill(["", "", "", "", "", ""]));
    const table = flags.mock.calls[0][0];
    expect(table[table.length - 1]).toEqual([profile.blank, profile.blank, profile.blank]);
  } finally {
    flags.mockRestore();
  }
});

describe("what an edit makes Excel recalculate (a 200-row plan)", () => {
  /** The plan's rows repeated to 200, with the flag formulas on each. */
  function bigPlan(day: "AsOf" | "Day", asOf: number | undefined): FakeWorkbook {
    const { workbook, plan } = planWith(day, asOf);
    for (let r = ROWS.length + 1; r < 201; r++) {
      for (let c = 0; c < 6; c++) {
        const from = plan.raw(1 + (r % ROWS.length), c);
        plan.setRaw(r, c, typeof from === "object" && "formula" in from ? { formula: from.formula.replace(/(?<=[BC])\d+/g, String(r + 1)) } : from);
      }
    }
    return workbook;
  }
  const edit = { sheet: "Plan", address: "H1", value: "a note" };

  // No PLAN function is volatile, but TODAY() is, and Excel recalculates a volatile cell's dependants at every
  // recalculation: with the as-of blank, the day cell (=IF(ISBLANK(AsOf),TODAY(),AsOf)) carries every row's
  // three flags into each recalculation, whatever was edited — 600 calls here, the cost of following the
  // calendar (the functions' memo answers most of them from a cache).
  test.each(PROFILES)("with the as-of cell blank, every row follows TODAY(): an unrelated edit recalculates them all ($name)", (profile) => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 9) });
    expect(evaluationsAfterEdit(bigPlan("Day", undefined), { functions: planFunctions(profile) }, edit)).toEqual({ OVERDUE: 200, DAYSOVERDUE: 200, RAG: 200 });
  });

  test.each(PROFILES)("with an as-of date, an unrelated edit calls no function, and a due date edit only that row's ($name)", (profile) => {
    const workbook = bigPlan("AsOf", serial(AS_OF));
    const functions = planFunctions(profile);
    expect(evaluationsAfterEdit(workbook, { functions }, edit)).toEqual({});
    expect(evaluationsAfterEdit(workbook, { functions }, { sheet: "Plan", address: "B50", value: isoToSerial("2010-06-01", 1900) })).toEqual({ OVERDUE: 1, DAYSOVERDUE: 1, RAG: 1 });
  });

  // The formula the pane writes into PlanCheckDay once an as-of date is set: =AsOf, without TODAY().
  test.each(PROFILES)("with the day cell =AsOf (an as-of date set in the pane), an unrelated edit calls no function ($name)", (profile) => {
    const { workbook, settings } = planWith("Day", serial(AS_OF));
    settings.setRaw(2, 1, { formula: "AsOf" });
    expect(evaluationsAfterEdit(workbook, { functions: planFunctions(profile) }, edit)).toEqual({});
  });
});
