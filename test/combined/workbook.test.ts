/**
 * The combined workbook as written to disk, read back with exceljs (and with PlanCheck's own reader):
 * sheets, the Combined table, frozen header, named cells, formulas with their cached results, dates,
 * text that looks like formulas, the Summary's formulas, and the chart part.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { previousRows } from "../../src/model/combine/previousRows";
import type { CombinedView } from "../../src/model/combine/types";
import { buildCombinedWorkbook, combinedWorkbookBytes, writeCombinedXlsx } from "../../src/workbook/combined";
import { combinedColumns } from "../../src/workbook/combined/columns";
import { readXlsxBuffer } from "../../src/workbook/readBuffer";
import { bigView } from "./bigView";
import { cellsOf, loadBytes, readBack, tempDir } from "./helpers";
import { INJECTIONS, sampleView } from "./sampleView";

const HEADERS = [
  "District", "File", "Sheet", "Row", "Row key", "Section", "Objective", "Action", "Owner", "Due", "Due date", "Due reading",
  "Status", "State", "Status colour", "Fraction", "Complete", "Overdue", "Days overdue", "RAG", "Notes", "Template",
  "Budget", "Their RAG", "Owner (source)",
];

const col = (header: string): number => HEADERS.indexOf(header) + 1;

/** The XML of one cell in a sheet part. */
async function cellXml(data: Uint8Array, part: string, ref: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(data)).file(part)!.async("string");
  const m = new RegExp(`<c r="${ref}"[^>]*(?:/>|>.*?</c>)`).exec(xml);
  return m ? m[0] : "";
}

let tmp: ReturnType<typeof tempDir>;
let view: CombinedView;
let wb: ExcelJS.Workbook;
let bytes: Uint8Array;

beforeAll(async () => {
  tmp = tempDir();
  view = sampleView();
  const out = join(tmp.dir, "combined.xlsx");
  await writeCombinedXlsx(view, out, []);
  bytes = new Uint8Array(readFileSync(out));
  wb = await readBack(out);
});

afterAll(() => tmp.cleanup());

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

describe("sheets", () => {
  test("Combined, Summary, Issues, Changes, About in that order; no Changes sheet without changes", async () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Combined", "Summary", "Issues", "Changes", "About"]);
    const without = await loadBytes(await combinedWorkbookBytes(sampleView({ withChanges: false })));
    expect(without.worksheets.map((w) => w.name)).toEqual(["Combined", "Summary", "Issues", "About"]);
  });
});

describe("Combined sheet", () => {
  test("is one Excel table over every row, with the columns in order, row stripes and filter buttons", async () => {
    const ws = sheet("Combined");
    const table = ws.getTable("Combined") as unknown as { table: { tableRef: string; columns: { name: string; filterButton: boolean }[]; style: { theme: string; showRowStripes: boolean } } };
    expect(table).toBeDefined();
    expect(table.table.tableRef).toBe(`A1:Y${view.rows.length + 1}`);
    expect(table.table.columns.map((c) => c.name)).toEqual(HEADERS);
    expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
    expect(table.table.style).toMatchObject({ theme: "TableStyleMedium2", showRowStripes: true });
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    // The table part itself: ref and autoFilter cover every row.
    const zip = await JSZip.loadAsync(bytes);
    const tableXml = await zip.file("xl/tables/table1.xml")!.async("string");
    expect(tableXml).toContain(`name="Combined"`);
    expect(tableXml).toContain(`ref="A1:Y${view.rows.length + 1}"`);
    expect(tableXml).toContain(`<autoFilter ref="A1:Y${view.rows.length + 1}"`);
  });

  test("the header row is frozen and columns have widths within bounds, long text wrapped", () => {
    const ws = sheet("Combined");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    for (let c = 1; c <= HEADERS.length; c++) {
      const width = ws.getColumn(c).width ?? 0;
      expect(width).toBeGreaterThanOrEqual(6);
      expect(width).toBeLessThanOrEqual(60);
    }
    expect(ws.getCell(2, col("Action")).alignment).toMatchObject({ wrapText: true });
  });

  test("AsOf and AmberDays are workbook-level names of real cells on About", () => {
    expect(wb.definedNames.getRanges("AsOf")).toEqual({ name: "AsOf", ranges: ["About!$B$2"] });
    expect(wb.definedNames.getRanges("AmberDays")).toEqual({ name: "AmberDays", ranges: ["About!$B$3"] });
    const about = sheet("About");
    expect(about.getCell("B2").value).toEqual(new Date(Date.UTC(2010, 6, 1)));
    expect(about.getCell("B2").numFmt).toBe("dd/mm/yyyy");
    expect(about.getCell("B3").value).toBe(14);
  });

  test("workbook.xml defines the names at workbook level (no localSheetId) and asks for a recalculation on load", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    expect(xml).toContain('<definedName name="AsOf">About!$B$2</definedName>');
    expect(xml).toContain('<definedName name="AmberDays">About!$B$3</definedName>');
    expect(xml).not.toContain("localSheetId");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test("every Overdue, Days overdue and RAG cell holds its formula and a cached result equal to the row's flags", () => {
    const ws = sheet("Combined");
    const columns = combinedColumns(view);
    view.rows.forEach((row, i) => {
      const n = i + 2;
      for (const [header, want] of [
        ["Overdue", row.overdue],
        ["Days overdue", row.daysOverdue],
        ["RAG", row.rag],
      ] as const) {
        const cell = ws.getCell(n, col(header));
        const formula = (columns[col(header) - 1].value(row, n) as { formula: string }).formula;
        expect({ address: cell.address, type: cell.type, formula: cell.formula, result: cell.result }).toEqual({
          address: cell.address,
          type: ExcelJS.ValueType.Formula,
          formula,
          result: want,
        });
        expect(formula).toContain(`K${n}`);
      }
    });
  });

  test("every RAG value is in the sample, and the RAG column is coloured by conditional formats", async () => {
    expect(new Set(view.rows.map((r) => r.rag))).toEqual(new Set(["blue", "red", "amber", "green", "grey"]));
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    for (const rag of ["red", "amber", "green", "blue", "grey"]) expect(sheetXml).toContain(`<formula>&quot;${rag}&quot;</formula>`);
    expect(sheetXml).toContain(`<conditionalFormatting sqref="T2:T${view.rows.length + 1}">`);
  });

  test("Due date cells are real dates at UTC midnight formatted dd/mm/yyyy, or blank", () => {
    const ws = sheet("Combined");
    view.rows.forEach((row, i) => {
      const cell = ws.getCell(i + 2, col("Due date"));
      if (row.dueDate === null) expect(cell.value).toBeNull();
      else {
        expect(cell.value).toEqual(new Date(`${row.dueDate}T00:00:00.000Z`));
        expect(cell.numFmt).toBe("dd/mm/yyyy");
      }
    });
  });

  test("Complete is a boolean, Fraction a number or blank, Row a number, State the state", () => {
    const ws = sheet("Combined");
    view.rows.forEach((row, i) => {
      expect(ws.getCell(i + 2, col("Complete")).value).toBe(row.complete);
      expect(ws.getCell(i + 2, col("Fraction")).value).toBe(row.fraction);
      expect(ws.getCell(i + 2, col("Row")).value).toBe(row.row);
      expect(ws.getCell(i + 2, col("State")).value).toBe(row.state);
      expect(ws.getCell(i + 2, col("Row key")).value).toBe(row.key);
    });
  });

  test("text that looks like a formula comes back as the same plain text, never a formula", () => {
    const ws = sheet("Combined");
    const i = view.rows.findIndex((r) => r.action === INJECTIONS.action);
    const row = ws.getRow(i + 2);
    const texts: [string, string][] = [
      ["Action", INJECTIONS.action],
      ["Owner", INJECTIONS.owner],
      ["Notes", INJECTIONS.notes],
      ["Budget", INJECTIONS.budget],
      ["Their RAG", INJECTIONS.theirRag],
      ["Owner (source)", "=1+1"],
    ];
    for (const [header, text] of texts) {
      const cell = row.getCell(col(header));
      expect({ header, value: cell.value, type: cell.type, formula: cell.formula }).toEqual({ header, value: text, type: ExcelJS.ValueType.String, formula: undefined });
    }
    // Changes too.
    const changes = sheet("Changes");
    expect(changes.getCell("D5").value).toBe("=cmd|' /C calc'!A0");
    expect(changes.getCell("D5").type).toBe(ExcelJS.ValueType.String);
  });

  test("a literal _xHHHH_ and line breaks survive", () => {
    const ws = sheet("Combined");
    const notes = view.rows.map((r, i) => [r.notes, ws.getCell(i + 2, col("Notes")).value]);
    expect(notes.filter(([n]) => n !== null).map(([n, v]) => v === n)).not.toContain(false);
    expect(notes.map(([n]) => n)).toContain("_x0041_ is not A");
  });

  test("PlanCheck's own reader reads the file, and the previous-view reader takes it as a combined workbook", async () => {
    const read = await readXlsxBuffer(bytes, "combined.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    const parsed = previousRows(read.book.sheets);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rows.map((r) => [r.key, r.district, r.action, r.statusText, r.state, r.overdue])).toEqual(
      view.rows.map((r) => [r.key, r.district, r.action, r.statusText, r.state, r.overdue]),
    );
  });
});

describe("Summary sheet", () => {
  test("one row per district and a Total row, counted by formulas whose cached results are the view's figures", () => {
    const ws = sheet("Summary");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["District", "Rows", "Complete", "Completion %", "Overdue", "Red", "Amber", "Green", "Blue", "Grey", "Findings"]);
    const last = view.rows.length + 1;
    view.districts.forEach((d, i) => {
      const row = ws.getRow(i + 2);
      const result = (c: number) => {
        const cell = row.getCell(c);
        expect(cell.type).toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toContain(`Combined!$A$2:$A$${last}`);
        return cell.result;
      };
      expect(row.getCell(1).value).toBe(d.district);
      expect([result(2), result(3), result(4), result(5), result(6), result(7), result(8), result(9), result(10)]).toEqual([
        d.rows,
        d.complete,
        d.completion ?? "",
        d.overdue,
        d.rag.red,
        d.rag.amber,
        d.rag.green,
        d.rag.blue,
        d.rag.grey,
      ]);
      expect(row.getCell(11).value).toBe(d.findings);
      expect(row.getCell(4).numFmt).toBe("0%");
    });
    const total = ws.getRow(view.districts.length + 2);
    expect(total.getCell(1).value).toBe("Total");
    const sum = (f: (d: CombinedView["districts"][number]) => number) => view.districts.reduce((s, d) => s + f(d), 0);
    expect(total.getCell(2).result).toBe(sum((d) => d.rows));
    expect(total.getCell(2).result).toBe(view.rows.length);
    expect(total.getCell(5).result).toBe(sum((d) => d.overdue));
    expect(total.getCell(11).result).toBe(sum((d) => d.findings));
    expect(total.getCell(4).formula).toContain("COUNTIFS(Combined!$N$2");
  });

  test("Completion % is blank when no row has a recognised status", async () => {
    const v = sampleView();
    v.rows = v.rows.map((r) => (r.district === "Selby" ? { ...r, state: "none", statusText: "", fraction: null } : r));
    v.districts = v.districts.map((d) => (d.district === "Selby" ? { ...d, completion: null } : d));
    const out = await combinedWorkbookBytes(v);
    const book = await loadBytes(out);
    const selby = book.getWorksheet("Summary")!.getRow(4);
    expect(selby.getCell(1).value).toBe("Selby");
    expect(selby.getCell(4).formula).toMatch(/^IF\(OR\(/);
    // The cached result is the empty text (exceljs reads an empty <v> back as no result).
    expect(await cellXml(out, "xl/worksheets/sheet2.xml", "D4")).toMatch(/^<c r="D4"[^>]* t="str"><f>.*<\/f><v><\/v><\/c>$/);
  });

  test("a completion chart over the District and Completion % cells, referenced from the Summary sheet's drawing", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"]));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');

    // Summary is the second sheet: find its part through the workbook, then its drawing.
    const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const rid = /<sheet [^>]*name="Summary"[^>]*r:id="([^"]+)"/.exec(workbook)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(workbookRels)![1];
    const sheetXml = await zip.file(`xl/${target}`)!.async("string");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)![1];
    // <drawing> after pageMargins / pageSetup, before tableParts and at the end otherwise.
    expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("<pageSetup"));
    expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("</sheetData>"));
    if (sheetXml.includes("<tableParts")) expect(sheetXml.indexOf("<drawing ")).toBeLessThan(sheetXml.indexOf("<tableParts"));
    const sheetRels = await zip.file(`xl/worksheets/_rels/${target.split("/").pop()}.rels`)!.async("string");
    expect(sheetRels).toMatch(new RegExp(`Id="${drawingId}"[^>]*relationships/drawing"[^>]*Target="../drawings/drawing1.xml"`));
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    const chartId = /<c:chart [^>]*r:id="([^"]+)"/.exec(drawing)![1];
    const drawingRels = await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string");
    expect(drawingRels).toMatch(new RegExp(`Id="${chartId}"[^>]*relationships/chart"[^>]*Target="../charts/chart1.xml"`));

    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>');
    const k = view.districts.length + 1;
    expect(chart).toContain(`<c:cat><c:strRef><c:f>Summary!$A$2:$A$${k}</c:f>`);
    expect(chart).toContain(`<c:val><c:numRef><c:f>Summary!$D$2:$D$${k}</c:f>`);
    for (const d of view.districts) {
      expect(chart).toContain(`<c:v>${d.district}</c:v>`);
      if (d.completion !== null) expect(chart).toContain(`<c:v>${d.completion}</c:v>`);
    }
  });

  test("no districts, no chart; no rows, a valid table with one blank row and zero totals", async () => {
    const empty: CombinedView = { ...sampleView(), rows: [], districts: [], files: [], skipped: [], findings: [], changes: null };
    const out = await combinedWorkbookBytes(empty);
    const zip = await JSZip.loadAsync(out);
    expect(Object.keys(zip.files).some((n) => n.startsWith("xl/charts/"))).toBe(false);
    const book = await loadBytes(out);
    const table = book.getWorksheet("Combined")!.getTable("Combined") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A1:Y2");
    const total = book.getWorksheet("Summary")!.getRow(2);
    expect(total.getCell(1).value).toBe("Total");
    expect(total.getCell(2).result).toBe(0);
    expect(total.getCell(4).formula).toContain("Combined!$N$2:$N$2");
    expect(await cellXml(out, "xl/worksheets/sheet2.xml", "D2")).toMatch(/ t="str"><f>.*<\/f><v><\/v><\/c>$/);
  });
});

describe("Issues, Changes and About", () => {
  test("Issues lists unreadable files, findings and skipped rows, as a table", () => {
    const ws = sheet("Issues");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["District", "File", "Sheet", "Cell", "Severity", "Code", "Field", "Value", "Message", "Hint"]);
    const rows = ws.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toHaveLength(1 + view.findings.length + view.skipped.length);
    const codes = rows.map((r) => r[5]);
    expect(codes).toEqual(["file-error:legacy-xls", "blank-required", "unparsed-due", "unknown-status", "skipped-row"]);
    expect(rows[0][8]).toBe(view.files[3].error!.message);
    const skipped = rows[4];
    expect(skipped[3]).toBe("3:3");
    expect(String(skipped[8])).toContain("section heading");
    expect(String(skipped[8])).toContain("Strategic Objective 1 – Engagement");
    const table = ws.getTable("Issues") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe(`A1:J${rows.length + 1}`);
  });

  test("Changes lists each change as a table", () => {
    const ws = sheet("Changes");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(["Kind", "District", "Row key", "Action", "Before", "After"]);
    expect(ws.getRow(2).getCell(1).value).toBe("new");
    expect(ws.getRow(3).getCell(5).value).toBe("In progress");
    expect((ws.getTable("Changes") as unknown as { table: { tableRef: string } }).table.tableRef).toBe(`A1:F${view.changes!.length + 1}`);
  });

  test("About gives the settings and a table of the files", () => {
    const ws = sheet("About");
    const labels = [2, 3, 4, 5, 6, 7].map((r) => ws.getCell(`A${r}`).value);
    expect(labels).toEqual(["As of", "Amber window (days)", "Quarters", "Generated at (UTC)", "PlanCheck version", "Flags"]);
    expect(ws.getCell("B4").value).toMatch(/^calendar/);
    expect(ws.getCell("B5").value).toEqual(new Date("2010-07-01T09:30:00.000Z"));
    expect(ws.getCell("B6").value).toBe("0.1.0-test");
    expect(String(ws.getCell("B7").value)).toMatch(/change either and the flags and the Summary update/);
    const table = ws.getTable("Files") as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.columns.map((c) => c.name)).toEqual(["District", "File", "Bytes", "SHA-256", "Rows read", "Rows combined", "Rows skipped", "Templates", "Error"]);
    expect(table.table.tableRef).toBe(`A11:I${11 + view.files.length}`);
    expect((ws.getRow(12).values as unknown[]).slice(1)).toEqual(["Craven", "Craven action plan 2010.xlsx", 10240, "a".repeat(64), 7, 6, 1, "Plan: generic (87%)"]);
    expect(ws.getRow(15).getCell(9).value).toMatch(/^legacy-xls: /);
  });
});

describe("the byte writer and the in-memory workbook agree", () => {
  test.each([
    ["sample", () => sampleView()],
    ["5,000 rows (several chunks, shared formulas)", () => bigView(5_000)],
  ])("%s: every cell of every sheet", async (_name, make) => {
    const v = make();
    const fromBytes = cellsOf(await loadBytes(await combinedWorkbookBytes(v)));
    const inMemory = cellsOf(await loadBytes(new Uint8Array(await buildCombinedWorkbook(v).xlsx.writeBuffer())));
    expect(Object.keys(fromBytes)).toEqual(Object.keys(inMemory));
    for (const name of Object.keys(inMemory)) expect([name, fromBytes[name]]).toEqual([name, inMemory[name]]);
  });

  test("deflated with JSZip (platforms without CompressionStream): the same cells", async () => {
    const v = sampleView();
    const a = cellsOf(await loadBytes(await combinedWorkbookBytes(v)));
    const b = cellsOf(await loadBytes(await combinedWorkbookBytes(v, { deflate: "jszip" })));
    expect(b).toEqual(a);
  });
});
