/**
 * @jest-environment node
 *
 * writeCombined against the fake Excel (as Excel on the web, where a sync over 5 MB fails): the CLI's sheets,
 * columns and formulas as Excel tables; text always landing as text, formulas written through Range.formulas
 * after their cells' number formats; a 100,000-row view in syncs under 4 MB, calculation suspended, values
 * before formats; re-runs replacing PlanCheck's own sheets only; table names clear of defined names.
 */
import { isoToSerial } from "../../../src/model/excelDate";
import type { CombinedView } from "../../../src/model/combine/types";
import { combinedColumns, isFormula, type Value } from "../../../src/workbook/combined/columns";
import { combinedRanges } from "../../../src/workbook/combined/combinedSheet";
import { SUMMARY_HEADERS, summaryRows } from "../../../src/workbook/combined/summarySheet";
import { plainCellText } from "../../../src/workbook/combined/text";
import { bigView } from "../../combined/bigView";
import { rowOf, sampleView } from "../../combined/sampleView";
import { rectAddress, type FakeSheet, type Raw } from "../fakeExcel";
import { withFakeExcel } from "./helpers";

const setup = withFakeExcel({ platform: "OfficeOnline" });

/** What a cell should hold after Excel took the host's input for `v`. */
function expectedRaw(v: Value): Raw | undefined {
  if (v === null) return undefined;
  if (typeof v === "string") return plainCellText(v) ?? undefined;
  if (v instanceof Date) return isoToSerial(v.toISOString().slice(0, 10), 1900) + (v.getTime() % 86_400_000) / 86_400_000;
  if (isFormula(v)) return { formula: v.formula };
  return v;
}

const rowOfSheet = (sheet: FakeSheet, row: number, cols: number): (Raw | undefined)[] => Array.from({ length: cols }, (_, c) => sheet.raw(row, c));

function injectionView(): CombinedView {
  const view = sampleView({ withChanges: false });
  const row = rowOf(
    { district: "Craven", file: "Craven action plan 2010.xlsx", row: 20, action: '=HYPERLINK("http://x")', owner: "+44 1234", dueText: "-5", dueKind: "unparsed", dueDate: null, state: "none", statusText: "@SUM(A1)", notes: "'quoted", section: "30/04/2009" },
    view.asOf,
    view.amberDays,
  );
  return { ...view, rows: [...view.rows, row] };
}

describe("writeCombined", () => {
  test("writes the CLI's sheets, columns and formulas, as Excel tables", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan").setRaw(0, 0, "The officer's plan");
    const view = sampleView();
    expect(await host.writeCombined(view)).toBe("Written to the Combined, Summary, Issues, Changes and About sheets");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "Combined", "Summary", "Issues", "Changes", "About"]);
    expect(fake.workbook.sheets.map((s) => s.customProperties.get("PlanCheck") ?? null)).toEqual([null, "Combined", "Summary", "Issues", "Changes", "About"]);

    // Combined: every cell as the CLI's workbook has it (formulas on every row, filled down from the first).
    const combined = fake.sheet("Combined");
    const columns = combinedColumns(view);
    expect(rowOfSheet(combined, 0, columns.length)).toEqual(columns.map((c) => c.header));
    view.rows.forEach((row, i) => expect(rowOfSheet(combined, i + 1, columns.length)).toEqual(columns.map((c) => expectedRaw(c.value(row, i + 2)))));
    expect(combined.raw(1, columns.findIndex((c) => c.header === "Overdue"))).toEqual({ formula: 'IF(ISNUMBER(K2),AND(INT(K2)<INT(AsOf),Q2<>TRUE,N2<>"cancelled"),FALSE)' });
    expect(combined.format(2, columns.findIndex((c) => c.header === "Due date")).numberFormat).toBe("dd/mm/yyyy");
    expect(combined.format(2, columns.findIndex((c) => c.header === "Fraction")).numberFormat).toBe("0%");
    expect(combined.frozen).toEqual({ rows: 1, cols: 0 });
    const rag = combined.conditionalFormats.filter((cf) => cf.type === "CellValue");
    expect(rag.map((cf) => [cf.rule?.formula1, cf.fill, rectAddress(cf.rects[0])]).sort()).toEqual(
      [
        ['="amber"', "#FFEB9C"],
        ['="blue"', "#BDD7EE"],
        ['="green"', "#C6EFCE"],
        ['="grey"', "#D9D9D9"],
        ['="red"', "#FFC7CE"],
      ].map(([f, fill]) => [f, fill, `T2:T${view.rows.length + 1}`]),
    );

    // Tables over the written cells, with the CLI's names.
    expect(fake.workbook.tables.map((t) => [t.name, t.sheet.name, rectAddress(t.rect), t.style])).toEqual([
      ["Combined", "Combined", `A1:Y${view.rows.length + 1}`, "TableStyleMedium2"],
      ["Issues", "Issues", `A1:J${1 + 1 + view.findings.length + view.skipped.length}`, "TableStyleMedium2"],
      ["Changes", "Changes", "A1:F5", "TableStyleMedium2"],
      ["Files", "About", `A11:I${11 + view.files.length}`, "TableStyleMedium2"],
    ]);

    // Summary: the CLI's formulas over the Combined table.
    const summary = fake.sheet("Summary");
    const expectedSummary = summaryRows(view, combinedRanges(view.rows.length + 1));
    expect(rowOfSheet(summary, 0, SUMMARY_HEADERS.length)).toEqual([...SUMMARY_HEADERS]);
    expectedSummary.forEach((row, i) => expect(rowOfSheet(summary, i + 1, SUMMARY_HEADERS.length)).toEqual(row.map(expectedRaw)));
    expect(summary.raw(1, 1)).toEqual({ formula: `COUNTIFS(Combined!$A$2:$A$${view.rows.length + 1},$A2)` });
    expect(summary.charts.map((c) => [c.title, rectAddress(c.source), c.xValues && rectAddress(c.xValues)])).toEqual([["Completion by district", "D1:D4", "A2:A4"]]);

    // About: AsOf and AmberDays are the named input cells the formulas read.
    const about = fake.sheet("About");
    expect(about.raw(1, 1)).toBe(isoToSerial("2010-07-01", 1900));
    expect(about.format(1, 1).numberFormat).toBe("dd/mm/yyyy");
    expect(about.raw(2, 1)).toBe(14);
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name, rectAddress(n.rect)])).toEqual([
      ["AsOf", "About", "B2"],
      ["AmberDays", "About", "B3"],
    ]);
    expect(fake.workbook.active?.name).toBe("Combined");
    expect(fake.sheet("Plan").raw(0, 0)).toBe("The officer's plan");
  });

  test("writes every text as text: formulas, numbers, dates and quotes from a plan stay the text they were", async () => {
    const { fake, host } = setup();
    await host.writeCombined(injectionView());
    const combined = fake.sheet("Combined");
    const header = rowOfSheet(combined, 0, 25) as string[];
    const last = injectionView().rows.length; // sheet row index of the added row (0-based, after the header)
    const at = (name: string) => combined.raw(last, header.indexOf(name));
    expect(at("Action")).toBe('=HYPERLINK("http://x")');
    expect(at("Owner")).toBe("+44 1234");
    expect(at("Due")).toBe("-5");
    expect(at("Status")).toBe("@SUM(A1)");
    expect(at("Notes")).toBe("'quoted");
    expect(at("Section")).toBe("30/04/2009");
    // The sample view's own injection row (and "_x0041_", which only the file format escapes).
    const all = combined.rows.flat();
    for (const text of ['=HYPERLINK("http://evil","click")', "-1", "@SUM(A1)", "\tTab", "=1+1", "_x0041_ is not A"]) expect(all).toContain(text);
    expect(all.filter((v) => typeof v === "object" && v !== null && "formula" in v && !/AsOf|^IF\(/.test(v.formula))).toEqual([]);
  });

  test("formulas go through Range.formulas, each into a cell whose number format was set first; text through values", async () => {
    const { fake, host } = setup();
    const view = sampleView();
    await host.writeCombined(view);
    const columns = combinedColumns(view);
    const formulaWrites = fake.log.map((e, i) => ({ ...e, i })).filter((e) => e.kind === "formulas");
    const at = (e: { sheet: string; rect?: { top: number; left: number; rows: number; cols: number } }) => `${e.sheet}!${e.rect ? rectAddress(e.rect) : ""}`;
    expect(formulaWrites.map(at)).toEqual([
      ...["Overdue", "Days overdue", "RAG"].map((h) => `Combined!${rectAddress({ top: 1, left: columns.findIndex((c) => c.header === h), rows: 1, cols: 1 })}`),
      `Summary!B2:K${view.districts.length + 2}`,
    ]);
    for (const write of formulaWrites) {
      const format = fake.log.slice(0, write.i).filter((e) => e.kind === "numberFormat" && e.sheet === write.sheet && e.rect && write.rect && e.rect.left >= write.rect.left && e.rect.left < write.rect.left + write.rect.cols);
      expect(format.length).toBeGreaterThan(0);
    }
    expect(fake.sheet("Combined").format(1, columns.findIndex((c) => c.header === "Days overdue")).numberFormat).toBe("0");
    expect(fake.sheet("Summary").format(2, 3).numberFormat).toBe("0%");
    // No formula reached the workbook through values.
    expect(fake.log.filter((e) => e.kind === "values" && e.formulaCells)).toEqual([]);
  });

  test("a 100,000-row view: syncs under 4 MB, calculation suspended for each, values before formats, tables after values", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    const view = bigView(100_000);
    fake.resetCounts();
    await host.writeCombined(view);
    const { request, response } = fake.largestSync();
    process.stdout.write(`combined view of 100,000 rows, web: ${fake.syncs.length} syncs, largest request ${request.toLocaleString("en-GB")} B, largest response ${response.toLocaleString("en-GB")} B, ${fake.syncs.reduce((n, x) => n + x.requestBytes, 0).toLocaleString("en-GB")} B sent\n`);

    expect(request).toBeLessThanOrEqual(4_000_000);
    const writing = new Set(fake.log.map((e) => e.sync));
    for (const s of writing) expect(fake.syncs[s].suspended).toBe(true);
    for (const sheet of ["Combined", "Summary", "Issues", "About"]) {
      const entries = fake.log.map((e, i) => ({ ...e, i })).filter((e) => e.sheet === sheet);
      const lastValue = Math.max(...entries.filter((e) => e.kind === "values" || e.kind === "formulas" || e.kind === "fill").map((e) => e.i));
      // Only the formula cells' own number formats come before (the test above); the rest comes after.
      const formulaCells = entries.filter((e) => e.kind === "formulas").map((e) => e.i - 1);
      const firstFormat = Math.min(...entries.filter((e) => ["format", "numberFormat", "table", "conditionalFormat"].includes(e.kind) && !formulaCells.includes(e.i)).map((e) => e.i));
      expect(lastValue).toBeLessThan(firstFormat);
    }
    const combined = fake.sheet("Combined");
    expect(rectAddress(fake.workbook.tables[0].rect)).toBe("A1:W100001");
    const columns = combinedColumns(view);
    const ragCol = columns.findIndex((c) => c.header === "RAG");
    expect(combined.raw(100_000, ragCol)).toEqual({ formula: (columns[ragCol].value(view.rows[99_999], 100_001) as { formula: string }).formula });
    expect(combined.raw(100_000, 7)).toBe(view.rows[99_999].action);
  }, 120_000);

  test("re-running replaces the earlier sheets, tables and names instead of adding more", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.writeCombined(sampleView());
    fake.resetCounts();
    expect(await host.writeCombined(sampleView({ withChanges: false, asOf: "2010-08-01" }))).toBe("Written to the Combined, Summary, Issues and About sheets");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Plan", "Combined", "Summary", "Issues", "About"]);
    expect(fake.workbook.tables.map((t) => t.name)).toEqual(["Combined", "Issues", "Files"]);
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name])).toEqual([
      ["AsOf", "About"],
      ["AmberDays", "About"],
    ]);
    expect(fake.sheet("About").raw(1, 1)).toBe(isoToSerial("2010-08-01", 1900));
  });

  test("re-running works when PlanCheck's sheets are the only visible ones left", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Plan");
    await host.writeCombined(sampleView());
    fake.workbook.deleteSheet(fake.sheet("Plan"));
    await host.writeCombined(sampleView());
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Combined", "Summary", "Issues", "Changes", "About"]);
  });

  test("an officer's own Summary and Combined sheets are never touched: PlanCheck's get other names", async () => {
    const { fake, host } = setup();
    fake.workbook.addSheet("Summary").setRaw(0, 0, "My summary");
    fake.workbook.addSheet("Combined").setRaw(4, 4, 42);
    const view = sampleView({ withChanges: false });
    for (let run = 0; run < 2; run++) {
      expect(await host.writeCombined(view)).toBe("Written to the Combined (PlanCheck), Summary (PlanCheck), Issues and About sheets");
    }
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Summary", "Combined", "Combined (PlanCheck)", "Summary (PlanCheck)", "Issues", "About"]);
    expect(fake.raw("Summary", "A1")).toBe("My summary");
    expect(fake.raw("Combined", "E5")).toBe(42);
    expect(fake.sheet("Summary").layers).toEqual([]);
    expect(fake.raw("Summary (PlanCheck)", "B2")).toEqual({ formula: `COUNTIFS('Combined (PlanCheck)'!$A$2:$A$${view.rows.length + 1},$A2)` });
    expect(fake.workbook.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["Combined", "Combined (PlanCheck)"],
      ["Issues", "Issues"],
      ["Files", "About"],
    ]);
  });

  test("an empty view still makes valid tables (one blank row each, as Excel keeps)", async () => {
    const { fake, host } = setup();
    const view: CombinedView = { ...sampleView({ withChanges: false }), rows: [], districts: [], files: [], findings: [], skipped: [] };
    await host.writeCombined(view);
    expect(fake.workbook.tables.map((t) => [t.name, rectAddress(t.rect)])).toEqual([
      ["Combined", "A1:Y2"],
      ["Issues", "A1:J2"],
      ["Files", "A11:I12"],
    ]);
    expect(rowOfSheet(fake.sheet("Summary"), 1, 2)).toEqual(["Total", { formula: "0" }]);
    expect(fake.sheet("Summary").charts).toEqual([]);
  });

  test("defined names of either scope equal to a table's name: the tables take other names, nothing fails half way", async () => {
    const { fake, host } = setup();
    const mine = fake.workbook.addSheet("Inputs");
    const cell = { top: 0, left: 0, rows: 1, cols: 1 };
    fake.workbook.names.push({ name: "Combined", sheet: mine, rect: cell, comment: "" }, { name: "ISSUES", sheet: mine, rect: cell, comment: "", scope: mine });
    expect(await host.writeCombined(sampleView())).toBe("Written to the Combined, Summary, Issues, Changes and About sheets");
    expect(fake.workbook.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["Combined_PlanCheck", "Combined"],
      ["Issues_PlanCheck", "Issues"],
      ["Changes", "Changes"],
      ["Files", "About"],
    ]);
    expect(fake.workbook.names.map((n) => n.name)).toEqual(["Combined", "ISSUES", "AsOf", "AmberDays"]);
  });

  test("an officer's table called AmberDays stops the write before anything changes, with what to do", async () => {
    const { fake, host } = setup();
    const mine = fake.workbook.addSheet("Inputs");
    fake.workbook.tables.push({ name: "AmberDays", sheet: mine, rect: { top: 0, left: 0, rows: 2, cols: 1 }, style: "TableStyleMedium2", showBandedRows: true, showFilterButton: true });
    await expect(host.writeCombined(sampleView())).rejects.toThrow(/The table "AmberDays" on the sheet "Inputs" .*Rename that table/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Inputs"]);
    expect(fake.log).toEqual([]);
  });

  test("an officer's own name AsOf stops the write, with what to do", async () => {
    const { fake, host } = setup();
    const mine = fake.workbook.addSheet("Inputs");
    fake.workbook.names.push({ name: "AsOf", sheet: mine, rect: { top: 0, left: 0, rows: 1, cols: 1 }, comment: "" });
    await expect(host.writeCombined(sampleView())).rejects.toThrow(/already has a name "AsOf" .*Rename or delete that name/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(["Inputs"]);
  });
});
