/**
 * @jest-environment node
 *
 * The combined sheets the Excel host writes, calculated as Excel would (test/taskpane/calc): every row's
 * Overdue, Days overdue and RAG, and every Summary figure, equal what the model computed for the view — and
 * follow the About sheet's as-of and amber cells when an officer changes them. Office.js cannot store a
 * formula's result, so these formulas ARE what the officer sees.
 */
import { isoToSerial } from "../../../src/model/excelDate";
import type { CombinedView } from "../../../src/model/combine/types";
import { AMBER_DAYS_CELL, AS_OF_CELL } from "../../../src/workbook/combined/aboutSheet";
import { combinedColumns } from "../../../src/workbook/combined/columns";
import { combinedRanges } from "../../../src/workbook/combined/combinedSheet";
import { SUMMARY_HEADERS, summaryRows } from "../../../src/workbook/combined/summarySheet";
import { sampleView, summarise } from "../../combined/sampleView";
import { autoCalculation, sheetValues } from "../calc/calculate";
import type { FakeExcel } from "../fakeExcel";
import { withFakeExcel } from "./helpers";

const PLATFORMS = [
  { platform: "PC", dateSystem: 1900 },
  { platform: "OfficeOnline", dateSystem: 1900 },
  { platform: "Mac", dateSystem: 1904 },
] as const;

/** What Excel shows in the Combined sheet's flag columns and the Summary, row by row. */
function shown(fake: FakeExcel, view: CombinedView) {
  const columns = combinedColumns(view);
  const last = view.rows.length + 1;
  const col = (header: string) => sheetValues(fake.sheet("Combined"), `${letter(columns.findIndex((c) => c.header === header))}2:${letter(columns.findIndex((c) => c.header === header))}${last}`).map((r) => r[0]);
  return {
    overdue: col("Overdue"),
    daysOverdue: col("Days overdue"),
    rag: col("RAG"),
    summary: sheetValues(fake.sheet("Summary"), `A2:${letter(SUMMARY_HEADERS.length - 1)}${view.districts.length + 2}`),
  };
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** What the model computed for the view: each row's flags, and the Summary's figures (its formulas' cached results). */
function expected(view: CombinedView) {
  return {
    overdue: view.rows.map((r) => r.overdue),
    daysOverdue: view.rows.map((r) => r.daysOverdue),
    rag: view.rows.map((r) => r.rag),
    summary: summaryRows(view, combinedRanges(view.rows.length + 1)).map((row) => row.map((v) => (typeof v === "object" && v !== null && !(v instanceof Date) ? v.result : v))),
  };
}

/** An officer typing into a cell of the About sheet (a date as its serial, as Excel stores it). */
async function typeInto(cell: string, value: number): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("About").getRange(cell).values = [[value]];
    await context.sync();
  });
}

describe.each(PLATFORMS)("the combined sheets, calculated ($platform, $dateSystem date system)", ({ platform, dateSystem }) => {
  let auto = autoCalculation();
  const setup = withFakeExcel(() => {
    auto = autoCalculation();
    return { platform, dateSystem, calculate: auto.calculate };
  });

  test("every row's flags and every Summary figure are the model's", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    const view = sampleView();
    await host.writeCombined(view);
    expect(auto.last().errors).toEqual([]);
    expect(shown(fake, view)).toEqual(expected(view));
    expect(new Set(expected(view).rag)).toEqual(new Set(["blue", "red", "amber", "green", "grey"]));
  });

  // "=York" and "TRUE" need criteria the engine reads otherwise than Excel: the calculator refuses those
  // (calculate.test.ts), and test/combined/libreoffice.test.ts has LibreOffice count them.
  test("district names COUNTIFS would read as patterns or numbers are counted exactly", async () => {
    const { fake, host } = setup();
    const renamed: Record<string, string> = { Craven: "Rye*", Hambleton: "A?B~C", Selby: "2010" };
    const base = sampleView();
    const rename = <T extends { district: string }>(x: T): T => ({ ...x, district: renamed[x.district] ?? x.district });
    const rows = base.rows.map(rename);
    const files = base.files.map(rename);
    const findings = base.findings.map(rename);
    const view: CombinedView = { ...base, rows, files, findings, skipped: base.skipped.map(rename), changes: null, districts: summarise(rows, files, findings) };
    await host.writeCombined(view);
    expect(shown(fake, view)).toEqual(expected(view));
  });

  test("over sheets renamed round an officer's own Combined and Summary, the Summary still counts the right table", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Combined").setRaw(0, 0, "My combined");
    fake.workbook.addSheet("Summary").setRaw(0, 0, "My summary");
    const view = sampleView();
    await host.writeCombined(view);
    const summary = sheetValues(fake.sheet("Summary (PlanCheck)"), `A2:${letter(SUMMARY_HEADERS.length - 1)}${view.districts.length + 2}`);
    expect(summary).toEqual(expected(view).summary);
  });

  test("the flags and the Summary follow the About sheet's as-of date and amber window", async () => {
    const { fake, host } = setup();
    await host.writeCombined(sampleView());
    for (const [asOf, amberDays] of [
      ["2010-08-01", 14],
      ["2010-07-09", 14], // a row due that day: not overdue yet
      ["2010-06-25", 14], // the same row exactly 14 days ahead: amber
      ["2009-06-15", 14],
      ["2010-07-01", 0],
      ["2011-06-30", 90],
    ] as const) {
      await typeInto(AS_OF_CELL, isoToSerial(asOf, dateSystem));
      await typeInto(AMBER_DAYS_CELL, amberDays);
      const view = sampleView({ asOf, amberDays });
      expect({ asOf, amberDays, ...shown(fake, view) }).toEqual({ asOf, amberDays, ...expected(view) });
    }
  });
});
