import { argumentCell, cellOf, errorCodeOf, gridOf, isBlank, rangeRows, rangeValues } from "../../src/functions/values";
import { thrown } from "./helpers";

describe("isBlank: what counts as nothing written", () => {
  test.each([null, undefined, "", " ", "   ", "\t", "\n", "\u00a0", " \u2003 "])("%j is blank", (v) => {
    expect(isBlank(v)).toBe(true);
  });
  test.each([0, false, "0", "x", " x", "\u00a0x", "-", "✓", [[""]], {}])("%j is not blank", (v) => {
    expect(isBlank(v)).toBe(false);
  });
});

describe("cellOf: one range element as a model cell", () => {
  test.each<[unknown, ReturnType<typeof cellOf>]>([
    ["", { kind: "empty" }],
    [null, { kind: "empty" }],
    [undefined, { kind: "empty" }],
    ["May 2009", { kind: "text", value: "May 2009" }],
    ["  ", { kind: "text", value: "  " }],
    [40360, { kind: "number", value: 40360 }],
    [0.75, { kind: "number", value: 0.75 }],
    [true, { kind: "boolean", value: true }],
    [false, { kind: "boolean", value: false }],
    [Number.NaN, { kind: "error", value: "#NUM!" }],
    [{ code: "#N/A" }, { kind: "error", value: "#N/A" }],
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
    const grid = gridOf([["Action", "Due"], ["Do it", 40360], ["", { code: "#REF!" }]], 1904);
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
});
