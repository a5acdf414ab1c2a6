/**
 * Format detection by content, file-system errors, limits and timeouts: every path ends in a book with at
 * least one sheet or a FileError naming the file.
 */
import JSZip from "jszip";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { cellAt, cellText } from "../../src/model/grid";
import { readWorkbook, readXlsxBuffer, type FileErrorCode, type ReadResult } from "../../src/workbook";
import { buildBigXlsx, buildXlsx } from "../helpers/xlsxParts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "plancheck-formats-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function expectError(r: ReadResult, code: FileErrorCode, name: string): string {
  expect(r.ok).toBe(false);
  if (r.ok) return "";
  expect(r.error.code).toBe(code);
  expect(r.error.message).toContain(name);
  return r.error.message;
}

async function zipOf(entries: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [k, v] of Object.entries(entries)) z.file(k, v);
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("file system", () => {
  test("missing file → not-found", async () => {
    const msg = expectError(await readWorkbook(path.join(dir, "nope", "Selby plan.xlsx")), "not-found", "Selby plan.xlsx");
    expect(msg).not.toContain(dir); // the base name, not the whole path
  });

  test("a folder → unreadable", async () => {
    mkdirSync(path.join(dir, "folder.xlsx"));
    expectError(await readWorkbook(path.join(dir, "folder.xlsx")), "unreadable", "folder.xlsx");
  });

  test("0-byte file → empty-file", async () => {
    const f = path.join(dir, "empty.xlsx");
    writeFileSync(f, "");
    expect(expectError(await readWorkbook(f), "empty-file", "empty.xlsx")).toMatch(/0 bytes/);
    expectError(await readXlsxBuffer(new Uint8Array(0), "empty.csv"), "empty-file", "empty.csv");
  });

  test("format follows the bytes: a CSV named .xlsx is not read as CSV, an .xlsx named .csv is read as a workbook", async () => {
    const csvNamedXlsx = path.join(dir, "really-csv.xlsx");
    writeFileSync(csvNamedXlsx, "a,b\n1,2\n");
    expect(expectError(await readWorkbook(csvNamedXlsx), "unsupported-format", "really-csv.xlsx")).toMatch(/\.csv extension/);

    const xlsxNamedCsv = path.join(dir, "really-xlsx.csv");
    writeFileSync(xlsxNamedCsv, await buildXlsx({ sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>7</v></c></row>' }] }));
    const r = await readWorkbook(xlsxNamedCsv);
    expect(r.ok && r.book.format).toBe("xlsx");
  });

  test("CSV with .txt and .tsv extensions is accepted", async () => {
    for (const name of ["plan.txt", "plan.tsv", "PLAN.CSV"]) {
      const r = await readXlsxBuffer(Buffer.from("a;b\n1;2"), name);
      expect(r.ok && r.book.format).toBe("csv");
    }
  });
});

describe("formats rejected by content", () => {
  test.each([
    ["report.pdf", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "unsupported-format", /PDF/],
    ["export.xls", Buffer.from("<html><body><table><tr><td>1</td></tr></table></body></html>"), "unsupported-format", /web page/],
    [
      "old.xml.xls",
      Buffer.from('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>'),
      "unsupported-format",
      /XML Spreadsheet 2003/,
    ],
    ["image.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "unsupported-format", /neither/],
    ["notes.md", Buffer.from("# just notes\n"), "unsupported-format", /plain text file with the extension \.md/],
  ])("%s", async (name, bytes, code, pattern) => {
    expect(expectError(await readXlsxBuffer(bytes, name), code as FileErrorCode, name)).toMatch(pattern);
  });

  test("zips that are not workbooks", async () => {
    expectError(await readXlsxBuffer(await zipOf({ "readme.txt": "hi" }), "archive.xlsx"), "unsupported-format", "archive.xlsx");
    const docx = await zipOf({ "word/document.xml": "<w/>", "[Content_Types].xml": "<Types/>" });
    expect(expectError(await readXlsxBuffer(docx, "letter.xlsx"), "unsupported-format", "letter.xlsx")).toMatch(/Word document/);
    const odt = await zipOf({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" });
    expect(expectError(await readXlsxBuffer(odt, "doc.xlsx"), "unsupported-format", "doc.xlsx")).toMatch(/OpenDocument/);
    const ods = await zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" });
    expectError(await readXlsxBuffer(ods, "calc.xlsx"), "opendocument", "calc.xlsx");
    const xlsb = await zipOf({ "xl/workbook.bin": "\u0000", "[Content_Types].xml": "<Types/>" });
    expectError(await readXlsxBuffer(xlsb, "bin.xlsx"), "xlsb", "bin.xlsx");
  });

  test("a damaged compressed part → corrupt, naming the part", async () => {
    const good = await buildXlsx({ sheets: [{ name: "S", xml: `<row r="1">${'<c r="A1" t="inlineStr"><is><t>x</t></is></c>'.repeat(200)}</row>` }] });
    const bytes = Buffer.from(good);
    // Scribble over the middle of the worksheet's compressed data (sizes and directory stay intact).
    const at = bytes.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + 40;
    for (let i = at; i < at + 40; i++) bytes[i] = 0xff;
    const r = await readXlsxBuffer(bytes, "scribbled.xlsx");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(["corrupt", "unreadable"]).toContain(r.error.code);
      expect(r.error.message).toContain("scribbled.xlsx");
    }
  });

  test("malformed XML → corrupt, naming the part", async () => {
    const bytes = await buildXlsx({ sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" <v>' }] });
    expect(expectError(await readXlsxBuffer(bytes, "bad.xlsx"), "corrupt", "bad.xlsx")).toMatch(/sheet1\.xml/);
  });

  test("a sheet listed in the workbook whose part is missing → corrupt", async () => {
    const z = await JSZip.loadAsync(await buildXlsx({ sheets: [{ name: "Gone", xml: "" }] }));
    z.remove("xl/worksheets/sheet1.xml");
    const bytes = await z.generateAsync({ type: "uint8array" });
    expect(expectError(await readXlsxBuffer(bytes, "gone.xlsx"), "corrupt", "gone.xlsx")).toMatch(/Gone/);
  });

  test("a workbook with only chart sheets → no-sheets", async () => {
    const z = await JSZip.loadAsync(await buildXlsx({ sheets: [{ name: "Chart1", xml: "" }] }));
    const rels = (await z.file("xl/_rels/workbook.xml.rels")!.async("string")).replace("/worksheet", "/chartsheet");
    z.file("xl/_rels/workbook.xml.rels", rels);
    const bytes = await z.generateAsync({ type: "uint8array" });
    expectError(await readXlsxBuffer(bytes, "charts.xlsx"), "no-sheets", "charts.xlsx");
  });
});

describe("limits", () => {
  let big: Uint8Array;
  beforeAll(async () => {
    big = await buildBigXlsx(100_000);
  });

  test("a 100,000-row plan sheet reads in a few seconds", async () => {
    const started = Date.now();
    const r = await readXlsxBuffer(big, "big.xlsx");
    const ms = Date.now() - started;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const g = r.book.sheets[0];
    expect(g.rows).toHaveLength(100_001);
    expect(cellAt(g, 0, 0)).toEqual({ kind: "text", value: "Ref", style: { bold: true } });
    expect(cellAt(g, 1, 4)).toEqual({ kind: "date", value: "2024-01-01" });
    expect(cellText(cellAt(g, 100_000, 0))).toBe("A99999");
    expect(ms).toBeLessThan(8_000); // ~1.5 s on the 2-core build machine
  }, 20_000);

  test("timeout → a timeout error, not a hang", async () => {
    const r = await readXlsxBuffer(big, "slow.xlsx", { timeoutMs: 5 });
    expect(expectError(r, "timeout", "slow.xlsx")).toMatch(/too long/);
  });

  test("readWorkbook honours the timeout too", async () => {
    const f = path.join(dir, "slow-on-disk.xlsx");
    writeFileSync(f, big);
    expectError(await readWorkbook(f, { timeoutMs: 5 }), "timeout", "slow-on-disk.xlsx");
  });

  test("maxFileBytes → too-large", async () => {
    expectError(await readXlsxBuffer(big, "huge.xlsx", { maxFileBytes: 1024 }), "too-large", "huge.xlsx");
    const f = path.join(dir, "huge.xlsx");
    writeFileSync(f, big);
    expectError(await readWorkbook(f, { maxFileBytes: 1024 }), "too-large", "huge.xlsx");
  });

  test("too many cells (values out at XFD on thousands of rows) → too-large, quickly", async () => {
    const rows = Array.from({ length: 1_300 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    const bytes = await buildXlsx({ sheets: [{ name: "Wide", xml: rows }] });
    const started = Date.now();
    expectError(await readXlsxBuffer(bytes, "wide.xlsx"), "too-large", "wide.xlsx");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
