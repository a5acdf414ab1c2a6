/** The pieces: XML pull parser, number formats, colours, cell references, and sheet details built by hand. */
import { cellAt, type Grid } from "../../src/model/grid";
import { readXlsxBuffer } from "../../src/workbook";
import { resolveColor, DEFAULT_PALETTE } from "../../src/workbook/colors";
import { isDateFormatCode } from "../../src/workbook/numFmt";
import { parseRange, parseRef } from "../../src/workbook/sheet";
import { CLOSE, EOF, OPEN, TEXT, XmlError, XmlPull, decodeEntities } from "../../src/workbook/xml";
import { resolvePart } from "../../src/workbook/xlsx";
import { crc32 } from "../../src/workbook/zip";
import { buildXlsx, stylesXml, type BookSpec } from "../helpers/xlsxParts";

function events(xml: string): string[] {
  const x = new XmlPull(xml);
  const out: string[] = [];
  for (;;) {
    const ev = x.next();
    if (ev === EOF) return out;
    if (ev === OPEN) out.push(`<${x.name}${x.selfClosing ? "/" : ""}>`);
    else if (ev === CLOSE) out.push(`</${x.name}>`);
    else if (ev === TEXT) out.push(JSON.stringify(x.text()));
  }
}

describe("XmlPull", () => {
  test("prefixes stripped from element names; self-closing elements close at once; comments, PIs, CDATA", () => {
    expect(events('\uFEFF<?xml version="1.0"?><!-- c --><x:a><x:b k="v"/>t&amp;u<![CDATA[<raw>]]></x:a>')).toEqual([
      "<a>",
      "<b/>",
      "</b>",
      '"t&u"',
      '"<raw>"',
      "</a>",
    ]);
  });

  test("attributes: qualified names, either quote, entities, '>' inside a value, fast path agrees", () => {
    const x = new XmlPull(`<sheet name="R&amp;D &gt; 2" sheetId='3' r:id="rId3" xmlns:r="urn:r" state = "hidden"/>`);
    expect(x.next()).toBe(OPEN);
    expect(x.attr("name")).toBe("R&D > 2");
    expect(x.attr("sheetId")).toBe("3");
    expect(x.attr("id")).toBeUndefined();
    expect(x.attr("state")).toBe("hidden");
    expect(x.attrLocal("id")).toBe("rId3");
    expect(x.attrs()).toEqual({ name: "R&D > 2", sheetId: "3", "r:id": "rId3", "xmlns:r": "urn:r", state: "hidden" });
    const y = new XmlPull('<c t="s" r="B2" s="4">');
    y.next();
    expect([y.attr("r"), y.attr("s"), y.attr("t")]).toEqual(["B2", "4", "s"]);
  });

  test("readText and skip consume whole elements", () => {
    const x = new XmlPull("<c><f>SUM(A1)</f><v>3</v><is><t>a</t><r><t>b</t></r></is></c>");
    x.next(); // <c>
    x.next(); // <f>
    x.skip();
    x.next(); // <v>
    expect(x.readText()).toBe("3");
    x.next(); // <is>
    expect(x.readText()).toBe("ab");
    expect(x.next()).toBe(CLOSE);
    expect(x.name).toBe("c");
  });

  test("entities: predefined and character references; anything else is an error", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;")).toBe("<>&\"'AB😀");
    expect(() => decodeEntities("&nbsp;")).toThrow(XmlError);
    expect(() => decodeEntities("&amp")).toThrow(XmlError);
    expect(decodeEntities("a & b")).toBe("a & b"); // a stray ampersand is tolerated
  });

  test("a DOCTYPE declaring entities is rejected as unsafe without expanding anything", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>`;
    let err: unknown;
    try {
      events(bomb);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XmlError);
    expect((err as XmlError).unsafe).toBe(true);
    expect(events('<!DOCTYPE x SYSTEM "x.dtd"><x/>')).toEqual(["<x/>", "</x>"]);
  });

  test("truncated markup is an error", () => {
    expect(() => events("<a><b")).toThrow(XmlError);
    expect(() => events("<a><!-- never closed")).toThrow(XmlError);
  });
});

describe("number formats", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["yyyy\\-mm\\-dd;@", true],
    ['"Due "dd/mm/yyyy', true],
    ['mmmm" "yyyy', true],
    ["[$-409]mmmm d, yyyy", true],
    ['[$-411]ggge"年"m"月"d"日";@', true],
    ["d-mmm", true],
    ["mmm", true],
    ["[Red]dd/mm/yy", true],
    ["m/d/yy h:mm", true],
    ["General", false],
    ["0.00", false],
    ["#,##0.00 [$€-1]", false],
    ['0 "days"', false],
    ['"d"0', false],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["mm:ss", false],
    ["h:mm AM/PM", false],
    ["0.00E+00", false],
    ["@", false],
    ['#,##0;[Red]-#,##0;"-"', false],
  ])("%s → date %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });
});

describe("colours", () => {
  test("rgb, indexed, theme with tint, auto", () => {
    expect(resolveColor({ rgb: "ffff0000" }, DEFAULT_PALETTE)).toBe("FFFF0000");
    expect(resolveColor({ rgb: "00B050" }, DEFAULT_PALETTE)).toBe("FF00B050");
    expect(resolveColor({ indexed: "10" }, DEFAULT_PALETTE)).toBe("FFFF0000");
    expect(resolveColor({ indexed: "64" }, DEFAULT_PALETTE)).toBeUndefined(); // system foreground = automatic
    expect(resolveColor({ auto: "1" }, DEFAULT_PALETTE)).toBeUndefined();
    const palette = { theme: ["FFFFFF", "000000", "EEECE1", "1F497D", "4F81BD", "C0504D"], indexed: DEFAULT_PALETTE.indexed };
    expect(resolveColor({ theme: "5" }, palette)).toBe("FFC0504D");
    expect(resolveColor({ theme: "1" }, palette)).toBe("FF000000");
    expect(resolveColor({ theme: "0", tint: "-0.5" }, palette)).toBe("FF808080");
    expect(resolveColor({ theme: "99" }, palette)).toBeUndefined();
  });
});

describe("references and paths", () => {
  test("parseRef / parseRange", () => {
    expect(parseRef("A1")).toEqual({ col: 0, row: 0 });
    expect(parseRef("XFD1048576")).toEqual({ col: 16383, row: 1048575 });
    expect(parseRef("$B$3")).toEqual({ col: 1, row: 2 });
    expect(parseRef("A")).toEqual({ col: 0, row: -1 });
    expect(parseRef("A1B")).toEqual({ col: -1, row: -1 });
    expect(parseRange("B2:D5")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRange("D5:B2")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRange("A1")).toBeUndefined();
    expect(parseRange("A1:A1")).toBeUndefined();
    expect(parseRange("junk:A1")).toBeUndefined();
  });

  test("resolvePart", () => {
    expect(resolvePart("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolvePart("xl/workbook.xml", "/xl/worksheets/sheet.xml")).toBe("xl/worksheets/sheet.xml");
    expect(resolvePart("xl/workbook.xml", "../shared/s.xml")).toBe("shared/s.xml");
    expect(resolvePart("workbook.xml", "sheet1.xml")).toBe("sheet1.xml");
    expect(resolvePart("", "xl/my%20book.xml")).toBe("xl/my book.xml");
  });

  test("crc32", () => {
    expect(crc32(0, new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

async function read(spec: BookSpec): Promise<Grid[]> {
  const r = await readXlsxBuffer(await buildXlsx(spec), "t.xlsx");
  if (!r.ok) throw new Error(r.error.message);
  return r.book.sheets;
}

describe("sheet details", () => {
  test("cell types: shared, inline, str, b, e, n, d; _xHHHH_ escapes; missing shared string", async () => {
    const [g] = await read({
      sharedStrings: ["<t>plain</t>", "<t>line_x000D_break _x005F_x0041_</t>", '<t xml:space="preserve"> spaced </t>', "<t/>"],
      sheets: [
        {
          name: "S",
          xml:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>99</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>in</t><rPh><t>ふりがな</t></rPh></is></c><c r="B2" t="str"><f>"x"</f><v>x</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#REF!</v></c><c r="E2"><v> 1.5E3 </v></c><c r="F2" t="d"><v>2024-03-31T00:00:00Z</v></c></row>' +
            '<row r="3"><c r="A3"><f>1+1</f></c><c r="B3"><v></v></c><c r="C3" t="n"><v>-7</v></c></row>',
        },
      ],
    });
    expect(g.rows[0]).toEqual([
      { kind: "text", value: "plain" },
      { kind: "text", value: "line\rbreak _x0041_" },
      { kind: "text", value: " spaced " },
    ]);
    expect(g.rows[1]).toEqual([
      { kind: "text", value: "in" },
      { kind: "text", value: "x" },
      { kind: "boolean", value: true },
      { kind: "error", value: "#REF!" },
      { kind: "number", value: 1500 },
      { kind: "date", value: "2024-03-31" },
    ]);
    expect(g.rows[2]).toEqual([{ kind: "empty" }, { kind: "empty" }, { kind: "number", value: -7 }]);
  });

  test("an <is> inline string without t=\"inlineStr\" is still text", async () => {
    const [g] = await read({ sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><is><t>loose</t></is></c></row>' }] });
    expect(g.rows).toEqual([[{ kind: "text", value: "loose" }]]);
  });

  test("cells out of order, repeated, and without references", async () => {
    const [g] = await read({
      sheets: [{ name: "S", xml: '<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c><c><v>2</v></c><c r="A2"><v>9</v></c></row><row><c><v>4</v></c></row>' }],
    });
    expect(g.rows[0]).toEqual([]);
    expect(g.rows[1]).toEqual([
      { kind: "number", value: 9 },
      { kind: "number", value: 2 },
      { kind: "number", value: 3 },
    ]);
    expect(g.rows[2]).toEqual([{ kind: "number", value: 4 }]);
  });

  test("date formats by id and code; time formats stay numbers; 1904 written as true", async () => {
    const styles = stylesXml({ 164: "yyyy-mm-dd", 165: "h:mm", 166: '"Due "dd/mm/yyyy' }, ["<sz val=\"11\"/>"], [
      [0, 0],
      [14, 0],
      [22, 0],
      [164, 0],
      [165, 0],
      [166, 0],
      [20, 0],
      [4, 0],
    ]);
    const xml =
      '<row r="1">' +
      [1, 2, 3, 4, 5, 6, 7].map((s, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${s}"><v>${s === 2 ? "42735.75" : s === 4 || s === 6 ? "0.5" : "42735"}</v></c>`).join("") +
      "</row>";
    const [g1900] = await read({ styles, sheets: [{ name: "S", xml }] });
    expect(g1900.rows[0]).toEqual([
      { kind: "date", value: "2016-12-31" },
      { kind: "date", value: "2016-12-31" },
      { kind: "date", value: "2016-12-31" },
      { kind: "number", value: 0.5 },
      { kind: "date", value: "2016-12-31" },
      { kind: "number", value: 0.5 },
      { kind: "number", value: 42735 },
    ]);
    for (const pr of ['date1904="true"', 'date1904="1"', 'date1904="TRUE"']) {
      const [g] = await read({ styles, workbookPr: pr, sheets: [{ name: "S", xml }] });
      expect(g.dateSystem).toBe(1904);
      expect(cellAt(g, 0, 0)).toEqual({ kind: "date", value: "2021-01-01" });
      expect(cellAt(g, 0, 3)).toEqual({ kind: "number", value: 0.5 }); // a time is not 1904-01-01
    }
    const [g0] = await read({ styles, workbookPr: 'date1904="0"', sheets: [{ name: "S", xml }] });
    expect(g0.dateSystem).toBe(1900);
  });

  test("bold and colour: cell fonts, theme colours, rich-text runs", async () => {
    const theme =
      '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="Office">' +
      '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
      '<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1>' +
      '<a:accent2><a:srgbClr val="C0504D"/></a:accent2></a:clrScheme></a:themeElements></a:theme>';
    const styles = stylesXml({}, ['<sz val="11"/><color theme="1"/>', '<b/><color theme="1"/>', '<color theme="5"/>', '<b val="0"/><color rgb="FF000000"/>', '<color indexed="10"/>'], [
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
    ]);
    const [g] = await read({
      theme,
      styles,
      sharedStrings: [
        "<t>Heading</t>",
        '<r><rPr><b/></rPr><t>All</t></r><r><rPr><b/><color rgb="FFFF0000"/></rPr><t> bold</t></r>',
        '<r><rPr><color rgb="FFFF0000"/></rPr><t>red</t></r><r><t xml:space="preserve"> </t></r><r><rPr><color rgb="FFFF0000"/></rPr><t>too</t></r>',
        '<r><rPr><b/></rPr><t>half</t></r><r><t>plain</t></r>',
        "<t>tval</t><r><rPr><b/></rPr><t>bold</t></r>",
        '<r><rPr><b val="0"/></rPr><t>unbold</t></r>',
      ],
      sheets: [
        {
          name: "S",
          xml:
            '<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="s" s="2"><v>0</v></c><c r="C1" t="s" s="3"><v>0</v></c><c r="D1" t="s" s="4"><v>0</v></c><c r="E1" s="1"/></row>' +
            '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s" s="1"><v>4</v></c><c r="E2" t="s" s="1"><v>5</v></c><c r="F2" s="1"><v>5</v></c></row>',
        },
      ],
    });
    expect(g.rows[0]).toEqual([
      { kind: "text", value: "Heading", style: { bold: true } },
      { kind: "text", value: "Heading", style: { color: "FFC0504D" } }, // theme 5 = accent2
      { kind: "text", value: "Heading" }, // explicit black, not bold
      { kind: "text", value: "Heading", style: { color: "FFFF0000" } }, // indexed 10
    ]);
    expect(g.rows[1]).toEqual([
      { kind: "text", value: "All bold", style: { bold: true } }, // colour differs between runs: none
      { kind: "text", value: "red too", style: { color: "FFFF0000" } }, // the blank run does not count
      { kind: "text", value: "halfplain" },
      { kind: "text", value: "tvalbold", style: { bold: true } }, // plain text inherits the bold cell font
      { kind: "text", value: "unbold" }, // run overrides the bold cell font
      { kind: "number", value: 5, style: { bold: true } },
    ]);
  });

  test("boldLead: the bold first line of a partly bold cell", async () => {
    const b = (t: string): string => `<r><rPr><b/></rPr><t xml:space="preserve">${t}</t></r>`;
    const p = (t: string): string => `<r><rPr/><t xml:space="preserve">${t}</t></r>`;
    const styles = stylesXml({}, ['<sz val="11"/>', "<b/>"], [
      [0, 0],
      [0, 1],
    ]);
    const [g] = await read({
      styles,
      sharedStrings: [
        b("Visibility and Accountability\n") + p("The partnership must publish its plan"),
        b("Solving Problems\n") + b("Effective Delivery Structures:\n") + p("✓ Are you able to respond?"),
        b("Note:") + p(" same line, not a heading"),
        b("Stage") + p("\r\nrest on the next line"),
        b("All\n") + b("bold"),
        "<t>Plain lead inherits the bold cell font\n</t>" + p("x").replace("<rPr/>", '<rPr><b val="0"/></rPr>'),
        b("Only line\n") + p("   "),
      ],
      sheets: [
        {
          name: "S",
          xml: '<row r="1">' + [0, 1, 2, 3, 4].map((i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("") + '<c r="F1" t="s" s="1"><v>5</v></c><c r="G1" t="s"><v>6</v></c></row>',
        },
      ],
    });
    expect(g.rows[0].map((c) => c.style)).toEqual([
      { boldLead: "Visibility and Accountability" },
      { boldLead: "Solving Problems" },
      undefined,
      { boldLead: "Stage" },
      { bold: true },
      { boldLead: "Plain lead inherits the bold cell font" },
      { bold: true }, // the plain run is blank: the visible text is all bold
    ]);
  });

  test("out-of-range cell addresses are ignored with a warning", async () => {
    const r = await readXlsxBuffer(await buildXlsx({ sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row><row r="1048577"><c><v>3</v></c></row>' }] }), "o.xlsx");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.book.sheets[0].rows).toEqual([[{ kind: "number", value: 1 }]]);
    expect(r.book.warnings.join()).toMatch(/2 cell\(s\) with addresses outside the sheet/);
  });

  test("whole-sheet dimension and styled empty cells out to XFD1048576 allocate nothing", async () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>only</t></is></c></row><row r="1048576">${Array.from(
      { length: 500 },
      (_, i) => `<c r="XE${String.fromCharCode(65 + (i % 26))}1048576" s="0"/>`,
    ).join("")}</row></sheetData><mergeCells count="1"><mergeCell ref="A1048575:XFD1048576"/></mergeCells></worksheet>`;
    const [g] = await read({ sheets: [{ name: "S", xml }] });
    expect(g.rows).toEqual([[{ kind: "text", value: "only" }]]);
    expect(g.merges).toEqual([{ top: 1048574, left: 0, bottom: 1048575, right: 16383 }]);
  });

  test("100,000 styled empty cells without t= read quickly (attribute look-ups stay inside the tag)", async () => {
    const rows = Array.from({ length: 1_000 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 100 }, (_, c) => `<c r="${String.fromCharCode(65 + (c % 26))}${r + 1}" s="0"/>`).join("")}</row>`);
    const bytes = await buildXlsx({ sheets: [{ name: "S", xml: rows.join("") }] });
    const started = Date.now();
    const r = await readXlsxBuffer(bytes, "styled.xlsx");
    expect(r.ok && r.book.sheets[0].rows).toEqual([]);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test("Strict OOXML namespaces and prefixed elements", async () => {
    const strict = `<?xml version="1.0"?><x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>strict</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const [g] = await read({ sheets: [{ name: "S", xml: strict }] });
    expect(g.rows).toEqual([[{ kind: "text", value: "strict" }]]);
  });

  test("sheet names with XML specials and non-ASCII survive", async () => {
    const sheets = await read({ sheets: [{ name: "R&D <2024> \"Q1\"", xml: "" }, { name: "Ynys Môn – Cynllun", xml: "" }] });
    expect(sheets.map((s) => s.name)).toEqual(['R&D <2024> "Q1"', "Ynys Môn – Cynllun"]);
  });
});
