/**
 * @jest-environment node
 *
 * The Excel host's start-up check, its small calls, its text and chunking rules — and the fake's own
 * honesty, which the other host tests rely on.
 */
// The host must not pull exceljs or jszip into the task pane: loading either fails this file.
jest.mock("exceljs", () => {
  throw new Error("the Excel host loaded exceljs");
});
jest.mock("jszip", () => {
  throw new Error("the Excel host loaded jszip");
});

import { setWorkbookDateSystem, workbookDateSystem } from "../../../src/functions/settings";
import { createExcelHost, startExcelHost } from "../../../src/taskpane/host/excelHost";
import { DEFAULT_SETTINGS } from "../../../src/taskpane/hostApi";
import { jsonBytes, rowBlocks } from "../../../src/taskpane/host/chunking";
import { OLD_EXCEL_MESSAGE } from "../../../src/taskpane/host/requirements";
import { cellInput, textInput } from "../../../src/taskpane/host/text";
import { FakeExcel, parseAddress, typedInput } from "../fakeExcel";
import { withFakeExcel } from "./helpers";

describe("start-up", () => {
  test.each(["1.12", "1.9", "1.1"])("on a host with ExcelApi %s only, it refuses with a message naming 1.13 and what to do", async (version) => {
    const uninstall = new FakeExcel({ excelApi: version }).install();
    try {
      await expect(createExcelHost()).rejects.toThrow(OLD_EXCEL_MESSAGE);
      expect(OLD_EXCEL_MESSAGE).toMatch(/Excel JavaScript API 1\.13 or later.*Update Office/);
    } finally {
      uninstall();
    }
  });

  test("only a host too old for the API is told to update Office; typing in a cell is said as such, and passes", async () => {
    const old = new FakeExcel({ excelApi: "1.12" });
    let uninstall = old.install();
    try {
      expect(await startExcelHost()).toEqual({ kind: "too-old", message: OLD_EXCEL_MESSAGE });
    } finally {
      uninstall();
    }
    const typing = new FakeExcel({ cellEditMode: true });
    uninstall = typing.install();
    try {
      const failed = await startExcelHost();
      expect(failed).toEqual({
        kind: "failed",
        message: "Starting PlanCheck in this workbook did not work. Excel is busy editing a cell: press Enter or Esc to leave the cell, then try again.",
      });
      typing.cellEditMode = false;
      expect((await startExcelHost()).kind).toBe("started");
    } finally {
      uninstall();
    }
  });

  test("on a protected workbook it starts (starting only reads); a write then says to unprotect", async () => {
    const fake = new FakeExcel({ protectedWorkbook: true });
    fake.workbook.addSheet("Plan");
    const uninstall = fake.install();
    try {
      const host = await createExcelHost();
      await expect(host.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(/^Saving PlanCheck's settings in the workbook did not work\. Excel would not allow the change .*unprotect it/);
      fake.protectedWorkbook = false;
      await host.saveSettings(DEFAULT_SETTINGS);
    } finally {
      uninstall();
    }
  });

  test("on ExcelApi 1.13 it starts", async () => {
    const uninstall = new FakeExcel({ excelApi: "1.13" }).install();
    try {
      expect((await createExcelHost()).kind).toBe("excel");
    } finally {
      uninstall();
    }
  });
});

describe("the workbook's date system, shared with the PLAN.* functions", () => {
  afterEach(() => setWorkbookDateSystem(1900));

  test.each([1900, 1904] as const)("a %s workbook: the functions read serials in its system; only a change recalculates", async (system) => {
    const fake = new FakeExcel({ dateSystem: system });
    const uninstall = fake.install();
    try {
      await createExcelHost();
      expect(workbookDateSystem()).toBe(system);
      expect(fake.calculations).toEqual(system === 1904 ? ["Full"] : []);
      // The functions bundle has its own copy of settings.ts: the setting must live on the page, not the module.
      expect((globalThis as Record<symbol, unknown>)[Symbol.for("PlanCheck.workbookDateSystem")] ?? 1900).toBe(system);
    } finally {
      uninstall();
    }
  });
});

describe("small calls", () => {
  const setup = withFakeExcel();

  test("sheet names in order, the active sheet, selecting a cell (activating its sheet)", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Instructions");
    fake.workbook.addSheet("Plan 2010");
    expect(await host.sheetNames()).toEqual(["Instructions", "Plan 2010"]);
    expect(await host.activeSheetName()).toBe("Instructions");
    fake.resetCounts();
    await host.selectCell("Plan 2010", "F18");
    expect(fake.syncs).toHaveLength(1);
    expect(fake.workbook.active?.name).toBe("Plan 2010");
    expect(fake.workbook.selection).toEqual({ sheet: fake.sheet("Plan 2010"), rect: { top: 17, left: 5, rows: 1, cols: 1 } });
  });

  test("a failure reaches the pane as what went wrong and what to do", async () => {
    const { host } = setup();
    await expect(host.selectCell("Gone", "A1")).rejects.toThrow(/^Going to A1 on "Gone" did not work\. Excel said: .*worksheet "Gone".*\(ItemNotFound\)\. Try again/);
  });
});

describe("text safety: every text is written as text", () => {
  test.each([
    ['=HYPERLINK("http://x")'],
    ["+44 1234"],
    ["-5"],
    ["@SUM(A1)"],
    ["\tTab"],
    ["\rCR"],
    ["'already quoted"],
    ["2010"],
    ["30/04/2009"],
    ["May 2009"],
    ["TRUE"],
    ["50%"],
    ["#N/A"],
    ["plain words"],
  ])("%j lands as that text", (text) => {
    expect(typedInput(textInput(text), "General")).toBe(text.replace(/\r/g, "\n"));
  });

  test("and without the helper Excel would have changed them (the fake reads input as Excel does)", () => {
    expect(typedInput('=HYPERLINK("http://x")', "General")).toEqual({ formula: 'HYPERLINK("http://x")' });
    expect(typedInput("+44 1234", "General")).toEqual({ formula: "44 1234" });
    expect(typedInput("-5", "General")).toBe(-5);
    expect(typedInput("@SUM(A1)", "General")).toEqual({ formula: "SUM(A1)" });
    expect(typedInput("30/04/2009", "General")).toEqual(expect.any(Number));
  });

  test("blank text clears the cell; long text is cut to Excel's limit, leaving room for the quote", () => {
    expect(textInput(null)).toBe("");
    expect(textInput("")).toBe("");
    const long = textInput("x".repeat(40_000));
    expect(long.length).toBe(32_767);
    expect(long.endsWith("…")).toBe(true);
  });

  test("values of the combined view: dates as serials, formulas only PlanCheck's own", () => {
    expect(cellInput(new Date(Date.UTC(2010, 6, 1)), 1900)).toBe(40360);
    expect(cellInput(new Date(Date.UTC(2010, 6, 1)), 1904)).toBe(38898);
    expect(cellInput(new Date(Date.UTC(2010, 6, 1, 12)), 1900)).toBe(40360.5);
    expect(cellInput({ formula: "SUM(A1:A3)", result: 6 }, 1900)).toBe("=SUM(A1:A3)");
    expect(cellInput(Number.NaN, 1900)).toBe("");
    expect(cellInput(true, 1900)).toBe(true);
  });
});

describe("chunking", () => {
  test("jsonBytes is the UTF-8 size of the JSON (over-estimating only surrogate pairs)", () => {
    const values = [["plain", 'quote " and \\ back', "tab\tnew\nline", "£ – ✓", 12.5, true, null, ""]];
    expect(jsonBytes(values)).toBe(Buffer.byteLength(JSON.stringify(values)));
    expect(jsonBytes(["😀"])).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(["😀"])));
    expect(jsonBytes({ format: { font: { bold: false } } })).toBe(JSON.stringify({ format: { font: { bold: false } } }).length);
  });

  test("rowBlocks cuts by size and row count and keeps every row, in order", () => {
    const blocks = [...rowBlocks(1000, (i) => [`row ${i}`, i], 1000, 300)];
    expect(blocks.every((b) => b.bytes <= 1000 && b.rows.length <= 300)).toBe(true);
    expect(blocks.flatMap((b) => b.rows.map((r) => r[1]))).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(blocks.map((b) => b.start)).toEqual(blocks.map((b, i) => blocks.slice(0, i).reduce((n, x) => n + x.rows.length, 0)));
  });
});

describe("the fake Excel is honest where Office.js is strict", () => {
  const setup = withFakeExcel();

  test("reading a property before load and sync throws, as Office.js does", async () => {
    const { fake } = setup();
    fake.workbook.addSheet("Plan");
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      expect(() => range.values).toThrow(/PropertyNotLoaded|property 'values' is not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[""]]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  test("typing in a cell: every sync fails, reads included, and nothing runs", async () => {
    const { fake } = setup();
    fake.workbook.addSheet("Plan");
    fake.cellEditMode = true;
    const run = (write: boolean) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
        if (write) range.values = [["x"]];
        range.load("values");
        await context.sync();
        return range.values;
      });
    await expect(run(false)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(run(true)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    fake.cellEditMode = false;
    expect(await run(false)).toEqual([[""]]);
  });

  test("a protected workbook: reads, moving about and recalculation work; a sync stops at its first write", async () => {
    const { fake } = setup();
    fake.workbook.addSheet("Plan").setRaw(0, 0, "kept");
    fake.workbook.addSheet("Notes");
    fake.protectedWorkbook = true;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Notes");
      sheet.activate();
      sheet.getRange("B2").select();
      const a1 = context.workbook.worksheets.getItem("Plan").getRange("A1");
      a1.load("values");
      context.application.calculate(Excel.CalculationType.full);
      await context.sync();
      expect(a1.values).toEqual([["kept"]]);
    });
    expect(fake.workbook.active?.name).toBe("Notes");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").activate();
        context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["changed"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.workbook.active?.name).toBe("Plan"); // what came before the write was done
    expect(fake.raw("Plan", "A1")).toBe("kept");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("More");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.workbook.sheet("More")).toBeUndefined();
  });

  test("queued work left unsynced, wrongly sized writes and over-large requests on the web fail", async () => {
    const { fake } = setup();
    fake.workbook.addSheet("Plan");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["x"]];
      }),
    ).rejects.toThrow(/never synced/);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toThrow(/doesn't match the size/);
    const web = new FakeExcel({ platform: "OfficeOnline" });
    const uninstall = web.install();
    try {
      web.workbook.addSheet("Plan");
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Plan").getRange("A1:A3000").values = Array.from({ length: 3000 }, () => ["'" + "x".repeat(2000)]);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    } finally {
      uninstall();
    }
  });
});

describe("the fake Excel's merged areas are Excel's", () => {
  const setup = withFakeExcel();

  const mergedAreas = (address: string) =>
    Excel.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("Plan").getRange(address).getMergedAreasOrNullObject();
      merged.load("address,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      await context.sync();
      return merged.isNullObject ? null : { address: merged.address, areas: merged.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]) };
    });

  test("only the areas whose top-left cell is in the range; the address names top-left cells only; areas give the geometry", async () => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    sheet.merges = [parseAddress("B2:C3"), parseAddress("A5:D5")];
    expect(await mergedAreas("A1:Z10")).toEqual({ address: "Plan!B2, Plan!A5", areas: [[1, 1, 2, 2], [4, 0, 1, 4]] });
    // B3 is inside B2:C3 but not its top-left cell (office-js #3611).
    expect(await mergedAreas("A3:Z10")).toEqual({ address: "Plan!A5", areas: [[4, 0, 1, 4]] });
    expect(await mergedAreas("A6:Z10")).toBeNull();
  });

  test("more than 512 merged areas in the range fail the sync; 512 do not", async () => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    sheet.merges = Array.from({ length: 600 }, (_, r) => ({ top: r, left: 1, rows: 1, cols: 2 }));
    await expect(mergedAreas("A1:D600")).rejects.toMatchObject({ code: "GeneralException" });
    expect((await mergedAreas("A1:D512"))?.areas).toHaveLength(512);
  });
});

describe("the fake Excel's request and response sizes follow office.js", () => {
  const setup = withFakeExcel();

  // Measured with office.js 1.1.110 (dist/excel-web-16.00.debug.js), see WIRE in fakeExcel.ts: each figure is
  // the whole request of one sync, UTF-8 JSON, for the workbook, the sheet "Plan" and the operations named.
  test.each([
    ["a 1,000 × 8 values write of \"'abc\"", 62_632, (s: Excel.Worksheet) => void (s.getRangeByIndexes(0, 0, 1000, 8).values = Array.from({ length: 1000 }, () => Array(8).fill("'abc")))],
    ["a 200 × 2 values write", 3_880, (s: Excel.Worksheet) => void (s.getRangeByIndexes(0, 0, 200, 2).values = Array.from({ length: 200 }, () => ["'abc", "'abc"]))],
    ["eleven 1-cell writes", 3_493, (s: Excel.Worksheet) => Array.from({ length: 11 }, (_, i) => (s.getRangeByIndexes(i, 0, 1, 1).values = [[1]]))],
    [
      "eleven block reads (values, valueTypes, numberFormat, cell properties)",
      5_350,
      (s: Excel.Worksheet) =>
        Array.from({ length: 11 }, (_, i) => {
          const g = s.getRangeByIndexes(i * 10, 0, 10, 8);
          g.load("values,valueTypes,numberFormat");
          g.getCellProperties({ format: { font: { bold: true, color: true } } });
        }),
    ],
  ])("%s: within 3%% of %i bytes", async (_what, measured, queue) => {
    const { fake } = setup();
    fake.workbook.addSheet("Plan");
    fake.resetCounts();
    await Excel.run(async (context) => {
      queue(context.workbook.worksheets.getItem("Plan"));
      await context.sync();
    });
    expect(fake.syncs[0].requestBytes / measured).toBeGreaterThan(0.97);
    expect(fake.syncs[0].requestBytes / measured).toBeLessThan(1.03);
  });

  test("a response is the JSON of what was loaded, plus each result's frame", async () => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    for (let r = 0; r < 100; r++) sheet.setRaw(r, 0, `row ${r}`);
    fake.resetCounts();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:A100").load("values");
      await context.sync();
    });
    const values = JSON.stringify({ values: Array.from({ length: 100 }, (_, r) => [`row ${r}`]) }).length;
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(values);
    expect(fake.syncs[0].responseBytes).toBeLessThan(values + 200);
  });
});

describe("the fake Excel's tables and names", () => {
  const setup = withFakeExcel();

  test("a table cannot take a defined name's name, of either scope; a table's name blocks a workbook name", async () => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    ["Action", "Status", "", "Action", "Status"].forEach((h, c) => sheet.setRaw(0, c, h || undefined));
    fake.workbook.names.push({ name: "Combined", sheet, rect: parseAddress("A1"), comment: "" }, { name: "Issues", sheet, rect: parseAddress("A1"), comment: "", scope: sheet });
    for (const [name, at] of [["combined", "A1:B2"], ["Issues", "D1:E2"]]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Plan").tables.add(at, true).name = name;
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    await Excel.run(async (context) => {
      const t = context.workbook.worksheets.getItem("Plan").tables;
      t.load("items/name");
      await context.sync();
      expect(t.items.map((x) => x.name)).toEqual(["Table1", "Table2"]);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.names.add("Table1", context.workbook.worksheets.getItem("Plan").getRange("A1"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // The sheet-scoped Issues does not block a workbook name Issues.
    await Excel.run(async (context) => {
      context.workbook.names.add("Issues", context.workbook.worksheets.getItem("Plan").getRange("A1"));
      await context.sync();
    });
    expect(fake.workbook.namesIn(null).map((n) => n.name)).toEqual(["Combined", "Issues"]);
  });

  test("tables.add renames blank and repeated headers, and refuses merged cells", async () => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    ["Status", undefined, "status", "Status"].forEach((h, c) => sheet.setRaw(0, c, h));
    sheet.setRaw(1, 0, "x");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").tables.add("A1:D2", true);
      await context.sync();
    });
    expect([0, 1, 2, 3].map((c) => sheet.raw(0, c))).toEqual(["Status", "Column2", "status2", "Status3"]);
    const other = fake.workbook.addSheet("Merged");
    ["A", "B"].forEach((h, c) => other.setRaw(0, c, h));
    other.merges = [parseAddress("A3:B3")];
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Merged").tables.add("A1:B3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("the fake Excel's formulas", () => {
  const setup = withFakeExcel();

  test("formulas reads a formula as =…, any other cell as its value; writes like values", async () => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:D1").formulas = [["=SUM(B1:C1)", 5, "'=not a formula", "-5"]];
      await context.sync();
    });
    expect([0, 1, 2, 3].map((c) => sheet.raw(0, c))).toEqual([{ formula: "SUM(B1:C1)" }, 5, "=not a formula", -5]);
    expect(fake.log.map((e) => e.kind)).toEqual(["formulas"]);
    const read = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("A1:E1");
      r.load("formulas");
      await context.sync();
      return r.formulas;
    });
    expect(read).toEqual([["=SUM(B1:C1)", 5, "=not a formula", -5, ""]]);
  });

  test.each(["values", "formulas"] as const)("a cell formatted as Text keeps what %s writes, formula text included, as text", async (how) => {
    const { fake } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    sheet.addFormat(parseAddress("A1:D1"), { numberFormat: "@" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:D1")[how] = [["=PLAN.RAG(D5)", "-5", "2010", "'quoted"]];
      await context.sync();
    });
    expect([0, 1, 2, 3].map((c) => sheet.raw(0, c))).toEqual(["=PLAN.RAG(D5)", "-5", "2010", "'quoted"]);
  });
});
