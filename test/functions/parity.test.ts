/**
 * Parity: on every fixture workbook, the PLAN.* functions give exactly what `plancheck flags` (and
 * `plancheck check`) give. The CLI's answers come from its own code path, runFiles + runToJson with the
 * options resolveOptions builds from `--as-of 2010-07-01` (the day the fixtures are written for); the
 * functions are called on the raw cell values as Excel passes them: text as text, date cells as serials in
 * the workbook's date system, empty cells as "".
 */
import path from "node:path";
import { resolveOptions } from "../../src/cli/options";
import { runFiles } from "../../src/cli/runFiles";
import { CHECK, COMPLETION, DAYSOVERDUE, DUE, FLAGS, ISCOMPLETE, OVERDUE, OVERDUECOUNT, RAG, STATUS } from "../../src/functions/functions";
import { setWorkbookDateSystem } from "../../src/functions/settings";
import { FINDING_TITLES, FLAG_TITLES } from "../../src/functions/table";
import { isBlank } from "../../src/functions/values";
import { parseA1 } from "../../src/model/a1";
import { UNPARSED_DUE_HINT } from "../../src/model/analyse/rowFindings";
import type { SheetReport } from "../../src/model/analyse/types";
import { isoToSerial } from "../../src/model/excelDate";
import { cellAt, type Grid } from "../../src/model/grid";
import { runToJson } from "../../src/model/report/toJson";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import manifest from "../fixtures/manifest.json";
import { excelRange, excelValue, thrown } from "./helpers";

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

/** What Excel would pass for one of the row's cells; "" when the plan has no such column. */
function valueAt(grid: Grid, address: string | undefined): unknown {
  const at = address === undefined ? undefined : parseA1(address);
  return at === undefined ? "" : excelValue(cellAt(grid, at.row, at.col), grid.dateSystem);
}

/** The answer a call gave, or the code of the error it threw. */
function answer(call: () => unknown): unknown {
  try {
    return call();
  } catch (e) {
    return { error: (e as { code: string }).code };
  }
}

/** PLAN.DUE's answer for the CLI's reading: the deadline's serial, blank, or the error for no deadline. */
function expectedDue(row: JsonRow, blank: boolean, grid: Grid): unknown {
  if (blank) return "";
  if (row.due.end !== null) return isoToSerial(row.due.end, grid.dateSystem);
  return { error: row.due.kind === "unparsed" ? "#VALUE!" : "#N/A" };
}

/** The FLAGS row for a CLI row. */
function expectedFlagsRow(row: JsonRow, grid: Grid): unknown[] {
  const { kind, end } = row.due;
  const dueBy = end !== null ? isoToSerial(end, grid.dateSystem) : kind === "none" ? "" : kind === "unparsed" ? "(unparsed)" : kind;
  return [dueBy, row.status.state === "none" ? "" : row.status.state, row.complete, row.overdue, row.daysOverdue, row.rag];
}

const files = manifest.files.map((f) => f.file);

afterAll(() => setWorkbookDateSystem(1900));

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

  test("every action row: DUE, STATUS, ISCOMPLETE, OVERDUE, DAYSOVERDUE and RAG on its cells give the CLI's answers", () => {
    let compared = 0;
    for (const { grid, json } of sheets) {
      setWorkbookDateSystem(grid.dateSystem);
      const asOfSerial = isoToSerial(AS_OF, grid.dateSystem);
      for (const row of json.rows) {
        const d = valueAt(grid, row.cells.due);
        const s = valueAt(grid, row.cells.status);
        const where = `${json.name}!${row.cells.due ?? row.row}`;
        // A blank cell is a blank answer; the CLI must then be reading "nothing written".
        if (isBlank(d)) expect([where, row.due.kind]).toEqual([where, "none"]);
        if (isBlank(s)) expect([where, row.status.state]).toEqual([where, "none"]);
        const empty = isBlank(d) && isBlank(s);
        if (empty) expect([where, row.complete, row.overdue, row.daysOverdue, row.rag]).toEqual([where, false, false, 0, "grey"]);

        const got = {
          due: answer(() => DUE(d)),
          status: answer(() => STATUS(s)),
          isComplete: answer(() => ISCOMPLETE(s)),
          flags: [OVERDUE(d, s, AS_OF), DAYSOVERDUE(d, s, AS_OF), RAG(d, s, AS_OF)],
          flagsBySerial: [OVERDUE(d, s, asOfSerial), DAYSOVERDUE(d, s, asOfSerial), RAG(d, s, asOfSerial, 14)],
        };
        const cli = empty ? ["", "", ""] : [row.overdue, row.daysOverdue, row.rag];
        expect([where, got]).toEqual([
          where,
          {
            due: expectedDue(row, isBlank(d), grid),
            status: isBlank(s) ? "" : row.status.state,
            isComplete: isBlank(s) ? "" : row.complete,
            flags: cli,
            flagsBySerial: cli,
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
        const { code, message } = thrown(() => DUE(valueAt(grid, row.cells.due)));
        expect([code, message.endsWith(UNPARSED_DUE_HINT)]).toEqual(["#VALUE!", true]);
      }
    }
  });

  test("FLAGS over each whole sheet (from A1) lines up with the CLI's rows", () => {
    for (const { grid, report, json } of sheets) {
      setWorkbookDateSystem(grid.dateSystem);
      const range = excelRange(grid);
      if (json.rows.length === 0) {
        expect([json.name, answer(() => FLAGS(range, AS_OF))]).toEqual([json.name, { error: "#N/A" }]);
        continue;
      }
      const out = FLAGS(range, AS_OF);
      expect(out).toHaveLength(range.length);
      expect(out.every((r) => r.length === FLAG_TITLES.length)).toBe(true);
      const expected = new Map<number, unknown[]>();
      for (const t of report.tables) expected.set(t.headerRow, [...FLAG_TITLES]);
      for (const row of json.rows) expected.set(row.row, expectedFlagsRow(row, grid));
      out.forEach((got, i) => {
        const sheetRow = i + 1;
        const want = expected.get(sheetRow);
        if (want !== undefined) {
          expect([json.name, sheetRow, got]).toEqual([json.name, sheetRow, want]);
        } else if (got.some((v) => v !== "")) {
          // The one difference Excel makes: a heading that only its bold type marks (cdrp stage rows) arrives
          // as plain text, so FLAGS sees an action row where the CLI sees a heading. Nothing else may differ.
          const skipped = report.skipped.find((k) => k.row === sheetRow);
          const cells = grid.rows[i].filter((c) => c.kind !== "empty");
          expect([json.name, sheetRow, skipped?.reason, cells.every((c) => c.style?.bold === true)]).toEqual([json.name, sheetRow, "section heading", true]);
        }
      });
    }
  });

  test("COMPLETION and OVERDUECOUNT over each sheet's action rows give the CLI's figures", () => {
    for (const { grid, json } of sheets.filter((s) => s.json.rows.length > 0)) {
      setWorkbookDateSystem(grid.dateSystem);
      const statuses = json.rows.map((r) => [valueAt(grid, r.cells.status)]);
      const dues = json.rows.map((r) => [valueAt(grid, r.cells.due)]);
      const expectedCompletion = json.summary.completion === null ? { error: "#N/A" } : json.summary.completion;
      expect([json.name, answer(() => COMPLETION(statuses))]).toEqual([json.name, expectedCompletion]);
      expect([json.name, OVERDUECOUNT(dues, statuses, AS_OF)]).toEqual([json.name, json.summary.overdue]);
    }
  });

  test("CHECK over each whole sheet (from A1) lists the CLI's findings, with the sheet's own cells", () => {
    for (const { grid, report } of sheets) {
      setWorkbookDateSystem(grid.dateSystem);
      const out = CHECK(excelRange(grid));
      expect(out[0]).toEqual([...FINDING_TITLES]);
      const cli = report.findings.map((f) => [
        f.cell ?? "",
        f.severity,
        f.code === "no-table" ? f.message.replace(`on sheet "${report.name}"`, "in the range") : f.message,
        f.hint,
      ]);
      if (cli.length === 0) expect([report.name, out.length, out[1][2]]).toEqual([report.name, 2, expect.stringMatching(/^No problems found: /)]);
      else expect([report.name, out.slice(1)]).toEqual([report.name, cli]);
    }
  });
});
