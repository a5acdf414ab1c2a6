/**
 * The fake Excel's calculator on plain formulas: Excel's serials in both date systems, text that stays text,
 * error values and names, formulas Excel would refuse, circular references, and the fake recalculating after
 * each change (or refusing to show results a change made stale).
 */
import { isoToSerial } from "../../../src/model/excelDate";
import { FakeError, FakeExcel, FakeWorkbook, type FakeSheet, type Raw } from "../fakeExcel";
import { autoCalculation, calculateWorkbook, CalculationFailed, sheetValues } from "./calculate";
import type { CustomFunctionSet, ExcelArg } from "./customFunctions";

function sheetWith(cells: Record<string, Raw>, workbook = new FakeWorkbook()): FakeSheet {
  const sheet = workbook.addSheet("Plan");
  for (const [address, raw] of Object.entries(cells)) {
    const col = address.charCodeAt(0) - 65;
    sheet.setRaw(Number(address.slice(1)) - 1, col, raw);
  }
  return sheet;
}

const f = (formula: string): Raw => ({ formula });

describe("dates", () => {
  afterEach(() => jest.useRealTimers());

  test("1900 system: serial 1 is 1 Jan 1900, 60 the phantom 29 Feb 1900, 61 is 1 Mar 1900", () => {
    const sheet = sheetWith({ A1: f("DATE(1900,1,1)"), B1: f("DATE(1900,2,28)"), C1: f("DATE(1900,3,1)"), D1: f("DAY(60)"), E1: f("DATE(2010,7,1)"), F1: f("YEAR(40360)&\"-\"&MONTH(40360)") });
    calculateWorkbook(sheet.workbook);
    expect(sheetValues(sheet, "A1:F1")).toEqual([[1, 59, 61, 29, 40360, "2010-7"]]);
  });

  test("1904 system: serial 0 is 1 Jan 1904 and 1 Jul 2010 is 38898", () => {
    const sheet = sheetWith({ A1: f("DATE(1904,1,1)"), B1: f("DATE(2010,7,1)"), C1: f("YEAR(38898)&\"-\"&MONTH(38898)") }, new FakeWorkbook(1904));
    calculateWorkbook(sheet.workbook);
    expect(sheetValues(sheet, "A1:C1")).toEqual([[0, 38898, "2010-7"]]);
  });

  test.each([1900, 1904] as const)("TODAY() is this computer's date, in the workbook's date system (%i)", (system) => {
    jest.useFakeTimers({ now: new Date(2010, 6, 1, 23, 30) });
    const sheet = sheetWith({ A1: f("TODAY()") }, new FakeWorkbook(system));
    calculateWorkbook(sheet.workbook);
    expect(sheetValues(sheet, "A1")).toEqual([[isoToSerial("2010-07-01", system)]]);
  });
});

test("text is data: text that looks like a formula, a number, a date or a boolean stays text", () => {
  const texts = ['=HYPERLINK("http://x")', "-5", "30/04/2009", "TRUE", "'quoted", "@SUM(A1)", "#N/A"];
  const sheet = sheetWith(Object.fromEntries(texts.flatMap((t, i) => [[`A${i + 1}`, t], [`B${i + 1}`, f(`IF(ISTEXT(A${i + 1}),A${i + 1},"not text")`)]])));
  calculateWorkbook(sheet.workbook);
  expect(sheetValues(sheet, `B1:B${texts.length}`).flat()).toEqual(texts);
});

test("values, booleans and a formula that gives nothing show as Excel shows them", () => {
  const sheet = sheetWith({ A1: 2, B1: true, C1: f("A1*3"), D1: f("B1=TRUE"), E1: f("Z99"), F1: f("AND(TRUE,NOT(FALSE))"), G1: f('IF(A1>1,"big","small")') });
  calculateWorkbook(sheet.workbook);
  expect(sheetValues(sheet, "A1:G1")).toEqual([[2, true, 6, true, 0, true, "big"]]);
});

test("a formula that gives nothing is 0 to the formulas that read it; a blank cell, reached directly or by a name, is blank", () => {
  const workbook = new FakeWorkbook();
  const sheet = sheetWith({ A1: f("Z99"), B1: f("ISBLANK(A1)"), C1: f('A1=""'), D1: f("ISNUMBER(A1)"), E1: f("ISBLANK(Z99)"), F1: f("ISBLANK(Nothing)"), G1: f('Nothing=""'), H1: f("'Odd (name)'!A1+1") }, workbook);
  workbook.addSheet("Odd (name)").setRaw(0, 0, 4);
  workbook.names.push({ name: "Nothing", sheet, rect: { top: 98, left: 25, rows: 1, cols: 1 }, comment: "" });
  calculateWorkbook(workbook);
  expect(sheetValues(sheet, "A1:H1")).toEqual([[0, false, false, true, true, true, true, 5]]);
});

test("error values: in cells, from formulas, from unknown and broken names, listed by address", () => {
  const workbook = new FakeWorkbook();
  const sheet = sheetWith({ A1: { error: "#N/A" }, B1: f("A1"), C1: f("1/0"), D1: f("NoSuchName+1"), E1: f("Gone"), F1: f("iferror(A1,\"ok\")"), G1: f("asof") }, workbook);
  const other = workbook.addSheet("Inputs");
  other.setRaw(0, 0, 40360);
  workbook.names.push({ name: "AsOf", sheet: other, rect: { top: 0, left: 0, rows: 1, cols: 1 }, comment: "" });
  workbook.names.push({ name: "Gone", sheet: null, rect: { top: 0, left: 0, rows: 1, cols: 1 }, comment: "" });
  const calc = calculateWorkbook(workbook);
  expect(sheetValues(sheet, "A1:G1")).toEqual([["#N/A", "#N/A", "#DIV/0!", "#NAME?", "#REF!", "ok", 40360]]);
  expect(calc.errors.map((e) => [e.address, e.code])).toEqual([
    ["Plan!B1", "#N/A"],
    ["Plan!C1", "#DIV/0!"],
    ["Plan!D1", "#NAME?"],
    ["Plan!E1", "#REF!"],
  ]);
  expect(sheet.raw(1 - 1, 2)).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
});

describe("what the calculator cannot answer for Excel fails the calculation, naming the cell", () => {
  test.each([
    ["a formula Excel would not accept", "SUM(A1", /Plan!B1: =SUM\(A1: .*would not accept/],
    ["a function the engine does not have", "NOSUCHFUNCTION(A1)", /Plan!B1: the engine has no function NOSUCHFUNCTION/],
    ["a criterion with = after its operator", 'COUNTIFS(A1:A3,"==York")', /Plan!B1: COUNTIFS: the criterion "==York" has <, > or = after its operator/],
    ["a criterion with = inside", 'SUMIFS(A1:A3,A1:A3,"a=b")', /Plan!B1: SUMIFS: the criterion "a=b" has <, > or = after its operator/],
    ["a criterion comparing with the text TRUE", 'COUNTIFS(A1:A3,"="&"TRUE")', /Plan!B1: COUNTIFS: the criterion "=TRUE" compares with TRUE or FALSE written as text/],
  ])("%s", (_what, formula, message) => {
    const sheet = sheetWith({ A1: 1, B1: f(formula) });
    expect(() => calculateWorkbook(sheet.workbook)).toThrow(message);
  });
});

test("criteria the engine reads as Excel does: patterns, escapes, comparisons, booleans", () => {
  const cells = ["Rye*", "Ryedale", "A?B~C", "AxB~C", 2010, true, 5];
  const sheet = sheetWith(Object.fromEntries(cells.map((t, i) => [`A${i + 1}`, t])));
  const criteria = ['"Rye~*"', '"Rye*"', '"A~?B~~C"', '"A?B~~C"', '">=2010"', '"<>Ryedale"', "TRUE", '"TRUE"'];
  criteria.forEach((c, i) => sheet.setRaw(i, 1, { formula: `COUNTIFS($A$1:$A$${cells.length},${c})` }));
  calculateWorkbook(sheet.workbook);
  expect(sheetValues(sheet, `B1:B${criteria.length}`).flat()).toEqual([1, 2, 1, 2, 1, 6, 1, 1]);
});

test("a custom function gets each argument as Excel holds it: a reference with its sheet and top-left cell, a value, an argument left out", () => {
  const received: ExcelArg[][] = [];
  const recorder: CustomFunctionSet = {
    namespace: "T",
    functions: [{ id: "SEE", parameters: ["a", "b", "c", "d"].map((name) => ({ name, optional: true, matrix: name === "b" })), volatile: false }],
    invoke: (_id, args) => {
      received.push([...args]);
      return { kind: "value", value: 1 };
    },
  };
  const workbook = new FakeWorkbook();
  const sheet = sheetWith({ A1: "x", C5: 2, A9: f('T.SEE(C5,C5:D6,IF(TRUE,"y"),)'), A10: f("T.SEE('Other sheet'!B2,Day)") }, workbook);
  const other = workbook.addSheet("Other sheet");
  other.setRaw(1, 1, { error: "#N/A" });
  workbook.names.push({ name: "Day", sheet: other, rect: { top: 4, left: 1, rows: 1, cols: 1 }, comment: "" });
  calculateWorkbook(workbook, { functions: recorder });
  expect(sheet.raw(8, 0)).toEqual({ formula: expect.any(String), result: 1 });
  expect(received).toHaveLength(2); // in the engine's order of calculation
  expect(received).toEqual(expect.arrayContaining([
    [
      { kind: "reference", at: { sheet: "Plan", row: 4, col: 2 }, rows: [[{ kind: "value", value: 2 }]] },
      { kind: "reference", at: { sheet: "Plan", row: 4, col: 2 }, rows: [[{ kind: "value", value: 2 }, { kind: "blank" }], [{ kind: "blank" }, { kind: "blank" }]] },
      { kind: "value", cell: { kind: "value", value: "y" } },
      { kind: "omitted" },
    ],
    [
      { kind: "reference", at: { sheet: "Other sheet", row: 1, col: 1 }, rows: [[{ kind: "error", code: "#N/A" }]] },
      // A name is the reference it stands for.
      { kind: "reference", at: { sheet: "Other sheet", row: 4, col: 1 }, rows: [[{ kind: "blank" }]] },
    ],
  ]));
});

describe("circular references", () => {
  const cycle = () => sheetWith({ A1: f("B1+1"), B1: f("A1"), C1: f("5") });

  test("fail the calculation by default, naming every cell in them", () => {
    const sheet = cycle();
    let failure: unknown;
    try {
      calculateWorkbook(sheet.workbook);
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(CalculationFailed);
    expect((failure as CalculationFailed).message).toMatch(/circular reference \(Excel shows 0 and warns\): Plan!A1, Plan!B1$/);
  });

  test("reported on request: the cells show 0, as in Excel, and the rest is calculated", () => {
    const sheet = cycle();
    const calc = calculateWorkbook(sheet.workbook, { cycles: "report" });
    expect(calc.cycles).toEqual(["Plan!A1", "Plan!B1"]);
    expect(sheetValues(sheet, "A1:C1")).toEqual([[0, 0, 5]]);
  });
});

describe("the fake Excel and its calculator", () => {
  async function write(fake: FakeExcel, address: string, values: unknown[][]): Promise<void> {
    const restore = fake.install();
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange(address).values = values;
        await context.sync();
      });
    } finally {
      restore();
    }
  }

  async function read(fake: FakeExcel, address: string): Promise<unknown[][]> {
    const restore = fake.install();
    try {
      return await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Plan").getRange(address).load("values");
        await context.sync();
        return range.values;
      });
    } finally {
      restore();
    }
  }

  test("with a calculator, the fake recalculates after each change, as Excel does", async () => {
    const auto = autoCalculation();
    const fake = new FakeExcel({ calculate: auto.calculate });
    fake.workbook.addSheet("Plan");
    await write(fake, "A1:B1", [[2, "=A1*10"]]);
    expect(await read(fake, "B1")).toEqual([[20]]);
    await write(fake, "A1", [[3]]);
    expect(await read(fake, "B1")).toEqual([[30]]);
    expect(auto.calculations.length).toBe(2);
  });

  test("without one, a change drops the results an earlier calculation stored, and reading them throws", async () => {
    const fake = new FakeExcel();
    fake.workbook.addSheet("Plan");
    await write(fake, "A1:B1", [[2, "=A1*10"]]);
    await expect(read(fake, "B1")).rejects.toThrow(FakeError);
    calculateWorkbook(fake.workbook);
    expect(await read(fake, "B1")).toEqual([[20]]);
    await write(fake, "A1", [[3]]);
    await expect(read(fake, "B1")).rejects.toThrow(/has not calculated =A1\*10 in Plan!B1/);
  });
});
