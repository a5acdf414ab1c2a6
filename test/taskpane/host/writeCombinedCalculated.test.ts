/**
 * @jest-environment node
 *
 * The combined sheets the Excel host writes, calculated as Excel would (test/taskpane/calc): every row's
 * Overdue, Days overdue and RAG, and every Summary figure, equal what the model computed for the view — and
 * follow the About sheet's as-of and amber cells when an officer changes them. Office.js cannot store a
 * formula's result, so these formulas ARE what the officer sees.
 */
import { columnLetters } from "../../../src/model/a1";
import { isoToSerial } from "../../../src/model/excelDate";
import type { CombinedView } from "../../../src/model/combine/types";
import { AMBER_DAYS_CELL, AS_OF_CELL } from "../../../src/workbook/combined/aboutSheet";
import { SUMMARY_HEADERS } from "../../../src/workbook/combined/summarySheet";
import { sampleView, summarise } from "../../combined/sampleView";
import { autoCalculation, sheetValues } from "../calc/calculate";
import { combinedExpected as expected, combinedShown as shown } from "./combinedShown";
import { withFakeExcel } from "./helpers";

const PLATFORMS = [
  { platform: "PC", dateSystem: 1900 },
  { platform: "OfficeOnline", dateSystem: 1900 },
  { platform: "Mac", dateSystem: 1904 },
] as const;

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
    const summary = sheetValues(fake.sheet("Summary (PlanCheck)"), `A2:${columnLetters(SUMMARY_HEADERS.length - 1)}${view.districts.length + 2}`);
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
