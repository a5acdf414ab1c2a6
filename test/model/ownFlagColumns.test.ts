/**
 * PlanCheck's own flag columns (Complete | Overdue | Days overdue | RAG, written beside a plan by "Add flag
 * columns") in a workbook saved after they were added — as values, or as PLAN.* formulas with the results Excel
 * saved — are the add-in's output, not plan data: every fixture reads as it did before (same tables, roles,
 * rows, findings, skipped rows and combined view), and the table report says where the flag columns are.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import { a1, parseA1 } from "../../src/model/a1";
import { analyseBook } from "../../src/model/analyse/analyseBook";
import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import type { SheetReport } from "../../src/model/analyse/types";
import { combine } from "../../src/model/combine/combine";
import { districtFromFileName } from "../../src/model/combine/districtName";
import { isEmptyCell, type Cell, type Grid } from "../../src/model/grid";
import { FLAG_COLUMN_TITLES } from "../../src/taskpane/hostApi";
import { readWorkbook, readXlsxBuffer } from "../../src/workbook";
import { gridOf } from "./gridOf";

const FIXTURES = path.resolve(__dirname, "..", "fixtures");
const OPTIONS = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const };
const META = { ...OPTIONS, generatedAt: "2010-07-01T09:00:00.000Z", version: "test" };

type Form = "values" | "formulas";

/** Where "Add flag columns" puts one table's flags, and what it writes on each action row. */
interface Placed {
  sheet: string;
  headerRow: number;
  col: number;
  rows: { row: number; values: [boolean, boolean, number, string]; formulas: string[] }[];
}

/** The first column right of every value and merged cell from the table's header row to its last action row. */
function firstFreeColumn(grid: Grid, headerRow: number, lastRow: number): number {
  let end = 0;
  for (let r = headerRow; r <= lastRow; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = cells.length - 1; c >= end; c--) {
      if (cells[c] && !isEmptyCell(cells[c])) {
        end = c + 1;
        break;
      }
    }
  }
  for (const m of grid.merges) if (m.top <= lastRow && m.bottom >= headerRow) end = Math.max(end, m.right + 1);
  return end;
}

/** The flag columns of every table of a sheet, from the model's reading of the sheet without them. */
function placeFlags(grid: Grid, report: SheetReport): Placed[] {
  return report.tables.flatMap((table, index) => {
    const rows = report.rows.filter((r) => r.table === index);
    if (rows.length === 0) return [];
    const lastRow = Math.max(...rows.map((r) => r.row)) - 1;
    const col = firstFreeColumn(grid, table.headerRow - 1, lastRow);
    const colOf = (role: "due" | "status") => table.columns.find((c) => c.role === role)?.cell;
    const ref = (cell: string | undefined, row: number) => (cell ? a1(row - 1, parseA1(cell)?.col ?? 0) : '""');
    return [
      {
        sheet: grid.name,
        headerRow: table.headerRow - 1,
        col,
        rows: rows.map((r) => {
          const due = ref(colOf("due"), r.row);
          const status = ref(colOf("status"), r.row);
          const formulas = [
            colOf("status") ? `PLAN.ISCOMPLETE(${status})` : "FALSE",
            `PLAN.OVERDUE(${due},${status},PlanCheckAsOf,PlanCheckQuarters)`,
            `PLAN.DAYSOVERDUE(${due},${status},PlanCheckAsOf,PlanCheckQuarters)`,
            `PLAN.RAG(${due},${status},PlanCheckAsOf,PlanCheckAmberDays,PlanCheckQuarters)`,
          ];
          return { row: r.row - 1, values: [r.complete, r.overdue, r.daysOverdue, r.rag], formulas };
        }),
      },
    ];
  });
}

/** The workbook as saved after "Add flag columns": each cell a value, or a formula with the result Excel showed. */
async function savedWithFlags(file: string, placed: Placed[], form: Form): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(FIXTURES, file)) as unknown as ExcelJS.Buffer);
  for (const p of placed) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) throw new Error(`no sheet ${p.sheet}`);
    FLAG_COLUMN_TITLES.forEach((title, i) => (ws.getCell(p.headerRow + 1, p.col + i + 1).value = title));
    for (const r of p.rows) {
      r.values.forEach((value, i) => (ws.getCell(r.row + 1, p.col + i + 1).value = form === "values" ? value : { formula: r.formulas[i], result: value }));
    }
  }
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  if (form === "formulas") {
    // Saved as Excel saves a calculated formula: the formula and its cached result.
    const zip = await JSZip.loadAsync(bytes);
    const sheets = await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet")).map((n) => zip.file(n)?.async("string")));
    expect(sheets.join("")).toMatch(/<f>PLAN\.RAG\([^<]*<\/f><v>(red|amber|green|blue|grey)<\/v>/);
  }
  const read = await readXlsxBuffer(bytes, file);
  if (!read.ok) throw new Error(read.error.message);
  return read.book.sheets;
}

/** A CSV saved with the flags as values reads them back as text, like every other cell of a CSV. */
function csvWithFlags(grids: Grid[], placed: Placed[]): Grid[] {
  return grids.map((grid) => {
    const rows = grid.rows.map((cells) => [...cells]);
    const put = (r: number, c: number, value: string) => {
      while (rows[r].length < c) rows[r].push({ kind: "empty" });
      rows[r][c] = { kind: "text", value };
    };
    for (const p of placed.filter((x) => x.sheet === grid.name)) {
      FLAG_COLUMN_TITLES.forEach((title, i) => put(p.headerRow, p.col + i, title));
      for (const r of p.rows) r.values.forEach((v, i) => put(r.row, p.col + i, typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v)));
    }
    return { ...grid, rows };
  });
}

async function original(file: string): Promise<Grid[]> {
  const read = await readWorkbook(path.join(FIXTURES, file));
  if (!read.ok) throw new Error(read.error.message);
  return read.book.sheets;
}

const source = (file: string, sheets: SheetReport[]) => ({ file, district: districtFromFileName(file), bytes: 100, sha256: "ab".repeat(32), report: { file, error: null, warnings: [], sheets } });

/** What a sheet report says, less the new field: for comparing a flagged sheet with the sheet as it was. */
const withoutOwnColumns = (sheets: SheetReport[]) => sheets.map((s) => ({ ...s, tables: s.tables.map((t) => ({ ...t, planCheckColumns: undefined })) }));

const XLSX = ["Craven action plan 2010.xlsx", "Hambleton action plan 2010.xlsx", "Harrogate action plan 2010.xlsx", "Richmondshire action plan 2010.xlsx", "Selby action plan 2010.xlsx", "cdrp-self-assessment.xlsx", "cohesion-delivery-plan-2008-09.xlsx", "north-yorkshire-engagement-2009-10.xlsx", "police-engagement-plan.xlsx", "scrutiny-review-action-plan.xlsx", "scrutiny-review-progress-2010.xlsx"];
const CSV = ["Ryedale action plan 2010.csv", "Scarborough action plan 2010.csv"];
const CASES: [string, Form | "csv"][] = [...XLSX.flatMap((f): [string, Form][] => [[f, "values"], [f, "formulas"]]), ...CSV.map((f): [string, "csv"] => [f, "csv"])];

describe("a fixture saved after flag columns were added reads as it did before", () => {
  test.each(CASES)("%s, flags as %s", async (file, form) => {
    const grids = await original(file);
    const before = analyseBook(grids, OPTIONS);
    const placed = grids.flatMap((grid, i) => placeFlags(grid, before[i]));
    expect(placed.length).toBeGreaterThan(0);
    const flagged = form === "csv" ? csvWithFlags(grids, placed) : await savedWithFlags(file, placed, form);
    // The flags really are in the sheet that is read.
    for (const p of placed) {
      const header = flagged.find((g) => g.name === p.sheet)?.rows[p.headerRow] ?? [];
      expect(header.slice(p.col, p.col + 4).map((c: Cell) => (c.kind === "text" ? c.value : c.kind))).toEqual([...FLAG_COLUMN_TITLES]);
    }

    const after = analyseBook(flagged, OPTIONS);
    // Same templates, tables, roles, rows (values, extras, flags), findings and skipped rows.
    expect(withoutOwnColumns(after)).toEqual(withoutOwnColumns(before));
    // Each table says where PlanCheck's own columns are.
    after.forEach((sheet) =>
      sheet.tables.forEach((table) => {
        const p = placed.find((x) => x.sheet === sheet.name && x.headerRow === table.headerRow - 1);
        expect(table.planCheckColumns).toEqual(p ? FLAG_COLUMN_TITLES.map((label, i) => ({ label, cell: a1(p.headerRow, p.col + i) })) : []);
      }),
    );
    // The combined view has the same rows and no extra columns from the flags.
    expect(combine([source(file, after)], META)).toEqual(combine([source(file, before)], META));
  });
});

describe("only the four headings in a row are PlanCheck's", () => {
  const flags = [...FLAG_COLUMN_TITLES];

  test("without a status column, the flags' Complete is not read as the plan's status", () => {
    const grid = gridOf([
      ["Action", "Lead officer", "Deadline", ...flags],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009", "FALSE", "TRUE", "396", "red"],
      ["Hold the annual forum", "CSP manager", "30/09/2010", "FALSE", "FALSE", "0", "green"],
    ]);
    const report = analyseSheet(grid, OPTIONS);
    expect(report.tables[0].columns.map((c) => [c.label, c.role])).toEqual([
      ["Action", "action"],
      ["Lead officer", "owner"],
      ["Deadline", "due"],
    ]);
    expect(report.tables[0].planCheckColumns.map((c) => c.cell)).toEqual(["D1", "E1", "F1", "G1"]);
    expect(report.rows.map((r) => [r.status.state, r.overdue, r.rag, r.extras])).toEqual([
      ["none", true, "red", {}],
      ["none", false, "green", {}],
    ]);
    expect(report.findings.map((f) => f.code)).toEqual(["no-status-column"]);
  });

  test.each([
    ["Complete", "Yes", "complete"],
    ["RAG", "Green", "in-progress"],
  ])("a plan's own status column headed %s, with PlanCheck's flags beside it, is still the status", (heading, value, state) => {
    const grid = gridOf([
      ["Action", "Lead officer", "Deadline", heading, ...flags],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009", value, "TRUE", "FALSE", "0", "blue"],
    ]);
    const report = analyseSheet(grid, OPTIONS);
    expect(report.tables[0].columns.map((c) => [c.label, c.role])).toEqual([
      ["Action", "action"],
      ["Lead officer", "owner"],
      ["Deadline", "due"],
      [heading, "status"],
    ]);
    expect(report.tables[0].planCheckColumns.map((c) => c.label)).toEqual(flags);
    expect(report.rows.map((r) => [r.status.state, r.extras])).toEqual([[state, {}]]);
    expect(report.findings).toEqual([]);
  });

  test("the headings apart, out of order or incomplete are the plan's own columns", () => {
    const grid = gridOf([
      ["Action", "Lead officer", "Deadline", "RAG", "Overdue", "Complete", "Days overdue"],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009", "Green", "no", "", "0"],
    ]);
    const [table] = analyseSheet(grid, OPTIONS).tables;
    expect(table.planCheckColumns).toEqual([]);
    expect(table.columns.map((c) => [c.label, c.role])).toEqual([
      ["Action", "action"],
      ["Lead officer", "owner"],
      ["Deadline", "due"],
      ["RAG", "status"],
      ["Overdue", null],
      ["Complete", null],
      ["Days overdue", null],
    ]);
  });

  test("in any case and spacing, as an officer might retype them, and twice on one header row", () => {
    const grid = gridOf([
      ["Action", "Lead officer", "Deadline", "Status", " complete", "OVERDUE", "Days   Overdue ", "rag", "Notes", ...flags],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009", "Done", "TRUE", "FALSE", "0", "blue", "Sent", "TRUE", "FALSE", "0", "blue"],
    ]);
    const report = analyseSheet(grid, OPTIONS);
    expect(report.tables[0].planCheckColumns.map((c) => c.cell)).toEqual(["E1", "F1", "G1", "H1", "J1", "K1", "L1", "M1"]);
    expect(report.tables[0].columns.map((c) => c.role)).toEqual(["action", "owner", "due", "status", "notes"]);
    expect(report.rows[0].extras).toEqual({});
    expect(report.findings).toEqual([]);
  });

  test("a row left with only flag values (its action deleted since) is not an action, and says why", () => {
    const grid = gridOf([
      ["Action", "Lead officer", "Deadline", "Status", ...flags],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009", "Done", "TRUE", "FALSE", "0", "blue"],
      ["", "", "", "", "FALSE", "TRUE", "12", "red"],
      ["Hold the annual forum", "CSP manager", "30/09/2010", "", "FALSE", "FALSE", "0", "green"],
    ]);
    const report = analyseSheet(grid, OPTIONS);
    expect(report.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(report.rowsRead).toBe(4);
    expect(report.skipped).toEqual([
      { row: 1, reason: "header row", text: "Action" },
      { row: 3, reason: "PlanCheck's flag values only (no action left in the row)", text: "FALSE" },
    ]);
  });

  test("the header repeated at a page break, where the flags leave blanks, is the same table", () => {
    const grid = gridOf([
      ["Action", "Lead officer", "Deadline", "Status", ...flags],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009", "Done", "TRUE", "FALSE", "0", "blue"],
      ["Action", "Lead officer", "Deadline", "Status"],
      ["Hold the annual forum", "CSP manager", "30/09/2010", "", "FALSE", "FALSE", "0", "green"],
    ]);
    const report = analyseSheet(grid, OPTIONS);
    expect(report.tables.map((t) => [t.headerRow, t.repeatedHeaderRows, t.rowCount])).toEqual([[1, [3], 2]]);
    expect(report.findings.map((f) => f.code)).toEqual(["repeated-header"]);
  });
});
