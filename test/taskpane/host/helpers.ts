/** Shared set-up for the Excel host tests: a fake Excel installed as the globals, and sheets built from grids. */
import { isoToSerial } from "../../../src/model/excelDate";
import type { Grid } from "../../../src/model/grid";
import type { PlanHost } from "../../../src/taskpane/hostApi";
import { createExcelHost } from "../../../src/taskpane/host/excelHost";
import { FakeExcel, type FakeOptions, type FakeSheet, type Rect } from "../fakeExcel";

export interface Setup {
  fake: FakeExcel;
  host: PlanHost;
}

/** Installs a fake Excel for each test of the calling file; `setup()` then gives the fake and the host. */
export function withFakeExcel(options: FakeOptions | (() => FakeOptions) = {}): () => Setup {
  let current: (Setup & { uninstall: () => void }) | null = null;
  beforeEach(async () => {
    const fake = new FakeExcel(typeof options === "function" ? options() : options);
    const uninstall = fake.install();
    current = { fake, uninstall, host: await createExcelHost() };
  });
  afterEach(() => {
    current?.uninstall();
    current = null;
  });
  return () => {
    if (!current) throw new Error("no fake Excel installed");
    return current;
  };
}

/** Date formats as Excel reports them for date cells (built-in 14 in en-US, custom UK and locale forms). */
export const DATE_FORMATS = ["dd/mm/yyyy", "m/d/yyyy", "d-mmm-yy", "[$-809]dd mmmm yyyy;@"];
/** Number formats that are not dates. */
export const NUMBER_FORMATS = ["General", "0%", "£#,##0", "0.00", "h:mm"];

const cellRect = (row: number, col: number): Rect => ({ top: row, left: col, rows: 1, cols: 1 });

/**
 * A fake sheet holding the grid's cells as Excel holds them: dates as serials of the fake's date system
 * under a date format, numbers under assorted formats, errors as errors, bold and colour as fonts.
 */
export function putGrid(fake: FakeExcel, grid: Grid): FakeSheet {
  const sheet = fake.workbook.addSheet(grid.name);
  if (grid.hidden) sheet.visibility = "Hidden";
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      switch (cell.kind) {
        case "empty":
          return;
        case "text":
        case "boolean":
          sheet.setRaw(r, c, cell.value);
          break;
        case "number":
          sheet.setRaw(r, c, cell.value);
          sheet.addFormat(cellRect(r, c), { numberFormat: NUMBER_FORMATS[(r + c) % NUMBER_FORMATS.length] });
          break;
        case "date":
          sheet.setRaw(r, c, isoToSerial(cell.value, fake.workbook.dateSystem));
          sheet.addFormat(cellRect(r, c), { numberFormat: DATE_FORMATS[(r + c) % DATE_FORMATS.length] });
          break;
        case "error":
          sheet.setRaw(r, c, { error: cell.value });
          break;
      }
      if (cell.style?.bold || cell.style?.color) sheet.addFormat(cellRect(r, c), { bold: cell.style.bold === true, color: cell.style.color ? `#${cell.style.color.slice(2)}` : "#000000" });
    }),
  );
  sheet.merges = grid.merges.map((m) => ({ top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
  return sheet;
}

/** The text of every cell in a column of a fake sheet, top to bottom from `fromRow` (0-based). */
export function columnValues(sheet: FakeSheet, col: number, fromRow: number, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => sheet.raw(fromRow + i, col));
}
