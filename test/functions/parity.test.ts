/**
 * Parity: on every fixture workbook, the PLAN.* functions give exactly what `plancheck flags` (and
 * `plancheck check`) give, as Excel calls them on desktop and on the web (excelCalls.ts). The CLI's answers
 * come from its own code path, runFiles + runToJson with the options resolveOptions builds from
 * `--as-of 2010-07-01` (the day the fixtures are written for); the functions are called on the sheet's own
 * cells: text as text, date cells as serials in the workbook's date system, empty cells as each profile
 * passes them (0 on desktop, null on the web), error values as Excel hands them over.
 *
 * Desktop Excel passes an empty cell and a typed 0 alike (0), so the functions read 0 as an empty cell
 * wherever 0 means nothing; the CLI sees a file's 0 as the number it is. The fixtures hold two typed zeros,
 * neither in a due or status column (checked below): Harrogate's "Budget £" on row 17 and the unlabelled
 * numbers of Craven's "Budget" sheet. FLAGS and CHECK give the CLI's answers with them read as empty cells.
 */
import path from "node:path";
import { resolveOptions } from "../../src/cli/options";
import { runFiles } from "../../src/cli/runFiles";
import { setWorkbookDateSystem } from "../../src/functions/settings";
import { FINDING_TITLES, FLAG_TITLES } from "../../src/functions/table";
import { a1, parseA1 } from "../../src/model/a1";
import { UNPARSED_DUE_HINT } from "../../src/model/analyse/rowFindings";
import type { SheetReport } from "../../src/model/analyse/types";
import { isoToSerial } from "../../src/model/excelDate";
import { cellAt, type Grid } from "../../src/model/grid";
import { runToJson } from "../../src/model/report/toJson";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import manifest from "../fixtures/manifest.json";
import { PROFILES, callFunction, cell, loadFunctions, range, value, type Profile, type Reference, type SheetValue, type Shown } from "./excelCalls";
import { dateShown, sheetRange, sheetValue } from "./helpers";

const AS_OF = manifest.asOf;
const fixtures = path.join(__dirname, "..", "fixtures");

/** A row of `plancheck flags --json`. */
interface JsonRow {
  row: number;
  due: { kind: string; text: string; end: string | null };
  status: { state: string };
  complete: boolean;
  overdue: boolean;
  daysOverdue: number;
  rag: string;
  cells: { due?: string; status?: string };
}
interface JsonSheet {
  name: string;
  rows: JsonRow[];
  summary: { overdue: number; completion: number | null };
}

interface ManifestFile {
  file: string;
  sheets: { tables?: { dataRows: number[] }[] }[];
}

interface Sheet {
  grid: Grid;
  report: SheetReport;
  json: JsonSheet;
}

/** A reference to one of the row's cells, as the sheet holds it; an empty cell when the plan has no such column. */
function cellAtAddress(grid: Grid, sheet: string, address: string | undefined): Reference {
  const at = address === undefined ? undefined : parseA1(address);
  if (at === undefined) return cell(null, "A1", sheet);
  return cell(sheetValue(cellAt(grid, at.row, at.col), grid.dateSystem), a1(at.row, at.col), sheet);
}

/** Nothing written: an empty cell, or text of spaces only. */
const isEmpty = (v: SheetValue) => v === null || (typeof v === "string" && v.trim() === "");

/** An error's code, or the value itself. */
const codeOf = (shown: Shown) => (typeof shown === "object" && shown !== null && "error" in shown ? { error: shown.error } : shown);

/** PLAN.DUE's answer for the CLI's reading: the deadline, blank, or the error for no deadline. */
function expectedDue(profile: Profile, row: JsonRow, blank: boolean, grid: Grid): unknown {
  if (blank) return "";
  if (row.due.end !== null) return dateShown(profile, isoToSerial(row.due.end, grid.dateSystem));
  return { error: row.due.kind === "unparsed" ? "#VALUE!" : "#N/A" };
}

/** The FLAGS row for a CLI row. */
function expectedFlagsRow(profile: Profile, row: JsonRow, grid: Grid): unknown[] {
  const { kind, end } = row.due;
  const dueBy = end !== null ? dateShown(profile, isoToSerial(end, grid.dateSystem)) : kind === "none" ? "" : kind === "unparsed" ? "(unparsed)" : kind;
  return [dueBy, row.status.state === "none" ? "" : row.status.state, row.complete, row.overdue, row.daysOverdue, row.rag];
}

/** The CLI's findings as CHECK lists them. */
function cliFindings(report: SheetReport): unknown[][] {
  return report.findings.map((f) => [
    f.cell ?? "",
    f.severity,
    f.code === "no-table" || f.code === "no-plan" ? f.message.replace(`on sheet "${report.name}"`, "in the range") : f.message,
    f.hint,
  ]);
}

const files = manifest.files.map((f) => f.file);

beforeAll(loadFunctions);
afterAll(() => setWorkbookDateSystem(1900));

test("the fixtures' typed zeros, which desktop Excel cannot tell from blank cells, are the two the header names", async () => {
  const zeros: string[] = [];
  for (const file of files) {
    const read = await readWorkbook(path.join(fixtures, file));
    if (!read.ok) throw new Error(read.error.message);
    for (const grid of read.book.sheets) {
      grid.rows.forEach((row, r) => row.forEach((c, col) => c.kind === "number" && c.value === 0 && zeros.push(`${file}: ${grid.name}!${a1(r, col)}`)));
    }
  }
  expect(zeros).toEqual(["Craven action plan 2010.xlsx: Budget!C1", "Harrogate action plan 2010.xlsx: Action plan!F17"]);
});

describe.each(files)("%s", (file) => {
  let sheets: Sheet[] = [];

  beforeAll(async () => {
    const where = path.join(fixtures, file);
    const run = await runFiles([where], resolveOptions({ asOf: AS_OF }));
    const json = runToJson(run) as { files: { sheets: JsonSheet[] }[] };
    const read = await readWorkbook(where);
    if (!read.ok) throw new Error(read.error.message);
    sheets = read.book.sheets.map((grid, i) => ({ grid, report: run.files[0].sheets[i], json: json.files[0].sheets[i] }));
    expect(sheets.map((s) => s.json.name)).toEqual(read.book.sheets.map((g) => g.name));
  });

  test("the CLI reads the manifest's action rows, so every one of them is compared below", () => {
    const listed = (manifest.files as unknown as ManifestFile[]).find((f) => f.file === file);
    const dataRows = (listed?.sheets ?? []).flatMap((s) => s.tables ?? []).reduce((n, t) => n + t.dataRows.length, 0);
    expect(sheets.reduce((n, s) => n + s.json.rows.length, 0)).toBe(dataRows);
  });

  describe.each(PROFILES)("on $name", (profile) => {
    const call = (id: string, ...args: Parameters<typeof callFunction>[2]) => callFunction(profile, id, args);

    test("every action row: DUE, STATUS, ISCOMPLETE, OVERDUE, DAYSOVERDUE and RAG on its cells give the CLI's answers", () => {
      let compared = 0;
      for (const { grid, json } of sheets) {
        setWorkbookDateSystem(grid.dateSystem);
        const asOfCell = cell(isoToSerial(AS_OF, grid.dateSystem), "B1", "Settings");
        for (const row of json.rows) {
          const d = cellAtAddress(grid, json.name, row.cells.due);
          const s = cellAtAddress(grid, json.name, row.cells.status);
          const where = `${json.name}!${row.cells.due ?? row.row}`;
          const [dueEmpty, statusEmpty] = [isEmpty(d.cells[0][0]), isEmpty(s.cells[0][0])];
          // An empty cell is a blank answer; the CLI must then be reading "nothing written".
          if (dueEmpty) expect([where, row.due.kind]).toEqual([where, "none"]);
          if (statusEmpty) expect([where, row.status.state]).toEqual([where, "none"]);
          const empty = dueEmpty && statusEmpty;
          if (empty) expect([where, row.complete, row.overdue, row.daysOverdue, row.rag]).toEqual([where, false, false, 0, "grey"]);

          const got = {
            due: codeOf(call("DUE", d)),
            status: codeOf(call("STATUS", s)),
            isComplete: codeOf(call("ISCOMPLETE", s)),
            flags: [call("OVERDUE", d, s, value(AS_OF)), call("DAYSOVERDUE", d, s, value(AS_OF)), call("RAG", d, s, value(AS_OF))],
            flagsByCell: [call("OVERDUE", d, s, asOfCell), call("DAYSOVERDUE", d, s, asOfCell), call("RAG", d, s, asOfCell, value(14))],
          };
          const cli = empty ? ["", "", ""] : [row.overdue, row.daysOverdue, row.rag];
          expect([where, got]).toEqual([
            where,
            {
              due: expectedDue(profile, row, dueEmpty, grid),
              status: statusEmpty ? "" : row.status.state,
              isComplete: statusEmpty ? "" : row.complete,
              flags: cli,
              flagsByCell: cli,
            },
          ]);
          compared++;
        }
      }
      expect(compared).toBe(sheets.reduce((n, s) => n + s.json.rows.length, 0));
    });

    test("DUE's #VALUE! says how to write a date, as the CLI's finding does", () => {
      for (const { grid, json } of sheets) {
        setWorkbookDateSystem(grid.dateSystem);
        for (const row of json.rows.filter((r) => r.due.kind === "unparsed")) {
          const shown = call("DUE", cellAtAddress(grid, json.name, row.cells.due)) as { error: string; message: string };
          expect([shown.error, shown.message.endsWith(UNPARSED_DUE_HINT)]).toEqual(["#VALUE!", true]);
        }
      }
    });

    test("FLAGS over each whole sheet (from A1) lines up with the CLI's rows", () => {
      for (const { grid, report, json } of sheets) {
        setWorkbookDateSystem(grid.dateSystem);
        const cells = sheetRange(grid);
        const shown = call("FLAGS", range(cells, "A1", json.name), value(AS_OF));
        if (json.rows.length === 0) {
          expect([json.name, codeOf(shown as Shown)]).toEqual([json.name, { error: "#N/A" }]);
          continue;
        }
        const out = shown as unknown[][];
        expect(out).toHaveLength(cells.length);
        expect(out.every((r) => r.length === FLAG_TITLES.length)).toBe(true);
        const expected = new Map<number, unknown[]>();
        for (const t of report.tables) expected.set(t.headerRow, [...FLAG_TITLES]);
        for (const row of json.rows) expected.set(row.row, expectedFlagsRow(profile, row, grid));
        out.forEach((got, i) => {
          const sheetRow = i + 1;
          const want = expected.get(sheetRow);
          if (want !== undefined) {
            expect([json.name, sheetRow, got]).toEqual([json.name, sheetRow, want]);
          } else if (got.some((v) => v !== "")) {
            // The one difference Excel makes: a heading that only its bold type marks (cdrp stage rows) arrives
            // as plain text, so FLAGS sees an action row where the CLI sees a heading. Nothing else may differ.
            const skipped = report.skipped.find((k) => k.row === sheetRow);
            const filled = grid.rows[i].filter((c) => c.kind !== "empty");
            expect([json.name, sheetRow, skipped?.reason, filled.every((c) => c.style?.bold === true)]).toEqual([json.name, sheetRow, "section heading", true]);
          }
        });
      }
    });

    test("COMPLETION and OVERDUECOUNT over each sheet's action rows give the CLI's figures", () => {
      for (const { grid, json } of sheets.filter((s) => s.json.rows.length > 0)) {
        setWorkbookDateSystem(grid.dateSystem);
        const column = (address: (r: JsonRow) => string | undefined) => json.rows.map((r) => [cellAtAddress(grid, json.name, address(r)).cells[0][0]]);
        const statuses = column((r) => r.cells.status);
        const dues = column((r) => r.cells.due);
        const expectedCompletion = json.summary.completion === null ? { error: "#N/A" } : json.summary.completion;
        expect([json.name, codeOf(call("COMPLETION", statuses))]).toEqual([json.name, expectedCompletion]);
        expect([json.name, call("OVERDUECOUNT", dues, statuses, value(AS_OF))]).toEqual([json.name, json.summary.overdue]);
      }
    });

    test("CHECK over each whole sheet (from A1) lists the CLI's findings, with the sheet's own cells", () => {
      for (const { grid, report } of sheets) {
        setWorkbookDateSystem(grid.dateSystem);
        const out = call("CHECK", range(sheetRange(grid), "A1", report.name)) as unknown[][];
        expect(out[0]).toEqual([...FINDING_TITLES]);
        const cli = cliFindings(report);
        if (cli.length === 0) expect([report.name, out.length, out[1][2]]).toEqual([report.name, 2, expect.stringMatching(/^No problems found: /)]);
        else expect([report.name, out.slice(1)]).toEqual([report.name, cli]);
      }
    });

    test("CHECK over only the cells each sheet uses, wherever they start, still names the sheet's own cells", () => {
      for (const { grid, report } of sheets) {
        setWorkbookDateSystem(grid.dateSystem);
        const cells = sheetRange(grid);
        const top = Math.max(0, cells.findIndex((row) => row.some((v) => v !== null)));
        const lefts = cells.map((row) => row.findIndex((v) => v !== null)).filter((c) => c >= 0);
        const left = lefts.length > 0 ? Math.min(...lefts) : 0;
        const used = cells.slice(top).map((row) => row.slice(left));
        const out = call("CHECK", range(used, a1(top, left), report.name)) as unknown[][];
        const cli = cliFindings(report);
        if (cli.length === 0) expect([report.name, out.length, out[1][2]]).toEqual([report.name, 2, expect.stringMatching(/^No problems found: /)]);
        else expect([report.name, out.slice(1)]).toEqual([report.name, cli]);
      }
    });
  });
});
