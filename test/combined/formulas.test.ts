/**
 * The flag formulas mean what computeFlags means. This does not trust the cached values written next to
 * the formulas: it evaluates the formula text itself (with a small evaluator of the few functions used)
 * for every combination of due date, state, complete, status colour, as-of date and amber window, and
 * compares with computeFlags. libreoffice.test.ts does the same with a real spreadsheet engine.
 */
import { combinedColumns, STANDARD_HEADERS } from "../../src/workbook/combined/columns";
import { isoSerial } from "../../src/workbook/combined/dates";
import { daysOverdueFormula, districtCriterion, districtFormulas, overdueFormula, ragFormula, totalCompletionFormula, type FlagCells } from "../../src/workbook/combined/formulas";
import { combinedRanges } from "../../src/workbook/combined/combinedSheet";
import { combos, expected, type Combo } from "./combos";
import { evalFormula, type XValue } from "./evalFormula";
import { sampleView } from "./sampleView";

const CELLS: FlagCells = { dueDate: "K2", state: "N2", complete: "Q2", colour: "O2", overdue: "R2" };

function evaluateRow(c: Combo, stateCell: XValue = c.state): { overdue: XValue; daysOverdue: XValue; rag: XValue } {
  const cells: Record<string, XValue> = {
    K2: c.due ? isoSerial(c.due) : null,
    N2: stateCell,
    Q2: c.state === "complete",
    O2: c.colour,
    AsOf: isoSerial(c.asOf),
    AmberDays: c.amberDays,
  };
  const lookup = (name: string): XValue => {
    if (!(name in cells)) throw new Error(`the formula refers to ${name}, which the test does not know`);
    return cells[name];
  };
  cells.R2 = evalFormula(overdueFormula(CELLS), lookup);
  return { overdue: cells.R2, daysOverdue: evalFormula(daysOverdueFormula(CELLS), lookup), rag: evalFormula(ragFormula(CELLS), lookup) };
}

describe("flag formulas", () => {
  const all = combos();

  test(`reproduce computeFlags for ${all.length} combinations of due date, state, colour, as-of date and amber window`, () => {
    const wrong = all.filter((c) => JSON.stringify(evaluateRow(c)) !== JSON.stringify(expected(c)));
    expect(wrong.map((c) => ({ ...c, got: evaluateRow(c), want: expected(c) }))).toEqual([]);
    expect(all.length).toBeGreaterThan(900);
  });

  test("a colour written in the status makes a row worse, never better, and only when in progress", () => {
    const base = { asOf: "2010-07-01", amberDays: 14 };
    // Overdue and green-by-colour: still red.
    expect(evaluateRow({ ...base, due: "2010-06-01", state: "in-progress", colour: "green" }).rag).toBe("red");
    // Far off, but the status says red / amber.
    expect(evaluateRow({ ...base, due: "2011-06-01", state: "in-progress", colour: "red" }).rag).toBe("red");
    expect(evaluateRow({ ...base, due: "2011-06-01", state: "in-progress", colour: "amber" }).rag).toBe("amber");
    // Complete or cancelled rows ignore the colour.
    expect(evaluateRow({ ...base, due: "2011-06-01", state: "complete", colour: "red" }).rag).toBe("blue");
    expect(evaluateRow({ ...base, due: "2009-06-01", state: "cancelled", colour: "red" }).rag).toBe("grey");
  });

  test("a blank State cell (an officer cleared it) reads as no status", () => {
    for (const c of all.filter((x) => x.state === "none")) expect(evaluateRow(c, null)).toEqual(expected(c));
  });

  test("a formula column's formulas differ between rows only by their row numbers (safe to write as a shared formula)", () => {
    const view = sampleView();
    const columns = combinedColumns(view).filter((c) => c.result);
    expect(columns.map((c) => c.header)).toEqual(["Overdue", "Days overdue", "RAG"]);
    const slide = (formula: string, to: number): string => formula.replace(/\b([A-Z]{1,3})2\b/g, `$1${to}`);
    for (const col of columns) {
      const first = col.value(view.rows[0], 2) as { formula: string };
      for (const n of [3, 17, 999, 100_001]) {
        const at = col.value(view.rows[1], n) as { formula: string; result: unknown };
        expect(at.formula).toBe(slide(first.formula, n));
        expect(at.result).toBe(col.result!(view.rows[1]));
      }
    }
  });

  test("the flag formulas read the cells the sheet puts them in", () => {
    const letter = (h: string) => String.fromCharCode(65 + STANDARD_HEADERS.indexOf(h as (typeof STANDARD_HEADERS)[number]));
    expect([letter("Due date"), letter("State"), letter("Complete"), letter("Status colour"), letter("Overdue")]).toEqual(["K", "N", "Q", "O", "R"]);
    const view = sampleView();
    const overdue = combinedColumns(view).find((c) => c.header === "Overdue")!;
    expect((overdue.value(view.rows[0], 2) as { formula: string }).formula).toBe(overdueFormula(CELLS));
  });

  test("only functions every Excel and LibreOffice has, and no leading =", () => {
    const ranges = combinedRanges(100);
    const formulas = [
      overdueFormula(CELLS),
      daysOverdueFormula(CELLS),
      ragFormula(CELLS),
      ...Object.values(districtFormulas(ranges, { district: "A", rows: "B", complete: "C" }, 2, "Selby*")).flatMap((f: string | Record<string, string>) => (typeof f === "string" ? [f] : Object.values(f))),
      totalCompletionFormula(ranges, { district: "A", rows: "B", complete: "C" }, 5),
    ];
    const used = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    const allowed = new Set(["IF", "AND", "OR", "NOT", "ISNUMBER", "INT", "ROUND", "SUM", "COUNTIFS", "SUMIFS", "SUBSTITUTE"]);
    expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
    for (const f of formulas) expect(f.startsWith("=")).toBe(false);
    // Plain A1 references, not structured references.
    for (const f of formulas) expect(f).not.toMatch(/\[@?/);
  });
});

describe("district criterion for COUNTIFS", () => {
  test.each([
    ["Selby", "$A2"],
    ["St. Helen's & Ryedale (North)", "$A2"],
    ["Selby*", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,"~","~~"),"*","~*"),"?","~?")'],
    ["=York", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,"~","~~"),"*","~*"),"?","~?")'],
    ["<>", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,"~","~~"),"*","~*"),"?","~?")'],
    ["TRUE", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,"~","~~"),"*","~*"),"?","~?")'],
    ["2010", '"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($A2,"~","~~"),"*","~*"),"?","~?")'],
  ])("%s → %s", (name, criterion) => expect(districtCriterion("$A2", name)).toBe(criterion));
});
