/**
 * Every file in the shared robustness corpus either reads (≥1 sheet) or fails with a specific, named
 * FileError, within a few seconds. Table-driven from the directory, so a new file is covered at once by
 * the general contract; files listed in EXPECTED are held to their exact outcome.
 */
import { readdirSync } from "fs";
import path from "path";
import { cellAt, cellText, type Cell, type Grid } from "../../src/model/grid";
import { readWorkbook, type Book, type FileErrorCode, type ReadResult } from "../../src/workbook";

const CORPUS = path.resolve(__dirname, "../../../shared/corpus/odd");
const FILES = readdirSync(CORPUS)
  .filter((f) => f !== "MANIFEST.tsv" && !f.startsWith("."))
  .sort();

type Expected = { sheets: number } | { code: FileErrorCode };

/** The outcome each known file must have (worked out from the files' XML, not from this reader's output). */
const EXPECTED: Record<string, Expected> = {
  "binary-dates.xlsb": { code: "xlsb" },
  "core-props-unprefixed.xlsx": { sheets: 1 },
  "csv-bom-crlf-multiline.csv": { sheets: 1 },
  "csv-cr-only-errors.csv": { sheets: 1 },
  "csv-mixed-date-text.csv": { sheets: 1 },
  "csv-semicolon-nonutf8.csv": { sheets: 1 },
  "date-custom-formats.xlsx": { sheets: 1 },
  "date-iso-cells.xlsx": { sheets: 1 },
  "date1904-true.xlsx": { sheets: 1 },
  "date1904.xlsx": { sheets: 1 },
  "derived-truncated-form.xlsx": { code: "corrupt" },
  "dimension-whole-sheet.xlsx": { sheets: 1 },
  "empty-sheet.xlsx": { sheets: 1 },
  "empty-workbook-no-sheets.xlsx": { code: "no-sheets" },
  "encrypted-agile.xlsx": { code: "encrypted" },
  "error-cells.xlsx": { sheets: 1 },
  "form-merges-hidden-sheets.xlsx": { sheets: 5 },
  "fuzz-stream-nosettle.xlsx": { code: "corrupt" },
  "hidden-veryhidden-sheets.xlsx": { sheets: 3 }, // plus a chart sheet, left out
  "inline-strings.xlsx": { sheets: 3 },
  "inlinestr-with-v.xlsx": { sheets: 1 },
  "legacy-biff8.xls": { code: "legacy-xls" },
  "macro-vba.xlsm": { sheets: 3 },
  "many-merges-50000.xlsx": { sheets: 1 },
  "merged-cells.xlsx": { sheets: 1 },
  "missing-parts.xlsx": { code: "corrupt" }, // no workbook.xml: nothing says which sheets exist
  "no-sharedstrings.xlsx": { sheets: 1 },
  "nonascii-sheet-names.xlsx": { sheets: 5 },
  "ns-prefix-no-row-numbers.xlsx": { sheets: 1 },
  "ns-prefix-relid.xlsx": { sheets: 1 },
  "ns-prefix-x-dates-as-text.xlsx": { sheets: 1 },
  "opendocument.ods": { code: "opendocument" },
  "rich-text.xlsx": { sheets: 1 },
  "richtext-after-plain.xlsx": { sheets: 3 },
  "rows-without-r.xlsx": { sheets: 1 },
  "shared-array-formulas.xlsx": { sheets: 1 },
  "sheet-protected.xlsx": { sheets: 1 },
  "strict-hidden-sheets.xlsx": { sheets: 3 },
  "strict-ooxml.xlsx": { sheets: 3 },
  "validation-whole-sheet.xlsx": { sheets: 1 },
  "wide-16384-cols.xlsx": { sheets: 3 },
  "workbook-path-root.xlsx": { sheets: 1 },
  "workbook-path-wtf.xlsx": { sheets: 2 },
  "xml-entity-bomb.xlsx": { code: "corrupt" },
  "zip-duplicate-entries.xlsx": { code: "corrupt" }, // two different copies of one sheet part: ambiguous
};

const PER_FILE_MS = 10_000;
const results = new Map<string, ReadResult>();

async function read(file: string): Promise<ReadResult> {
  let r = results.get(file);
  if (!r) {
    r = await readWorkbook(path.join(CORPUS, file));
    results.set(file, r);
  }
  return r;
}

async function book(file: string): Promise<Book> {
  const r = await read(file);
  if (!r.ok) throw new Error(`${file}: ${r.error.code}: ${r.error.message}`);
  return r.book;
}

function sheet(b: Book, name?: string): Grid {
  const g = name === undefined ? b.sheets[0] : b.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

/** Cell by A1 address. */
function at(g: Grid, address: string): Cell {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return cellAt(g, Number(m[2]) - 1, col - 1);
}

describe("corpus: every file reads or fails clearly, quickly", () => {
  test("the corpus is there", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(45);
  });

  test.each(FILES)(
    "%s",
    async (file) => {
      const started = Date.now();
      const r = await read(file);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(PER_FILE_MS);
      const expected = EXPECTED[file];
      if (r.ok) {
        expect(r.book.sheets.length).toBeGreaterThanOrEqual(1);
        for (const g of r.book.sheets) {
          expect(typeof g.name).toBe("string");
          expect([1900, 1904]).toContain(g.dateSystem);
          // Rows are dense (no holes) and trailing empty rows are not kept.
          for (const row of g.rows) for (const c of row) expect(c).toBeDefined();
          if (g.rows.length) expect(g.rows[g.rows.length - 1].length).toBeGreaterThan(0);
        }
        if (expected) expect(expected).toEqual({ sheets: r.book.sheets.length });
      } else {
        expect(r.error.message).toContain(file);
        expect(r.error.message.length).toBeGreaterThan(file.length + 20);
        if (expected) expect(expected).toEqual({ code: r.error.code });
      }
    },
    PER_FILE_MS + 2_000,
  );
});

describe("corpus: values", () => {
  test("date1904.xlsx: date1904=\"1\" — dates agree with the TEXT() results Excel cached next to them", async () => {
    const g = sheet(await book("date1904.xlsx"));
    expect(g.dateSystem).toBe(1904);
    const expected = ["1904-01-02", "1904-01-12", "1904-04-21", "1907-01-16", "1934-06-03"];
    expected.forEach((iso, i) => {
      expect(cellAt(g, i, 1)).toEqual({ kind: "date", value: iso });
      expect(cellAt(g, i, 2)).toEqual({ kind: "text", value: iso }); // the formula's cached text, not its formula
    });
    expect(at(g, "A1")).toEqual({ kind: "number", value: 1 }); // same serial, General format: a number
  });

  test("date1904-true.xlsx: date1904=\"true\" is honoured (2021-01-01, not 2016-12-31)", async () => {
    const g = sheet(await book("date1904-true.xlsx"));
    expect(g.dateSystem).toBe(1904);
    expect(at(g, "A1")).toEqual({ kind: "date", value: "2021-01-01" });
    expect(at(g, "A2")).toEqual({ kind: "date", value: "2021-01-02" });
    // [hh]:mm:ss is a duration, not a calendar date.
    expect(at(g, "A3")).toEqual({ kind: "number", value: 10.6320601851852 });
    expect(at(g, "B1")).toEqual({ kind: "number", value: 15 });
  });

  test("date-iso-cells.xlsx: t=\"d\" cells are ISO dates", async () => {
    const g = sheet(await book("date-iso-cells.xlsx"));
    expect(at(g, "A1")).toEqual({ kind: "date", value: "2021-01-01" });
    expect(at(g, "A2")).toEqual({ kind: "date", value: "2021-01-01" });
    expect(at(g, "A3")).toEqual({ kind: "text", value: "10:10:10" }); // a time of day has no date
    expect(cellText(at(g, "A4"))).toBe("This workbook contains datetime in ISO 8601");
  });

  test("date-custom-formats.xlsx: custom formats with quoted text are dates", async () => {
    const g = sheet(await book("date-custom-formats.xlsx"));
    for (const a of ["A1", "A2", "A3", "A4"]) expect(at(g, a)).toEqual({ kind: "date", value: "2021-01-01" });
  });

  test("no-sharedstrings.xlsx: built-in date format 14", async () => {
    const g = sheet(await book("no-sharedstrings.xlsx"));
    expect(at(g, "A1")).toEqual({ kind: "date", value: "2006-04-12" });
    expect(at(g, "B1")).toEqual({ kind: "number", value: 123 });
  });

  test("merged-cells.xlsx: merges present, value only in the top-left cell", async () => {
    const g = sheet(await book("merged-cells.xlsx"));
    const merges = [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 }, // A1:B2
      { top: 0, left: 2, bottom: 1, right: 2 }, // C1:C2
      { top: 0, left: 3, bottom: 1, right: 3 }, // D1:D2
      { top: 2, left: 0, bottom: 2, right: 1 }, // A3:B3
      { top: 3, left: 0, bottom: 3, right: 1 }, // A4:B4
    ]);
    expect(at(g, "A1")).toEqual({ kind: "text", value: "A1:B2" });
    expect(at(g, "B1").kind).toBe("empty");
    expect(at(g, "A2").kind).toBe("empty");
  });

  test("richtext-after-plain.xlsx: plain text before rich runs is kept", async () => {
    const g = sheet(await book("richtext-after-plain.xlsx"));
    expect(at(g, "A2")).toEqual({ kind: "text", value: "tvalrval1rval2" });
    expect(at(g, "B2")).toEqual({ kind: "text", value: "rval1rval2" });
    // "ab" + red "cd": only partly red, so no cell colour.
    expect(at(g, "A1")).toEqual({ kind: "text", value: "abcd" });
  });

  test("hidden-veryhidden-sheets.xlsx: hidden flags, chart sheet skipped, order kept", async () => {
    const b = await book("hidden-veryhidden-sheets.xlsx");
    expect(b.sheets.map((s) => s.name)).toEqual(["Visible", "Hidden", "VeryHidden"]);
    expect(b.sheets.map((s) => s.hidden === true)).toEqual([false, true, true]);
    expect(at(sheet(b), "B3")).toEqual({ kind: "number", value: 6 });
  });

  test("strict-hidden-sheets.xlsx: Strict OOXML with hidden sheets", async () => {
    const b = await book("strict-hidden-sheets.xlsx");
    expect(b.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ["Visible", false],
      ["Hidden", true],
      ["VeryHidden", true],
    ]);
    expect(at(sheet(b, "Hidden"), "A2")).toEqual({ kind: "number", value: 72 });
  });

  test("error-cells.xlsx: error values and formula errors are kind error; look-alike text stays text", async () => {
    const g = sheet(await book("error-cells.xlsx"));
    const errors = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
    errors.forEach((e, i) => expect(cellAt(g, i + 1, 0)).toEqual({ kind: "error", value: e }));
    expect(at(g, "C2")).toEqual({ kind: "text", value: "#NULL?" });
    expect(at(g, "F9")).toEqual({ kind: "error", value: "#N/A" }); // =ERROR.TYPE(A9) cached #N/A
    expect(at(g, "H2")).toEqual({ kind: "boolean", value: true });
    expect(at(g, "I2")).toEqual({ kind: "boolean", value: false });
  });

  test("nonascii-sheet-names.xlsx: names exactly as in the workbook, in workbook order", async () => {
    const b = await book("nonascii-sheet-names.xlsx");
    expect(b.sheets.map((s) => s.name)).toEqual(["NoContainsJapanese", "日本語のみ", "sheet日本語", "日本語sheet", "sheet日本語sheet"]);
  });

  test("form-merges-hidden-sheets.xlsx: 590 merges, 4 hidden sheets, non-ASCII names", async () => {
    const b = await book("form-merges-hidden-sheets.xlsx");
    expect(b.sheets.map((s) => s.name)).toEqual(["Handlungsanweisung", "Ersatzteilliste", "Leiterprüfung", "Feststellanlagen", "Schweißgerät"]);
    expect(b.sheets.filter((s) => s.hidden).length).toBe(4);
    expect(b.sheets.reduce((n, s) => n + s.merges.length, 0)).toBe(590);
  });

  test("shared-array-formulas.xlsx: cached results of shared and array formulas", async () => {
    const g = sheet(await book("shared-array-formulas.xlsx"));
    for (let r = 0; r < 5; r++) {
      for (let c = 0; c < 4; c++) expect(cellAt(g, r, c)).toEqual({ kind: "number", value: r + 1 });
    }
    expect(at(g, "A6")).toEqual({ kind: "error", value: "#VALUE!" });
    expect(at(g, "B6")).toEqual({ kind: "number", value: 55 });
    expect(at(g, "C6")).toEqual({ kind: "error", value: "#VALUE!" });
    expect(at(g, "D6")).toEqual({ kind: "number", value: 55 });
  });

  test("workbook-path-wtf.xlsx: workbook outside xl/; formulas without cached values are reported", async () => {
    const b = await book("workbook-path-wtf.xlsx");
    expect(b.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ["SheetJS", false],
      ["Hidden", true],
    ]);
    const g = sheet(b);
    expect(at(g, "C1")).toEqual({ kind: "number", value: 3 });
    expect(at(g, "D1").kind).toBe("empty"); // array formula saved without a result
    expect(at(g, "A2")).toEqual({ kind: "boolean", value: true });
    expect(b.warnings.join(" ")).toMatch(/3 formula cell\(s\) have no saved result/);
    expect(g.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 2 }]);
  });

  test("workbook-path-root.xlsx: workbook and sheet at the zip root", async () => {
    const g = sheet(await book("workbook-path-root.xlsx"));
    expect(g.rows.length).toBe(196);
  });

  test("ns-prefix-no-row-numbers.xlsx: x: prefixes, rows and cells without r=", async () => {
    const g = sheet(await book("ns-prefix-no-row-numbers.xlsx"));
    expect(g.name).toBe("Features");
    expect(g.rows.length).toBe(71);
    expect(at(g, "A1")).toEqual({ kind: "text", value: "Checked" });
    expect(at(g, "A2")).toEqual({ kind: "boolean", value: true });
    expect(at(g, "D2")).toEqual({ kind: "number", value: 644.24222 });
  });

  test("ns-prefix-relid.xlsx: ns:id relationship attribute", async () => {
    const g = sheet(await book("ns-prefix-relid.xlsx"));
    expect(g.rows.map((r) => r.map(cellText))).toEqual([
      ["a", "b"],
      ["1", "3"],
      ["2", "4"],
    ]);
  });

  test("ns-prefix-x-dates-as-text.xlsx: entity in the sheet name; t=\"str\" dates stay text", async () => {
    const g = sheet(await book("ns-prefix-x-dates-as-text.xlsx"));
    expect(g.name).toBe("ERIS Rates & Codes");
    expect(at(g, "E2")).toEqual({ kind: "text", value: "10/02/2016" });
    expect(at(g, "C2")).toEqual({ kind: "number", value: 0.1345 });
    expect(at(g, "F2").kind).toBe("empty");
  });

  test("rows-without-r.xlsx: rows without r= follow on, explicit r= jumps", async () => {
    const g = sheet(await book("rows-without-r.xlsx"));
    expect(g.rows.length).toBe(66);
    expect(at(g, "A1")).toMatchObject({ kind: "text", style: { bold: true } });
    expect(g.merges).toContainEqual({ top: 0, left: 0, bottom: 4, right: 4 });
  });

  test("inline-strings.xlsx / inlinestr-with-v.xlsx / dimension-whole-sheet.xlsx: inline text as Excel shows it", async () => {
    expect(at(sheet(await book("inline-strings.xlsx")), "C2")).toEqual({ kind: "text", value: "1st Inline String" });
    const v = sheet(await book("inlinestr-with-v.xlsx"));
    expect(at(v, "A1")).toEqual({ kind: "text", value: "NN", style: { bold: true } });
    const d = sheet(await book("dimension-whole-sheet.xlsx"));
    expect(at(d, "A1")).toMatchObject({ kind: "text", value: "Your Ref #" });
    expect(at(d, "E1")).toMatchObject({ kind: "text", value: "City " }); // the <t> text, without the XML indentation
    expect(d.rows.length).toBe(2); // the styled empty cells out to XFD1048576 are not materialised
    expect(Math.max(...d.rows.map((r) => r.length))).toBe(11);
  });

  test("wide-16384-cols.xlsx: a row out to XFD", async () => {
    const g = sheet(await book("wide-16384-cols.xlsx"));
    expect(g.rows[0].length).toBe(16384);
    expect(cellAt(g, 0, 16383)).toEqual({ kind: "number", value: 1 });
  });

  test("many-merges-50000.xlsx: all 50,000 merges", async () => {
    const g = sheet(await book("many-merges-50000.xlsx"));
    expect(g.merges.length).toBe(50_000);
  });

  test("strict-ooxml.xlsx: red and bold theme-coloured text", async () => {
    const b = await book("strict-ooxml.xlsx");
    expect(at(sheet(b, "First Sheet"), "A4")).toEqual({ kind: "text", value: "This one is red", style: { color: "FFFF0000" } });
    expect(at(sheet(b, "Sheet Number 2"), "A4")).toMatchObject({ style: { bold: true } });
  });

  test("empty-sheet.xlsx / macro-vba.xlsm: valid but empty — read, with a warning", async () => {
    const b = await book("empty-sheet.xlsx");
    expect(b.sheets[0].rows).toEqual([]);
    expect(b.warnings).toEqual(["The workbook's only sheet holds no cell values."]);
    expect((await book("macro-vba.xlsm")).warnings).toEqual(["None of the 3 sheets in this workbook holds any cell values."]);
  });

  test("csv-bom-crlf-multiline.csv: BOM stripped, embedded line breaks kept in one cell", async () => {
    const b = await book("csv-bom-crlf-multiline.csv");
    expect(b.format).toBe("csv");
    const g = sheet(b);
    expect(g.name).toBe("csv-bom-crlf-multiline");
    expect(g.dateSystem).toBe(1900);
    expect(g.rows).toEqual([
      [
        { kind: "text", value: "Normal" },
        { kind: "text", value: "abc\ndef" },
      ],
      [
        { kind: "text", value: "Formula" },
        { kind: "text", value: "abc\r\ndef" },
      ],
      [{ kind: "text", value: "Test" }],
    ]);
    expect(b.warnings).toEqual([]);
  });

  test("csv-cr-only-errors.csv: bare CR line ends; error literals stay text", async () => {
    const g = sheet(await book("csv-cr-only-errors.csv"));
    expect(g.rows.length).toBe(14);
    expect(g.rows[0].length).toBe(10);
    expect(g.rows[0][0]).toEqual({ kind: "text", value: "Error" });
    expect(g.rows[7][0]).toEqual({ kind: "text", value: "#N/A" });
    expect(g.rows[1][4]).toEqual({ kind: "text", value: "1" }); // numbers are not converted
  });

  test("csv-semicolon-nonutf8.csv: semicolons, Windows-1252 with a warning", async () => {
    const b = await book("csv-semicolon-nonutf8.csv");
    const g = sheet(b);
    expect(g.rows[0].map(cellText)).toEqual(["Format", "Value", "B Fmt", "VBA Fmt", "Fmt", "Macro"]);
    expect(g.rows[1][1]).toEqual({ kind: "text", value: "12345,6789" });
    expect(g.rows[4][1]).toEqual({ kind: "text", value: "12 346" });
    expect(g.rows[4][3]).toEqual({ kind: "text", value: "12\u00a0346" }); // byte 0xA0 = no-break space in Windows-1252
    expect(b.warnings).toHaveLength(1);
    expect(b.warnings[0]).toMatch(/Windows-1252/);
    expect(b.warnings[0]).toContain("csv-semicolon-nonutf8.csv");
  });

  test("csv-mixed-date-text.csv: no separator; dates stay text", async () => {
    const g = sheet(await book("csv-mixed-date-text.csv"));
    expect(g.rows.map((r) => r.map(cellText))).toEqual([["2019-11-04"], ["11-04-2019"], ["2019-11-04T10:17:55"], ["00210PRG1"], ["1234-5thisisnotadate"]]);
  });

  test.each([
    ["encrypted-agile.xlsx", "encrypted", /password-protected.*remove the password/],
    ["legacy-biff8.xls", "legacy-xls", /97-2003.*save it as an \.xlsx/],
    ["opendocument.ods", "opendocument", /OpenDocument.*\.xlsx/],
    ["binary-dates.xlsb", "xlsb", /Binary Workbook.*\.xlsx/],
    ["derived-truncated-form.xlsx", "corrupt", /incomplete/],
    ["fuzz-stream-nosettle.xlsx", "corrupt", /damaged/],
    ["xml-entity-bomb.xlsx", "corrupt", /entities/],
    ["zip-duplicate-entries.xlsx", "corrupt", /two different copies/],
    ["missing-parts.xlsx", "corrupt", /workbook part/],
    ["empty-workbook-no-sheets.xlsx", "no-sheets", /no worksheets/],
  ])("%s → %s with a message saying what to do", async (file, code, pattern) => {
    const r = await read(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.startsWith(file)).toBe(true);
    expect(r.error.message).toMatch(pattern);
  });
});
