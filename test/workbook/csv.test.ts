import { cellText, type Grid } from "../../src/model/grid";
import { decodeTextBytes, detectSeparator } from "../../src/workbook/csv";
import { readCsvText, readXlsxBuffer } from "../../src/workbook";

const texts = (g: Grid): string[][] => g.rows.map((r) => r.map(cellText));

describe("readCsvText", () => {
  test("plain comma-separated, every cell text, name without extension, 1900 dates", () => {
    const g = readCsvText("Ref,Due,Status\nH1,31/03/2024,Complete\n", "Selby plan.v2.csv");
    expect(g.name).toBe("Selby plan.v2");
    expect(g.dateSystem).toBe(1900);
    expect(g.merges).toEqual([]);
    expect(g.rows).toEqual([
      [
        { kind: "text", value: "Ref" },
        { kind: "text", value: "Due" },
        { kind: "text", value: "Status" },
      ],
      [
        { kind: "text", value: "H1" },
        { kind: "text", value: "31/03/2024" },
        { kind: "text", value: "Complete" },
      ],
    ]);
  });

  test("numbers and dates are not converted", () => {
    const g = readCsvText("1,2.50,2024-03-31,TRUE,#N/A", "x.csv");
    expect(g.rows[0].map((c) => c.kind)).toEqual(["text", "text", "text", "text", "text"]);
    expect(texts(g)).toEqual([["1", "2.50", "2024-03-31", "TRUE", "#N/A"]]);
  });

  test("quoted fields: separators, doubled quotes, line breaks inside quotes", () => {
    const g = readCsvText('a,"b, with comma","say ""hi""","two\nlines","crlf\r\ninside"\r\nnext,row', "q.csv");
    expect(texts(g)).toEqual([
      ["a", "b, with comma", 'say "hi"', "two\nlines", "crlf\r\ninside"],
      ["next", "row"],
    ]);
  });

  test("CRLF, LF and bare CR line ends", () => {
    expect(texts(readCsvText("a,b\r\nc,d\r\n", "x.csv"))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(texts(readCsvText("a,b\nc,d", "x.csv"))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(texts(readCsvText("a,b\rc,d\r", "x.csv"))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(texts(readCsvText("a\r\rb", "x.csv"))).toEqual([["a"], [], ["b"]]);
  });

  test("a UTF-8 BOM is stripped", () => {
    const g = readCsvText("\uFEFFRef,Due\n1,2", "bom.csv");
    expect(g.rows[0][0]).toEqual({ kind: "text", value: "Ref" });
  });

  test("empty fields are empty cells; trailing empties and trailing blank lines dropped; blank lines inside kept", () => {
    const g = readCsvText("a,,c,,\n\n,b\n\n\n", "e.csv");
    expect(g.rows).toEqual([[{ kind: "text", value: "a" }, { kind: "empty" }, { kind: "text", value: "c" }], [], [{ kind: "empty" }, { kind: "text", value: "b" }]]);
  });

  test('an empty quoted field ("") is empty; whitespace is kept as text', () => {
    const g = readCsvText('"",  ,x', "w.csv");
    expect(g.rows[0]).toEqual([{ kind: "empty" }, { kind: "text", value: "  " }, { kind: "text", value: "x" }]);
  });

  test("semicolon separator with decimal commas", () => {
    const g = readCsvText("Ref;Budget;Due\nH1;1234,50;31.03.2024\nH2;99,9;01.04.2024\n", "de.csv");
    expect(texts(g)).toEqual([
      ["Ref", "Budget", "Due"],
      ["H1", "1234,50", "31.03.2024"],
      ["H2", "99,9", "01.04.2024"],
    ]);
  });

  test("tab separator", () => {
    expect(texts(readCsvText("a\tb, c\td\n1\t2\t3", "t.txt"))).toEqual([
      ["a", "b, c", "d"],
      ["1", "2", "3"],
    ]);
  });

  test("separators inside quotes do not count when detecting", () => {
    expect(detectSeparator('"a;b;c;d",x\n"e;f;g;h",y\n')).toBe(",");
    expect(detectSeparator("a;b\nc;d\n")).toBe(";");
    expect(detectSeparator("no separators here\nat all")).toBe(",");
    expect(detectSeparator("")).toBe(",");
  });

  test('an Excel "sep=" first line sets the separator and is not a row', () => {
    expect(texts(readCsvText("sep=;\r\na;b,c\r\n", "s.csv"))).toEqual([["a", "b,c"]]);
  });

  test("unterminated quote keeps the rest as one field; text after a closing quote is kept", () => {
    expect(texts(readCsvText('a,"open\nstill open', "u.csv"))).toEqual([["a", "open\nstill open"]]);
    expect(texts(readCsvText('"ab"cd,e', "u.csv"))).toEqual([["abcd", "e"]]);
  });

  test("empty text gives a grid with no rows", () => {
    expect(readCsvText("", "empty.csv").rows).toEqual([]);
    expect(readCsvText("\uFEFF", "empty.csv").rows).toEqual([]);
  });

  test("100,000 rows in well under a second or two", () => {
    const line = 'H1,"Objective, with comma",31/03/2024,Complete,Officer name,note\n';
    const started = Date.now();
    const g = readCsvText(line.repeat(100_000), "big.csv");
    expect(g.rows).toHaveLength(100_000);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe("CSV bytes", () => {
  test("UTF-8 is decoded without a warning", async () => {
    const r = await readXlsxBuffer(Buffer.from("Name,Town\nZoë,Bürgerstadt\n", "utf8"), "utf8.csv");
    expect(r.ok && r.book.warnings).toEqual([]);
    expect(r.ok && cellText(r.book.sheets[0].rows[1][0])).toBe("Zoë");
  });

  test("invalid UTF-8 falls back to Windows-1252 with a warning naming the encoding", async () => {
    const bytes = Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb, 0x20, 0x80, 0x35, 0x0a]); // "Name\nZoë €5\n"
    const r = await readXlsxBuffer(bytes, "ansi.csv");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(cellText(r.book.sheets[0].rows[1][0])).toBe("Zoë €5");
    expect(r.book.warnings).toEqual([expect.stringMatching(/ansi\.csv was read as Windows-1252/)]);
  });

  test("UTF-16LE with a BOM (Excel's \"Unicode Text\") is decoded, tab-separated", async () => {
    const body = Buffer.from("Ref\tStatus\r\nH1\tDone\r\n", "utf16le");
    const r = await readXlsxBuffer(Buffer.concat([Buffer.from([0xff, 0xfe]), body]), "unicode.txt");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(texts(r.book.sheets[0])).toEqual([
      ["Ref", "Status"],
      ["H1", "Done"],
    ]);
    expect(r.book.warnings.join()).toMatch(/UTF-16LE/);
  });

  test("decodeTextBytes", () => {
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text).toBe("A"); // BOM dropped by the decoder
    expect(decodeTextBytes(new Uint8Array([0xe9])).encoding).toBe("Windows-1252");
  });
});
