import { argumentCell, cellOf, errorCodeOf, gridOf, isBlank, isLeftOut, passOnError, rangeRows, rangeValues } from "../../src/functions/values";
import { PROFILES, RuntimeError } from "./excelCalls";
import { thrown } from "./helpers";

describe("isBlank: what counts as nothing written", () => {
  test.each(PROFILES.map((p) => [p.name, p.blank] as const))("a blank cell as %s Excel passes it (%j) is blank", (_name, blank) => {
    expect(isBlank(blank)).toBe(true);
    expect(cellOf(blank)).toEqual({ kind: "empty" });
  });
  test.each([null, undefined, 0, -0, "", " ", "   ", "\t", "\n", "\u00a0", " \u2003 "])("%j is blank", (v) => {
    expect(isBlank(v)).toBe(true);
  });
  test.each([false, "0", 0.0001, "x", " x", "\u00a0x", "-", "✓", [[""]], {}])("%j is not blank", (v) => {
    expect(isBlank(v)).toBe(false);
  });
});

describe("isLeftOut: nothing written where 0 is a value of its own (amber_days)", () => {
  test.each([null, undefined, "", "  "])("%j is left out", (v) => expect(isLeftOut(v)).toBe(true));
  test.each([0, false, "0", 14])("%j is not", (v) => expect(isLeftOut(v)).toBe(false));
});

describe("cellOf: one range element as a model cell", () => {
  test.each<[unknown, ReturnType<typeof cellOf>]>([
    ["", { kind: "empty" }],
    [null, { kind: "empty" }],
    [undefined, { kind: "empty" }],
    [0, { kind: "empty" }], // desktop Excel's blank cell (a typed 0 cannot be told from it)
    ["May 2009", { kind: "text", value: "May 2009" }],
    ["  ", { kind: "text", value: "  " }],
    [40360, { kind: "number", value: 40360 }],
    [0.75, { kind: "number", value: 0.75 }],
    [true, { kind: "boolean", value: true }],
    [false, { kind: "boolean", value: false }],
    [Number.NaN, { kind: "error", value: "#NUM!" }],
    [{ code: "#N/A" }, { kind: "error", value: "#N/A" }],
    [new RuntimeError("#REF!"), { kind: "error", value: "#REF!" }],
    [{ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }, { kind: "error", value: "#DIV/0!" }],
    [{ type: "FormattedNumber", basicValue: 40360, numberFormat: "dd/mm/yyyy" }, { kind: "number", value: 40360 }],
    [{ type: "String", basicValue: "Ongoing" }, { kind: "text", value: "Ongoing" }],
  ])("%j", (value, cell) => {
    expect(cellOf(value)).toEqual(cell);
  });

  test("an object that is not an error or a data type is read as its text", () => {
    expect(cellOf({ toString: () => "odd" })).toEqual({ kind: "text", value: "odd" });
  });
});

describe("errorCodeOf", () => {
  test.each<[unknown, string | undefined]>([
    [{ code: "#VALUE!", message: "x" }, "#VALUE!"],
    [{ type: "Error", basicValue: "#REF!" }, "#REF!"],
    [new RuntimeError("#DIV/0!"), "#DIV/0!"], // the runtime's CustomFunctions.Error
    [{ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" }, "#N/A"], // the data type
    [{ code: "VALUE" }, undefined],
    ["#N/A", undefined], // text that looks like an error is text
    [null, undefined],
    [42, undefined],
  ])("%j → %j", (value, code) => expect(errorCodeOf(value)).toBe(code));
});

describe("argumentCell: one scalar argument", () => {
  test("values pass through cellOf", () => {
    expect(argumentCell("Ongoing", "due")).toEqual({ kind: "text", value: "Ongoing" });
    expect(argumentCell(null, "due")).toEqual({ kind: "empty" });
    expect(argumentCell(0, "due")).toEqual({ kind: "empty" });
  });

  test("a range where one cell belongs is #VALUE!", () => {
    expect(thrown(() => argumentCell([["a"], ["b"]], "due"))).toEqual({ code: "#VALUE!", message: "due must be one cell, not a range." });
  });

  test("#N/A passed in stays #N/A; any other error becomes #VALUE! naming it", () => {
    expect(thrown(() => argumentCell({ code: "#N/A" }, "status"))).toEqual({ code: "#N/A", message: "status is #N/A." });
    expect(thrown(() => argumentCell({ code: "#DIV/0!" }, "due"))).toEqual({
      code: "#VALUE!",
      message: "due is the error #DIV/0!: correct that cell first.",
    });
  });

  test("passOnError leaves other values alone", () => {
    for (const v of [null, 0, "#N/A", 40360, true]) expect(() => passOnError(v, "as_of")).not.toThrow();
    expect(thrown(() => passOnError({ type: "Error", basicValue: "#N/A" }, "as_of"))).toEqual({ code: "#N/A", message: "as_of is #N/A." });
  });
});

describe("ranges", () => {
  test("a 2-D array is kept as rows; a single value is a 1×1 range", () => {
    const range = [["a", 1], ["", true]];
    expect(rangeRows(range, "table")).toBe(range);
    expect(rangeRows("solo", "table")).toEqual([["solo"]]);
    expect(rangeValues(range, "table")).toEqual(["a", 1, "", true]);
  });

  test("an array of non-rows is #VALUE!", () => {
    expect(thrown(() => rangeRows(["a", "b"], "statuses"))).toEqual({ code: "#VALUE!", message: "statuses must be a range of cells." });
  });

  test("gridOf: every value as a cell, no merges, in the given date system", () => {
    const grid = gridOf([["Action", "Due"], ["Do it", 40360], [0, { code: "#REF!" }]], 1904);
    expect(grid).toEqual({
      name: "range",
      rows: [
        [{ kind: "text", value: "Action" }, { kind: "text", value: "Due" }],
        [{ kind: "text", value: "Do it" }, { kind: "number", value: 40360 }],
        [{ kind: "empty" }, { kind: "error", value: "#REF!" }],
      ],
      merges: [],
      dateSystem: 1904,
    });
  });

  test("gridOf at an origin: empty rows above the range and empty cells to its left", () => {
    const grid = gridOf([["Action", "Due"]], 1900, { row: 2, col: 1 });
    expect(grid.rows).toEqual([[], [], [{ kind: "empty" }, { kind: "text", value: "Action" }, { kind: "text", value: "Due" }]]);
  });
});
