/**
 * @jest-environment node
 *
 * End to end in Excel, as an officer uses the pane, on every fixture workbook: *Add flag columns* twice, then
 * *Check*, then *Combine* into the same workbook, then the flags again with the as-of date left blank (today),
 * and once as values — through the real Excel host (createExcelHost over the fake Excel) and the pane's own
 * steps (flagColumnRequests over analyseSheet of host.readSheet, analyseSheets, combineFiles), with the fake
 * calculating the workbook after every change as Excel does (test/taskpane/calc) and the PLAN.* functions
 * called as Excel calls them (test/functions/excelCalls.ts): Windows desktop (Microsoft 365: a blank cell
 * arrives as 0) and the web (a blank cell arrives as null). What Excel then shows must be what the CLI
 * answers for the same file and settings, through the CLI's own path (runFiles + runToJson, readCombineSource
 * + combine).
 *
 * The workbooks are loaded into the fake as Excel holds them: each sheet of readWorkbook's Grid through
 * putGrid (dates as serials of the workbook's date system under date formats, Harrogate's 1904; merges; bold
 * and colours; hidden sheets); the two CSVs as text cells, as Excel holds a CSV imported with its columns as
 * Text — the CLI reads them as text too.
 */
import path from "node:path";
import { resolveOptions } from "../../../src/cli/options";
import { readCombineSource } from "../../../src/cli/readSource";
import { runFiles } from "../../../src/cli/runFiles";
import { setWorkbookDateSystem } from "../../../src/functions/settings";
import { a1, columnLetters } from "../../../src/model/a1";
import { createRunParsers } from "../../../src/model/analyse/analyseBook";
import { analyseSheet } from "../../../src/model/analyse/analyseSheet";
import type { SheetReport } from "../../../src/model/analyse/types";
import { combine } from "../../../src/model/combine/combine";
import type { CombinedView } from "../../../src/model/combine/types";
import type { Grid } from "../../../src/model/grid";
import { runToJson } from "../../../src/model/report/toJson";
import { DEFAULT_FLAG_SETTINGS } from "../../../src/model/settings/flagSettings";
import { todayInUk } from "../../../src/model/todayInUk";
import { FLAG_COLUMN_TITLES, type FlagColumnsRequest, type PaneSettings, type PlanHost } from "../../../src/taskpane/hostApi";
import { createExcelHost } from "../../../src/taskpane/host/excelHost";
import { AS_OF_NAME, DAY_NAME } from "../../../src/taskpane/host/settings";
import { analyseOptions, analyseSheets } from "../../../src/taskpane/ui/analysis";
import { combineFiles } from "../../../src/taskpane/ui/combine/combineFiles";
import { flagColumnRequests } from "../../../src/taskpane/ui/flags/flagRequests";
import { PaneProblem } from "../../../src/taskpane/ui/messages";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import manifest from "../../fixtures/manifest.json";
import { calculateWorkbook, sheetValues, type Calculation } from "../calc/calculate";
import { DESKTOP_365, loadFunctions, planFunctions, WEB, type Profile } from "../calc/planFunctions";
import { FakeExcel, type FakeSheet, type Raw } from "../fakeExcel";
import { FIXTURES, pickedFixture } from "../ui/sampleFiles";
import { combinedExpected, combinedShown } from "./combinedShown";
import { putGrid } from "./helpers";

const FILES = manifest.files.map((f) => f.file);
const AS_OF = manifest.asOf;
const FIXED: PaneSettings = { ...DEFAULT_FLAG_SETTINGS, asOf: AS_OF };
const BLANK: PaneSettings = { ...FIXED, asOf: null };
/** "Today" while the as-of date is blank: TODAY() in PlanCheckDay, and the CLI's default --as-of. */
const TODAY = new Date(Date.UTC(2010, 8, 15, 12));
const VERSION = "e2e";

const PLATFORMS: { platform: "PC" | "OfficeOnline"; profile: Profile }[] = [
  { platform: "PC", profile: DESKTOP_365 },
  { platform: "OfficeOnline", profile: WEB },
];

/** A row of `plancheck flags --json`, and a sheet's part of it. */
interface JsonRow {
  row: number;
  table: number;
  complete: boolean;
  overdue: boolean;
  daysOverdue: number;
  rag: string;
}
interface JsonSheet {
  name: string;
  rows: JsonRow[];
  tables: { columns: { role: string }[] }[];
}

interface Cli {
  sheets: JsonSheet[];
  reports: SheetReport[];
}

/** `plancheck flags --json FILE` (and `check`: the same run's findings), through the CLI's own code. */
async function cli(file: string, asOf?: string): Promise<Cli> {
  const run = await runFiles([path.join(FIXTURES, file)], resolveOptions(asOf === undefined ? {} : { asOf }));
  const json = runToJson(run) as { files: { sheets: JsonSheet[] }[] };
  return { sheets: json.files[0].sheets, reports: run.files[0].sheets };
}

/** `plancheck combine --format json FILES…` in-process, made at `generatedAt`. */
async function cliCombine(files: readonly string[], generatedAt: string): Promise<CombinedView> {
  const options = resolveOptions({ asOf: AS_OF });
  const parsers = createRunParsers(options);
  const sources = [];
  for (const file of files) sources.push(await readCombineSource(path.join(FIXTURES, file), { kind: "file-name" }, options, parsers));
  return combine(sources, { asOf: options.asOf, amberDays: options.amberDays, quarters: options.quarters, generatedAt, version: VERSION });
}

/** Only Date is faked: the host, the pane and the fake Excel still wait on real timers. */
const ONLY_DATE = ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"] as const;

/** The pane's *Add flag columns* on one sheet (FlagsTab): read, analyse, request, add; null when the pane would refuse. */
async function addFlagColumns(host: PlanHost, sheet: string, settings: PaneSettings, mode: FlagColumnsRequest["mode"]): Promise<FlagColumnsRequest[] | null> {
  const grid = await host.readSheet(sheet);
  const report = analyseSheet(grid, analyseOptions(settings));
  let requests: FlagColumnsRequest[];
  try {
    requests = flagColumnRequests(grid, report, mode, settings);
  } catch (e) {
    if (e instanceof PaneProblem) return null; // "no plan table", "no due-date column": the pane says so
    throw e;
  }
  for (const request of requests) await host.addFlagColumns(request);
  return requests;
}

/** The officer changes the flag settings in the pane: saved in the workbook, and read back as saved. */
async function changeSettings(host: PlanHost, settings: PaneSettings): Promise<void> {
  await host.saveSettings(settings);
  expect(await host.loadSettings()).toEqual(settings);
}

/** Every cell of a sheet as Excel holds it: a formula as its text, a value as itself (results left out). */
function contents(sheet: FakeSheet): (Raw | string | undefined)[][] {
  return sheet.rows.map((row) => (row ?? []).map((raw) => (raw !== undefined && typeof raw === "object" && "formula" in raw ? `=${raw.formula}` : raw)));
}

/** The CLI's rows of the sheet that the pane flags: every row of a table with a due-date column. */
function flaggableRows(json: JsonSheet): JsonRow[] {
  return json.rows.filter((r) => json.tables[r.table].columns.some((c) => c.role === "due"));
}

type Shown = (string | number | boolean)[];

/**
 * What Excel shows in a request's flag columns, row by row from the header row, beside what the CLI answers:
 * the titles on the header row, each action row's Complete, Overdue, Days overdue and RAG, blanks between.
 */
function flagColumns(fake: FakeExcel, request: FlagColumnsRequest, json: JsonSheet): { shown: [number, Shown][]; cli: [number, Shown][] } {
  const { headerRow, lastRow, firstFlagCol: col } = request;
  const range = `${columnLetters(col)}${headerRow}:${columnLetters(col + 3)}${lastRow}`;
  const values = sheetValues(fake.sheet(request.sheet), range);
  const byRow = new Map(json.rows.map((r) => [r.row, r]));
  const flagged = new Set(request.rows.map((f) => f.row));
  const shown: [number, Shown][] = [];
  const cli: [number, Shown][] = [];
  values.forEach((got, i) => {
    const row = headerRow + i;
    const r = flagged.has(row) ? byRow.get(row) : undefined;
    shown.push([row, got]);
    cli.push([row, row === headerRow ? [...FLAG_COLUMN_TITLES] : r ? [r.complete, r.overdue, r.daysOverdue, r.rag] : ["", "", "", ""]]);
  });
  return { shown, cli };
}

/** Asserts every flagged sheet's columns show the CLI's answers for `json`'s run. */
function expectFlagsOf(fake: FakeExcel, flagged: ReadonlyMap<string, FlagColumnsRequest[]>, cliRun: Cli): void {
  for (const [sheet, requests] of flagged) {
    const json = cliRun.sheets.find((s) => s.name === sheet) as JsonSheet;
    // The pane flags exactly the rows the CLI reads as actions of a table with a due date.
    const rows = requests.flatMap((r) => r.rows.map((f) => f.row));
    expect([sheet, rows]).toEqual([sheet, flaggableRows(json).map((r) => r.row)]);
    for (const request of requests) {
      const { shown, cli: expected } = flagColumns(fake, request, json);
      expect([sheet, shown]).toEqual([sheet, expected]);
    }
  }
}

/** A calculation with neither error values nor circular references anywhere (problems already fail it). */
function expectClean(calc: Calculation): void {
  expect(calc.cycles).toEqual([]);
  expect(calc.errors.map((e) => `${e.address}: ${e.code} ${e.message}`)).toEqual([]);
}

let files: Map<string, Grid[]>;
let combined: { pane: CombinedView; cli: CombinedView };

beforeAll(async () => {
  await loadFunctions();
  files = new Map();
  for (const file of FILES) {
    const read = await readWorkbook(path.join(FIXTURES, file));
    if (!read.ok) throw new Error(read.error.message);
    files.set(file, read.book.sheets);
  }
  // The pane's Combine over every fixture, and the CLI's for the same files and settings.
  const pane = await combineFiles(FILES.map(pickedFixture), FIXED, VERSION, () => undefined);
  combined = { pane, cli: await cliCombine(FILES, pane.generatedAt) };
});
afterAll(() => setWorkbookDateSystem(1900));

test("the pane's Combine is the CLI's combine of every fixture", () => {
  expect(combined.pane).toEqual(combined.cli);
  expect(combined.cli.files.map((f) => f.file)).toEqual(FILES);
});

describe.each(FILES)("%s", (file) => {
  let fixed: Cli;
  beforeAll(async () => {
    fixed = await cli(file, AS_OF);
  });

  describe.each(PLATFORMS)("in Excel ($platform, $profile.name)", ({ platform, profile }) => {
    let fake: FakeExcel;
    let host: PlanHost;
    let uninstall: () => void;
    const calculations: Calculation[] = [];
    const last = () => calculations[calculations.length - 1];
    /** The plan sheets the pane flagged, with its requests; and their contents after the first add. */
    const flagged = new Map<string, FlagColumnsRequest[]>();
    const first = new Map<string, ReturnType<typeof contents>>();
    let sheets: string[];

    beforeAll(async () => {
      const grids = files.get(file) as Grid[];
      const functions = planFunctions(profile);
      fake = new FakeExcel({ platform, dateSystem: grids[0].dateSystem, calculate: (workbook) => void calculations.push(calculateWorkbook(workbook, { functions })) });
      for (const grid of grids) putGrid(fake, grid);
      sheets = grids.map((g) => g.name);
      uninstall = fake.install();
      host = await createExcelHost();
    });
    afterAll(() => {
      uninstall();
      setWorkbookDateSystem(1900);
    });

    test("Add flag columns (as of the fixtures' day): every action row's flags are those of `plancheck flags`, with no error and no circular reference", async () => {
      await changeSettings(host, FIXED);
      for (const sheet of sheets) {
        const requests = await addFlagColumns(host, sheet, FIXED, "formulas");
        if (requests) flagged.set(sheet, requests);
      }
      for (const sheet of flagged.keys()) first.set(sheet, contents(fake.sheet(sheet)));
      // Every sheet where the CLI reads actions with due dates is flagged, and only those.
      expect([...flagged.keys()]).toEqual(fixed.sheets.filter((s) => flaggableRows(s).length > 0).map((s) => s.name));
      expectClean(last());
      expectFlagsOf(fake, flagged, fixed);
    });

    test("Add flag columns again: the same formulas in the same columns, and nothing else changed", async () => {
      for (const [sheet, requests] of flagged) {
        const again = (await addFlagColumns(host, sheet, FIXED, "formulas")) as FlagColumnsRequest[];
        expect([sheet, again.map((r) => r.firstFlagCol)]).toEqual([sheet, requests.map((r) => r.firstFlagCol)]);
        expect([sheet, contents(fake.sheet(sheet))]).toEqual([sheet, first.get(sheet)]);
      }
      expectClean(last());
      expectFlagsOf(fake, flagged, fixed);
    });

    test("Check: the findings `plancheck check` gives for the file, none about the flag columns, which are set aside", async () => {
      const reports = await analyseSheets(host, sheets, analyseOptions(FIXED));
      expect(reports.map((r) => [r.name, r.findings])).toEqual(fixed.reports.map((r) => [r.name, r.findings]));
      const rows = (rs: SheetReport[]) => rs.map((r) => [r.name, r.rows.map((row) => ({ ...row, section: undefined }))]);
      expect(rows(reports)).toEqual(rows(fixed.reports));
      // Sections too, but for the one thing Office.js cannot read (src/taskpane/host/README.md, Limits): a
      // heading written as the bold first line of a cell (the file reader's boldLead; the CDRP self-assessment's
      // stage headings). Under such a heading the CLI names the section after it, Excel's reading after the one before.
      const boldLeads = new Set((files.get(file) as Grid[]).flatMap((g) => g.rows.flat().flatMap((c) => (c?.style?.boldLead ? [c.style.boldLead.trim().replace(/:$/, "")] : []))));
      const sections = reports.flatMap((r, i) => r.rows.map((row, j) => ({ sheet: r.name, row: row.row, excel: row.section, cli: fixed.reports[i].rows[j].section })));
      const differ = sections.filter((s) => s.excel !== s.cli);
      expect(differ.filter((d) => !(d.cli !== null && boldLeads.has(d.cli)))).toEqual([]);
      expect(differ.length > 0).toBe(boldLeads.size > 0);
      // The flag columns are recognised as PlanCheck's own on each flagged table's header row.
      for (const report of reports) {
        const requests = flagged.get(report.name) ?? [];
        const setAside = report.tables.filter((t) => t.planCheckColumns.length > 0).map((t) => [t.headerRow, t.planCheckColumns]);
        expect([report.name, setAside]).toEqual([
          report.name,
          requests.map((r) => [r.headerRow, FLAG_COLUMN_TITLES.map((label, i) => ({ label, cell: a1(r.headerRow - 1, r.firstFlagCol + i) }))]),
        ]);
      }
    });

    test("Combine into the same workbook: the calculated Combined sheet and Summary are `plancheck combine`'s", async () => {
      await host.writeCombined(combined.pane);
      expectClean(last());
      expect(combinedShown(fake, combined.cli)).toEqual(combinedExpected(combined.cli));
      // The plan's flag columns are untouched and still calculate.
      for (const [sheet, contentsThen] of first) expect([sheet, contents(fake.sheet(sheet))]).toEqual([sheet, contentsThen]);
      expectFlagsOf(fake, flagged, fixed);
    });

    test("with the as-of date left blank: the flags are today's, through PlanCheckDay's TODAY(), in the same formulas", async () => {
      jest.useFakeTimers({ now: TODAY, doNotFake: [...ONLY_DATE] });
      try {
        expect(todayInUk()).toBe("2010-09-15"); // the clock TODAY(), the pane and the CLI read
        const today = await cli(file);
        await changeSettings(host, BLANK);
        for (const sheet of flagged.keys()) await addFlagColumns(host, sheet, BLANK, "formulas");
        expectClean(last());
        expectFlagsOf(fake, flagged, today);
        for (const [sheet, contentsThen] of first) expect([sheet, contents(fake.sheet(sheet))]).toEqual([sheet, contentsThen]);
        const day = fake.workbook.names.find((n) => n.name === DAY_NAME);
        expect(day?.sheet?.raw(day.rect.top, day.rect.left)).toMatchObject({ formula: `IF(ISBLANK(${AS_OF_NAME}),TODAY(),${AS_OF_NAME})` });
        // The combined sheets keep their own as-of date.
        expect(combinedShown(fake, combined.cli)).toEqual(combinedExpected(combined.cli));
      } finally {
        jest.useRealTimers();
      }
    });

    if (platform === "PC") {
      test("Add flag columns as values (for colleagues without the add-in): the CLI's values, in place of the formulas", async () => {
        await changeSettings(host, FIXED);
        for (const [sheet, requests] of flagged) {
          const again = (await addFlagColumns(host, sheet, FIXED, "values")) as FlagColumnsRequest[];
          expect([sheet, again.map((r) => r.firstFlagCol)]).toEqual([sheet, requests.map((r) => r.firstFlagCol)]);
          const formulas = contents(fake.sheet(sheet)).flat().filter((v) => typeof v === "string" && v.startsWith("=PLAN."));
          expect([sheet, formulas]).toEqual([sheet, []]);
        }
        expectClean(last());
        expectFlagsOf(fake, flagged, fixed);
      });
    }
  });
});
