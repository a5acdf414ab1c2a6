/**
 * @jest-environment node
 *
 * readSheet against the fake Excel: the grid it gives for a sheet equals what the file reader gives for the
 * same cells (every sample workbook), the model finds the same things in it, and it reads in a bounded
 * number of syncs whatever the row count.
 */
import fs from "node:fs";
import path from "node:path";
import { analyseSheet } from "../../../src/model/analyse/analyseSheet";
import { isoToSerial } from "../../../src/model/excelDate";
import type { Cell, Grid } from "../../../src/model/grid";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { FakeExcel, type FakeSheet } from "../fakeExcel";
import { putGrid, withFakeExcel } from "./helpers";
import { createExcelHost } from "../../../src/taskpane/host/excelHost";
import { MAX_READ_CELLS } from "../../../src/taskpane/host/readSheet";

const FIXTURES = path.join(__dirname, "../../fixtures");
const AS_OF = "2010-07-01";

/** The file reader's grid without what Office.js cannot tell (a bold first line only), merges in order. */
function comparable(grid: Grid): Grid {
  const rows = grid.rows.map((row) =>
    row.map((cell): Cell => {
      if (!cell.style?.boldLead) return cell;
      const style = { ...cell.style };
      delete style.boldLead;
      const copy = { ...cell } as Cell;
      if (Object.keys(style).length) copy.style = style;
      else delete copy.style;
      return copy;
    }),
  );
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { ...grid, rows, merges, hidden: grid.hidden ? true : undefined };
}

const sortedMerges = (g: Grid): Grid => ({ ...g, merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left), hidden: g.hidden ? true : undefined });

describe("the grid readSheet gives is the file reader's, for every sample workbook", () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => /\.(xlsx|csv)$/.test(f));

  test.each(files)("%s", async (file) => {
    const read = await readWorkbook(path.join(FIXTURES, file));
    if (!read.ok) throw new Error(read.error.message);
    const fake = new FakeExcel({ dateSystem: read.book.sheets[0].dateSystem });
    const uninstall = fake.install();
    try {
      read.book.sheets.forEach((g) => putGrid(fake, g));
      const host = await createExcelHost();
      for (const fileGrid of read.book.sheets) {
        const expected = comparable(fileGrid);
        const grid = sortedMerges(await host.readSheet(fileGrid.name));
        expect(grid).toEqual(expected);
        // So the model finds the same actions, flags and problems in it.
        const fromHost = analyseSheet(grid, { asOf: AS_OF });
        const fromFile = analyseSheet(expected, { asOf: AS_OF });
        expect(fromHost.rows).toEqual(fromFile.rows);
        expect(fromHost.findings).toEqual(fromFile.findings);
      }
    } finally {
      uninstall();
    }
  });

  test("the one thing Office.js cannot tell, a bold first line, matters only in the CDRP self-assessment", async () => {
    const withLeads: string[] = [];
    for (const file of files) {
      const read = await readWorkbook(path.join(FIXTURES, file));
      if (read.ok && read.book.sheets.some((g) => g.rows.some((r) => r.some((c) => c.style?.boldLead)))) withLeads.push(file);
    }
    expect(withLeads).toEqual(["cdrp-self-assessment.xlsx"]);
  });
});

/** A plan-like sheet of `rows` rows under a header, straight into the fake's model. */
function bigSheet(fake: FakeExcel, rows: number): FakeSheet {
  const sheet = fake.workbook.addSheet("Plan");
  sheet.setRaw(0, 0, "Big plan");
  ["Ref", "Action", "Lead", "Due", "Status", "Done", "Notes", "Score"].forEach((h, c) => sheet.setRaw(2, c, h));
  for (let i = 0; i < rows; i++) {
    const r = 3 + i;
    sheet.setRaw(r, 0, i + 1);
    sheet.setRaw(r, 1, `Action ${i}: deliver the agreed improvement in ward ${i % 97}`);
    sheet.setRaw(r, 2, `Officer ${i % 211}`);
    sheet.setRaw(r, 3, isoToSerial("2009-01-01", 1900) + (i % 900));
    sheet.setRaw(r, 4, ["Complete", "In progress", "Not started"][i % 3]);
    sheet.setRaw(r, 5, i % 2 === 0);
    if (i % 3 === 0) sheet.setRaw(r, 6, `Note ${i}`);
    sheet.setRaw(r, 7, (i % 100) / 100);
  }
  sheet.addFormat({ top: 3, left: 3, rows, cols: 1 }, { numberFormat: "dd/mm/yyyy" });
  sheet.addFormat({ top: 2, left: 0, rows: 1, cols: 8 }, { bold: true });
  return sheet;
}

/** What the figures in the host's README come from: syncs and the largest request and response. */
function report(what: string, fake: FakeExcel): void {
  const { request, response } = fake.largestSync();
  process.stdout.write(`${what}: ${fake.syncs.length} syncs, largest request ${request.toLocaleString("en-GB")} B, largest response ${response.toLocaleString("en-GB")} B\n`);
}

describe("readSheet reads in a bounded number of syncs", () => {
  describe("in Excel on Windows and Mac", () => {
    const setup = withFakeExcel({ platform: "PC" });

    test("100 rows: two syncs", async () => {
      const { fake, host } = setup();
      bigSheet(fake, 100);
      fake.resetCounts();
      await host.readSheet("Plan");
      expect(fake.syncs).toHaveLength(2);
    });

    test("100,000 rows: grouped by size as on the web (Microsoft's advice for large ranges), not all in one sync", async () => {
      const { fake, host } = setup();
      const rows = 100_000;
      bigSheet(fake, rows);
      fake.resetCounts();
      const grid = await host.readSheet("Plan");
      report("read 100,000 rows × 8, desktop", fake);
      const total = fake.syncs.reduce((n, s) => n + s.responseBytes, 0);
      expect(fake.largestSync().response).toBeLessThan(4_500_000);
      expect(fake.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(total / 2_500_000));
      expect(grid.rows).toHaveLength(3 + rows);
      expect(grid.rows[3 + rows - 1][1]).toEqual({ kind: "text", value: `Action ${rows - 1}: deliver the agreed improvement in ward ${(rows - 1) % 97}` });
      expect(grid.rows[3][3]).toEqual({ kind: "date", value: "2009-01-01" });
      expect(grid.rows[2][0]).toEqual({ kind: "text", value: "Ref", style: { bold: true } });
      expect(grid.rows[1]).toEqual([]);
    }, 60_000);
  });

  describe("in Excel on the web, where a response may not pass 5 MB", () => {
    const setup = withFakeExcel({ platform: "OfficeOnline" });

    test("100 rows: two syncs", async () => {
      const { fake, host } = setup();
      bigSheet(fake, 100);
      fake.resetCounts();
      await host.readSheet("Plan");
      expect(fake.syncs).toHaveLength(2);
    });

    test("100,000 rows: every response under 4.5 MB, a sync per ~3.5 MB", async () => {
      const { fake, host } = setup();
      bigSheet(fake, 100_000);
      fake.resetCounts();
      const grid = await host.readSheet("Plan");
      report("read 100,000 rows × 8, web", fake);
      expect(grid.rows).toHaveLength(100_003);
      const total = fake.syncs.reduce((n, s) => n + s.responseBytes, 0);
      expect(fake.largestSync().response).toBeLessThan(4_500_000);
      expect(fake.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(total / 2_500_000));
    }, 60_000);

    test("rows far longer than the first ones: a refused group is read again in smaller groups, and nothing is lost", async () => {
      const { fake, host } = setup();
      const sheet = fake.workbook.addSheet("Plan");
      for (let r = 0; r < 20_000; r++) {
        sheet.setRaw(r, 0, r);
        sheet.setRaw(r, 1, r < 10_000 ? "short" : `${r} ${"long text ".repeat(300)}`);
      }
      fake.resetCounts();
      const grid = await host.readSheet("Plan");
      expect(grid.rows).toHaveLength(20_000);
      expect(grid.rows.map((row) => (row[0].kind === "number" ? row[0].value : -1))).toEqual(Array.from({ length: 20_000 }, (_, i) => i));
      expect(grid.rows[19_999][1]).toEqual({ kind: "text", value: `19999 ${"long text ".repeat(300)}` });
      const refused = fake.syncs.filter((s) => s.responseBytes > 5 * 1024 * 1024).length;
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThanOrEqual(4);
    }, 60_000);
  });
});

describe("merged areas", () => {
  /** A plan with a merged Action cell (B:C) on every action row, and a merged title A1:D1. */
  function mergedPlan(fake: FakeExcel, rows: number): FakeSheet {
    const sheet = fake.workbook.addSheet("Plan");
    sheet.setRaw(0, 0, "Merged plan");
    ["Ref", "Action", "", "Due"].forEach((h, c) => h && sheet.setRaw(1, c, h));
    for (let i = 0; i < rows; i++) {
      sheet.setRaw(2 + i, 0, i + 1);
      sheet.setRaw(2 + i, 1, `Action ${i}`);
      sheet.setRaw(2 + i, 3, "Ongoing");
    }
    sheet.merges = [{ top: 0, left: 0, rows: 1, cols: 4 }, ...Array.from({ length: rows }, (_, i) => ({ top: 2 + i, left: 1, rows: 1, cols: 2 }))];
    return sheet;
  }
  const expected = (rows: number) => [{ top: 0, left: 0, bottom: 0, right: 3 }, ...Array.from({ length: rows }, (_, i) => ({ top: 2 + i, left: 1, bottom: 2 + i, right: 2 }))];

  describe.each(["PC", "OfficeOnline"] as const)("on %s", (platform) => {
    const setup = withFakeExcel({ platform });

    test("a few: read with the sheet's first look, from their geometry (the address names top-left cells only)", async () => {
      const { fake, host } = setup();
      const sheet = mergedPlan(fake, 3);
      sheet.merges.push({ top: 9, left: 0, rows: 3, cols: 2 });
      fake.resetCounts();
      const grid = await host.readSheet("Plan");
      expect(sortedMerges(grid).merges).toEqual([...expected(3), { top: 9, left: 0, bottom: 11, right: 1 }]);
      expect(fake.syncs).toHaveLength(2);
    });

    test.each([600, 100_000])("a merged cell on every one of %i rows: every merge read, in a bounded number of syncs", async (rows) => {
      const { fake, host } = setup();
      mergedPlan(fake, rows);
      fake.resetCounts();
      const grid = await host.readSheet("Plan");
      report(`read ${rows.toLocaleString("en-GB")} rows with a merged cell each, ${platform}`, fake);
      expect(sortedMerges(grid).merges).toEqual(expected(rows));
      expect(grid.rows[2 + rows - 1][1]).toEqual({ kind: "text", value: `Action ${rows - 1}` });
      const cellSyncs = Math.ceil(fake.syncs.reduce((n, s) => n + s.responseBytes, 0) / 2_500_000);
      expect(fake.syncs.length).toBeLessThanOrEqual((rows > 1000 ? 10 : 4) + cellSyncs);
      expect(fake.largestSync().response).toBeLessThan(4_500_000);
    }, 60_000);

    test("an area crossing two blocks is counted once, even if Excel gave every area crossing a block", async () => {
      const fake = new FakeExcel({ platform, mergedAreasGiven: "crossing" });
      const uninstall = fake.install();
      try {
        const host = await createExcelHost();
        const sheet = mergedPlan(fake, 1201);
        // Action merged down two rows from row 4 on: 600 areas (more than Excel gives at once, so read in
        // blocks), some straddling the blocks' boundaries.
        const pairs = Array.from({ length: 600 }, (_, i) => ({ top: 3 + 2 * i, left: 1, rows: 2, cols: 2 }));
        sheet.merges = [sheet.merges[0], ...pairs];
        const grid = await host.readSheet("Plan");
        expect(sortedMerges(grid).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }, ...pairs.map((m) => ({ top: m.top, left: 1, bottom: m.top + 1, right: 2 }))]);
      } finally {
        uninstall();
      }
    });

    test("a row of more than 512 merged cells is read too", async () => {
      const { fake, host } = setup();
      const sheet = fake.workbook.addSheet("Plan");
      sheet.setRaw(0, 0, "Wide");
      sheet.setRaw(1, 1999, "far");
      sheet.merges = Array.from({ length: 600 }, (_, i) => ({ top: 1, left: 2 * i, rows: 1, cols: 2 }));
      const grid = await host.readSheet("Plan");
      expect(sortedMerges(grid).merges).toEqual(Array.from({ length: 600 }, (_, i) => ({ top: 1, left: 2 * i, bottom: 1, right: 2 * i + 1 })));
    });
  });
});

describe("readSheet", () => {
  const setup = withFakeExcel();

  test("refuses a sheet of more than 5,000,000 cells, saying what to do", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Huge");
    sheet.setRaw(0, 0, "Title");
    sheet.setRaw(199_999, 25, "far away"); // A1:Z200000 = 5.2 million cells
    expect(26 * 200_000).toBeGreaterThan(MAX_READ_CELLS);
    await expect(host.readSheet("Huge")).rejects.toThrow(/"Huge" uses 5,200,000 cells .*reads at most 5,000,000\. Delete the rows and columns/);
  });

  test("says so when the sheet is gone", async () => {
    const { host } = setup();
    await expect(host.readSheet("Nowhere")).rejects.toThrow('There is no sheet called "Nowhere" in this workbook any more');
  });

  test("errors, booleans, text that looks like an error, time-only formats, hidden sheets, an empty sheet", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Odd");
    sheet.setRaw(1, 1, { error: "#N/A" });
    sheet.setRaw(1, 2, "#N/A");
    sheet.setRaw(1, 3, true);
    sheet.setRaw(1, 4, 0.5);
    sheet.addFormat({ top: 1, left: 4, rows: 1, cols: 1 }, { numberFormat: "h:mm" });
    sheet.setRaw(1, 5, "  ");
    sheet.visibility = "Hidden";
    fake.workbook.addSheet("Empty");
    const grid = await host.readSheet("Odd");
    expect(grid.hidden).toBe(true);
    expect(grid.rows).toEqual([[], [{ kind: "empty" }, { kind: "error", value: "#N/A" }, { kind: "text", value: "#N/A" }, { kind: "boolean", value: true }, { kind: "number", value: 0.5 }, { kind: "text", value: "  " }]]);
    expect(await host.readSheet("Empty")).toEqual({ name: "Empty", rows: [], merges: [], dateSystem: 1900 });
  });

  describe("in a 1904 workbook", () => {
    const setup1904 = withFakeExcel({ dateSystem: 1904 });
    test("dates are read in the workbook's date system", async () => {
      const { fake, host } = setup1904();
      const sheet = fake.workbook.addSheet("Plan");
      sheet.setRaw(0, 0, isoToSerial("2010-07-01", 1904));
      sheet.addFormat({ top: 0, left: 0, rows: 1, cols: 1 }, { numberFormat: "dd/mm/yyyy" });
      const grid = await host.readSheet("Plan");
      expect(grid.dateSystem).toBe(1904);
      expect(grid.rows[0][0]).toEqual({ kind: "date", value: "2010-07-01" });
    });
  });
});
