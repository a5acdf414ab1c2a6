/**
 * The model of Excel calling the custom functions (excelCalls.ts) does what its sources say Excel does: the
 * arguments each profile passes, errors withheld or passed, the Invocation, and what a result shows.
 */
import { setWorkbookDateSystem } from "../../src/functions/settings";
import {
  DESKTOP,
  RuntimeError,
  WEB,
  blank,
  cell,
  errorCell,
  excelCall,
  loadFunctions,
  omitted,
  range,
  shownResult,
  shownThrown,
  value,
  type FunctionsMetadata,
} from "./excelCalls";

let generated: FunctionsMetadata;
let patched: FunctionsMetadata;

beforeAll(async () => {
  ({ generated, patched } = await loadFunctions());
});
afterEach(() => setWorkbookDateSystem(1900));

describe("the metadata Excel reads", () => {
  test("is the generator's, with allowErrorForDataTypeAny added by the build's patch", () => {
    expect(generated.allowErrorForDataTypeAny).toBeUndefined();
    expect(patched).toEqual({ ...generated, allowErrorForDataTypeAny: true });
    // The generator already lets data types (formatted numbers) in and out.
    expect(generated.allowCustomDataForDataTypeAny).toBe(true);
  });
});

describe("arguments", () => {
  test("a blank cell is 0 on desktop and null on the web, alone and inside a range", () => {
    expect(excelCall(DESKTOP, "STATUS", [blank]).received[0]).toBe(0);
    expect(excelCall(WEB, "STATUS", [blank]).received[0]).toBeNull();
    expect(excelCall(DESKTOP, "COMPLETION", [[["✓"], [null]]]).received[0]).toEqual([["✓"], [0]]);
    expect(excelCall(WEB, "COMPLETION", [[["✓"], [null]]]).received[0]).toEqual([["✓"], [null]]);
  });

  test("every declared parameter is passed, a left-out one as null, then the Invocation", () => {
    for (const profile of [DESKTOP, WEB]) {
      const { received } = excelCall(profile, "RAG", ["May 2009", blank, omitted, 14]);
      expect(received).toEqual(["May 2009", profile.blank, null, 14, null, { functionName: "RAG" }]);
    }
  });

  test("a value for a range parameter is a one-cell range", () => {
    expect(excelCall(WEB, "COMPLETION", [value("✓")]).received[0]).toEqual([["✓"]]);
  });

  test("a required argument left out: #VALUE!, and the function is not called", () => {
    expect(excelCall(WEB, "OVERDUE", ["May 2009"])).toEqual({ shown: { error: "#VALUE!" }, called: false, received: [] });
  });

  test("without allowErrorForDataTypeAny an error value is withheld: Excel shows it without calling the function", () => {
    expect(excelCall(DESKTOP, "COMPLETION", [[["✓"], [{ error: "#N/A" }]]], generated)).toEqual({ shown: { error: "#N/A" }, called: false, received: [] });
    expect(excelCall(WEB, "DUE", [errorCell("#REF!")], generated)).toEqual({ shown: { error: "#REF!" }, called: false, received: [] });
  });

  test("with it, the error reaches the function: a CustomFunctions.Error, or the data type's JSON where data types reach functions", () => {
    const desktop = excelCall(DESKTOP, "COMPLETION", [[["✓"], [{ error: "#N/A" }]]]).received[0] as unknown[][];
    expect(desktop[1][0]).toBeInstanceOf(RuntimeError);
    expect(desktop[1][0]).toMatchObject({ code: "#N/A", type: "Error", basicValue: "#N/A", message: "" });
    const web = excelCall(WEB, "COMPLETION", [[["✓"], [{ error: "#N/A" }]]]).received[0] as unknown[][];
    expect(web[1][0]).toEqual({ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" });
  });

  test("a formatted number is its data type where data types reach functions, its number elsewhere", () => {
    const date = { type: "Double" as const, basicValue: 40360, numberFormat: "dd/mm/yyyy" };
    expect(excelCall(WEB, "DUE", [date]).received[0]).toEqual(date);
    expect(excelCall(DESKTOP, "DUE", [date]).received[0]).toBe(40360);
  });

  test("parameterAddresses for a function that asks (CHECK), from CustomFunctionsRuntime 1.3; sheet names quoted as Excel does", () => {
    const plan = [["Action", "Lead"], ["a", "x"]];
    expect(excelCall(DESKTOP, "CHECK", [range(plan, "C5")]).received[2]).toEqual({ functionName: "CHECK", parameterAddresses: ["Plan!C5:D6", ""] });
    expect(excelCall(WEB, "CHECK", [range(plan, "AA10", "Latest plan"), value("generic")]).received[2]).toEqual({
      functionName: "CHECK",
      parameterAddresses: ["'Latest plan'!AA10:AB11", ""],
    });
    expect(excelCall(WEB, "CHECK", [range(plan, "A1", "Bob's")]).received[2]).toMatchObject({ parameterAddresses: ["'Bob''s'!A1:B2", ""] });
    expect(excelCall(WEB, "CHECK", [cell("x", "B2")]).received[2]).toMatchObject({ parameterAddresses: ["Plan!B2", ""] });
    expect(excelCall({ ...DESKTOP, runtime: "1.2" }, "CHECK", [range(plan, "C5")]).received[2]).toEqual({ functionName: "CHECK" });
    expect(excelCall(WEB, "FLAGS", [range(plan, "C5")]).received[5]).toEqual({ functionName: "FLAGS" });
  });

  test("a multi-cell range where one cell belongs is not modelled (Excel lifts the function over it)", () => {
    expect(() => excelCall(WEB, "DUE", [range([["May 2009"], ["June 2009"]])])).toThrow(/not modelled/);
  });

  test("while a function runs the page has CustomFunctions and Office, answering for the profile; not after", () => {
    const page = globalThis as { CustomFunctions?: unknown; Office?: unknown };
    expect(excelCall(DESKTOP, "DUE", ["Ongoing"]).shown).toEqual({ error: "#N/A", message: '"Ongoing" is ongoing work: it has no deadline.' });
    expect(page.CustomFunctions).toBeUndefined();
    expect(page.Office).toBeUndefined();
    // DUE asks for CustomFunctionsRuntime 1.4: the web has it, this desktop not.
    expect(excelCall(WEB, "DUE", ["May 2009"]).shown).toEqual({ type: "Double", basicValue: 39964, numberFormat: "dd/mm/yyyy" });
    expect(excelCall(DESKTOP, "DUE", ["May 2009"]).shown).toBe(39964);
    expect(excelCall({ ...DESKTOP, runtime: "1.4" }, "DUE", ["May 2009"]).shown).toMatchObject({ basicValue: 39964 });
  });
});

describe("what a result shows", () => {
  const spill = { id: "T", result: { dimensionality: "matrix" as const } };
  const one = { id: "T", result: {} };

  test("null inside an array shows as 0 (office-js #1503); a ragged array is padded with #N/A", () => {
    expect(shownResult([["a", null], ["b"]], spill, false)).toEqual([["a", 0], ["b", { error: "#N/A" }]]);
  });

  test("an error value: its code, with the message for #VALUE! and #N/A only; #REF! cannot be a result", () => {
    expect(shownThrown(new RuntimeError("#N/A", "no deadline"))).toEqual({ error: "#N/A", message: "no deadline" });
    expect(shownThrown(new RuntimeError("#NUM!", "too big"))).toEqual({ error: "#NUM!" });
    // Thrown, the runtime sends any code it cannot show as #VALUE!, message and all; returned, the message goes.
    expect(shownThrown(new RuntimeError("#REF!", "gone"))).toEqual({ error: "#VALUE!", message: "gone" });
    expect(shownResult([[new RuntimeError("#REF!", "gone")]], spill, false)).toEqual([[{ error: "#VALUE!" }]]);
    expect(shownResult([[new RuntimeError("#VALUE!", "bad")]], spill, false)).toEqual([[{ error: "#VALUE!", message: "bad" }]]);
  });

  test("anything else thrown is #VALUE!, without its message", () => {
    expect(shownThrown(new TypeError("x is undefined"))).toEqual({ error: "#VALUE!" });
  });

  test("NaN and Infinity fail", () => {
    expect(shownResult(Number.NaN, one, false)).toEqual({ error: "#NUM!" });
    expect(shownResult([[Infinity]], spill, false)).toEqual([[{ error: "#NUM!" }]]);
  });

  test("a formatted number shows as one only where data types are allowed", () => {
    const date = { type: "Double", basicValue: 40360, numberFormat: "dd/mm/yyyy" };
    expect(shownResult(date, one, true)).toEqual(date);
    expect(shownResult(date, one, false)).toEqual({ error: "#VALUE!" });
  });

  test("what the model does not know fails the test", () => {
    expect(() => shownResult(null, one, false)).toThrow(/not modelled/);
    expect(() => shownResult([["a"]], one, false)).toThrow(/not modelled/);
    expect(() => shownResult({ some: "object" }, one, false)).toThrow(/not modelled/);
  });
});
