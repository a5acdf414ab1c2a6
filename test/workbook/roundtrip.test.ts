/**
 * Workbooks written by exceljs (as a council's tooling might) read back into the expected grid, and the
 * source file is left byte-for-byte unchanged with nothing written next to it.
 */
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { cellAt, type Grid } from "../../src/model/grid";
import { readWorkbook, readXlsxBuffer, type Book } from "../../src/workbook";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "plancheck-roundtrip-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

async function writeAndRead(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<Book> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  const before = sha256(file);
  const listing = readdirSync(dir).sort();
  const r = await readWorkbook(file);
  expect(sha256(file)).toBe(before);
  expect(readdirSync(dir).sort()).toEqual(listing); // no lock, temp or backup file next to it
  if (!r.ok) throw new Error(r.error.message);
  return r.book;
}

function sheetOf(book: Book, name: string): Grid {
  const g = book.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

describe("round trip through exceljs", () => {
  test("bold headings, red text, merges, dates, formulas, booleans, errors, hyperlinks, rich text", async () => {
    const book = await writeAndRead("plan.xlsx", (wb) => {
      const ws = wb.addWorksheet("Action plan");
      ws.getCell("A1").value = "Housing strategy 2024";
      ws.getCell("A1").font = { bold: true };
      ws.mergeCells("A1:D1");
      ws.getCell("A2").value = "Ref";
      ws.getCell("B2").value = "Objective";
      ws.getCell("C2").value = "Due";
      ws.getCell("D2").value = "Done";
      ws.getRow(2).font = { bold: true };
      ws.getCell("A3").value = "H1";
      ws.getCell("B3").value = "New: build 100 homes";
      ws.getCell("B3").font = { color: { argb: "FFFF0000" } };
      ws.getCell("C3").value = new Date(Date.UTC(2024, 2, 31));
      ws.getCell("C3").numFmt = "dd/mm/yyyy";
      ws.getCell("D3").value = true;
      ws.getCell("A4").value = "H2";
      ws.getCell("B4").value = { richText: [{ text: "All ", font: { bold: true } }, { text: "bold", font: { bold: true, italic: true } }] };
      ws.getCell("C4").value = new Date(Date.UTC(2025, 0, 15));
      ws.getCell("C4").numFmt = '"Due "dd/mm/yyyy';
      ws.getCell("D4").value = false;
      ws.getCell("A5").value = 21;
      ws.getCell("B5").value = { formula: "A5*2", result: 42 };
      ws.getCell("C5").value = { formula: "C3+1", result: new Date(Date.UTC(2024, 3, 1)) };
      ws.getCell("C5").numFmt = "d mmm yyyy";
      ws.getCell("D5").value = { formula: 'IF(A5>0,"yes","no")', result: "yes" };
      ws.getCell("A6").value = { error: "#N/A" };
      ws.getCell("B6").value = { text: "Council website", hyperlink: "https://example.org/plan" };
      ws.getCell("C6").value = 45292; // a bare serial with no date format stays a number
      ws.getCell("D6").value = "  indented text  ";
      ws.mergeCells("A8:B9");
      ws.getCell("A8").value = "Block";
      ws.getCell("C8").value = {
        richText: [
          { text: "Visibility and Accountability\n", font: { bold: true } },
          { text: "Publish the plan", font: {} },
        ],
      };
      const hidden = wb.addWorksheet("Lookups", { state: "hidden" });
      hidden.getCell("A1").value = "Complete";
      wb.addWorksheet("Notes £ – ü");
    });
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => [s.name, s.hidden === true])).toEqual([
      ["Action plan", false],
      ["Lookups", true],
      ["Notes £ – ü", false],
    ]);
    const g = sheetOf(book, "Action plan");
    expect(g.dateSystem).toBe(1900);
    expect(cellAt(g, 0, 0)).toEqual({ kind: "text", value: "Housing strategy 2024", style: { bold: true } });
    expect(cellAt(g, 0, 1).kind).toBe("empty"); // merged area: the value stays top-left only
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 7, left: 0, bottom: 8, right: 1 },
      ]),
    );
    expect(g.merges).toHaveLength(2);
    expect(cellAt(g, 1, 1)).toEqual({ kind: "text", value: "Objective", style: { bold: true } });
    expect(cellAt(g, 2, 1)).toEqual({ kind: "text", value: "New: build 100 homes", style: { color: "FFFF0000" } });
    expect(cellAt(g, 2, 2)).toEqual({ kind: "date", value: "2024-03-31" });
    expect(cellAt(g, 2, 3)).toEqual({ kind: "boolean", value: true });
    expect(cellAt(g, 3, 1)).toEqual({ kind: "text", value: "All bold", style: { bold: true } }); // every run bold
    expect(cellAt(g, 3, 2)).toEqual({ kind: "date", value: "2025-01-15" }); // "Due "dd/mm/yyyy
    expect(cellAt(g, 3, 3)).toEqual({ kind: "boolean", value: false });
    expect(cellAt(g, 4, 1)).toEqual({ kind: "number", value: 42 }); // cached result, not "A5*2"
    expect(cellAt(g, 4, 2)).toEqual({ kind: "date", value: "2024-04-01" });
    expect(cellAt(g, 4, 3)).toEqual({ kind: "text", value: "yes" });
    expect(cellAt(g, 5, 0)).toEqual({ kind: "error", value: "#N/A" });
    expect(cellAt(g, 5, 1)).toEqual({ kind: "text", value: "Council website" });
    expect(cellAt(g, 5, 2)).toEqual({ kind: "number", value: 45292 });
    expect(cellAt(g, 5, 3)).toEqual({ kind: "text", value: "  indented text  " });
    expect(cellAt(g, 7, 0)).toEqual({ kind: "text", value: "Block" });
    expect(cellAt(g, 7, 2)).toEqual({ kind: "text", value: "Visibility and Accountability\nPublish the plan", style: { boldLead: "Visibility and Accountability" } });
    expect(g.rows).toHaveLength(8); // row 9 is only the merged area: no values
    expect(cellAt(sheetOf(book, "Lookups"), 0, 0)).toEqual({ kind: "text", value: "Complete" });
    expect(sheetOf(book, "Notes £ – ü").rows).toEqual([]);
    expect(book.warnings).toEqual([]);
  });

  test("1904 date system: dates come back as the same calendar days", async () => {
    const book = await writeAndRead("mac.xlsx", (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Plan");
      ws.getCell("A1").value = new Date(Date.UTC(2021, 0, 1));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("A2").value = new Date(Date.UTC(1904, 0, 2));
      ws.getCell("A2").numFmt = "dd/mm/yyyy";
      ws.getCell("A3").value = 100;
    });
    const g = book.sheets[0];
    expect(g.dateSystem).toBe(1904);
    expect(cellAt(g, 0, 0)).toEqual({ kind: "date", value: "2021-01-01" });
    expect(cellAt(g, 1, 0)).toEqual({ kind: "date", value: "1904-01-02" });
    expect(cellAt(g, 2, 0)).toEqual({ kind: "number", value: 100 });
  });

  test("row indexes are the real sheet rows, even with blank rows above", async () => {
    const book = await writeAndRead("gaps.xlsm", (wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("C5").value = "row five";
      ws.getCell("A12").value = 12;
    });
    const g = book.sheets[0];
    expect(g.rows).toHaveLength(12);
    expect(cellAt(g, 4, 2)).toEqual({ kind: "text", value: "row five" });
    expect(g.rows[4]).toHaveLength(3);
    expect(g.rows[0]).toEqual([]);
    expect(cellAt(g, 11, 0)).toEqual({ kind: "number", value: 12 });
  });

  test("readXlsxBuffer reads the same bytes without the file system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Only").getCell("B2").value = "from bytes";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await readXlsxBuffer(bytes, "picked.xlsx");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.book.file).toBe("picked.xlsx");
    expect(cellAt(r.book.sheets[0], 1, 1)).toEqual({ kind: "text", value: "from bytes" });
    const again = await readXlsxBuffer(Buffer.from(bytes), "picked.xlsx");
    expect(again).toEqual(r);
  });
});
