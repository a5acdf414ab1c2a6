/**
 * @jest-environment node
 *
 * "Add flag columns" in both modes: PLAN.* formulas over the named settings cells (the day the flags are for,
 * amber window, quarter rule), or values; number formats before content, formulas through Range.formulas; the
 * header's look, the RAG colours; re-running replaces the columns; the officer's cells are never written over;
 * 100,000 rows in bounded syncs on every platform.
 */
import path from "node:path";
import { analyseSheet, EMPTY, type Grid } from "../../../src/model";
import { createExcelHost } from "../../../src/taskpane/host/excelHost";
import type { FlagColumnsRequest, PaneSettings } from "../../../src/taskpane/hostApi";
import { analyseOptions } from "../../../src/taskpane/ui/analysis";
import { flagColumnRequests } from "../../../src/taskpane/ui/flags/flagRequests";
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { calculateWorkbook, sheetValues } from "../calc/calculate";
import { DESKTOP, DESKTOP_365, loadFunctions, planFunctions, WEB } from "../calc/planFunctions";
import { FakeExcel as Fake, parseAddress, rectAddress, type FakeExcel, type FakeSheet } from "../fakeExcel";
import { putGrid, withFakeExcel } from "./helpers";

/** A plan with its header on row 4 (A4:E4), actions on rows 5, 7, 8 and 9, a section heading on row 6. */
function plan(sheet: FakeSheet): void {
  sheet.setRaw(0, 0, "Selby action plan 2010");
  ["Workstream", "Action", "Lead", "Target date", "Status"].forEach((h, c) => sheet.setRaw(3, c, h));
  sheet.addFormat({ top: 3, left: 0, rows: 1, cols: 5 }, { bold: true, fill: "#DDEBF7" });
  const rows: [number, string, string, string][] = [
    [4, "Area structures in place", "By 31 March 2010", "In progress"],
    [6, "Draft set of principles", "9 July 2010", "In progress"],
    [7, "Principles agreed", "By end of September 2010", "Not started"],
    [8, "Publicise to partners", "Ongoing", ""],
  ];
  sheet.setRaw(5, 0, "Joint local problem solving");
  for (const [r, action, due, status] of rows) {
    sheet.setRaw(r, 1, action);
    sheet.setRaw(r, 3, due);
    if (status) sheet.setRaw(r, 4, status);
  }
}

function request(mode: FlagColumnsRequest["mode"], overrides: Partial<FlagColumnsRequest> = {}): FlagColumnsRequest {
  return {
    sheet: "Plan",
    headerRow: 4,
    lastRow: 9,
    dueCol: 3,
    statusCol: 4,
    firstFlagCol: 5,
    rows: [
      { row: 5, complete: false, overdue: true, daysOverdue: 92, rag: "red" },
      { row: 7, complete: false, overdue: false, daysOverdue: 0, rag: "amber" },
      { row: 8, complete: false, overdue: false, daysOverdue: 0, rag: "green" },
      { row: 9, complete: false, overdue: false, daysOverdue: 0, rag: "grey" },
    ],
    mode,
    settings: { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" },
    ...overrides,
  };
}

beforeAll(loadFunctions);

const block = (sheet: FakeSheet, fromRow: number, toRow: number, fromCol: number, cols: number) =>
  Array.from({ length: toRow - fromRow + 1 }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.raw(fromRow - 1 + r, fromCol + c)));

describe("addFlagColumns", () => {
  const setup = withFakeExcel();

  test("as formulas: PLAN.* over the named day, amber and quarters cells, on the action rows only, styled and coloured", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    plan(sheet);
    await host.addFlagColumns(request("formulas"));

    const f = (formula: string) => ({ formula });
    const amber = 'IF(ISBLANK(PlanCheckAmberDays),"",PlanCheckAmberDays)';
    const rag = (r: number) => `PLAN.RAG(D${r},E${r},PlanCheckDay,${amber},PlanCheckQuarters)`;
    const flags = (r: number) => [
      f(`PLAN.ISCOMPLETE(E${r})=TRUE`),
      f(`PLAN.OVERDUE(D${r},E${r},PlanCheckDay,PlanCheckQuarters)=TRUE`),
      f(`N(PLAN.DAYSOVERDUE(D${r},E${r},PlanCheckDay,PlanCheckQuarters))`),
      f(`IF(${rag(r)}="","grey",${rag(r)})`),
    ];
    expect(block(sheet, 4, 9, 5, 4)).toEqual([["Complete", "Overdue", "Days overdue", "RAG"], flags(5), [undefined, undefined, undefined, undefined], flags(7), flags(8), flags(9)]);
    // Written through Range.formulas, each block after its number format.
    const flagWrites = fake.log.filter((e) => e.sheet === "Plan" && e.rect && rectAddress(e.rect) === "F5:I9");
    expect(flagWrites.map((e) => e.kind)).toEqual(["numberFormat", "formulas"]);
    // The names the formulas read hold the pane's settings.
    expect(fake.workbook.names.map((n) => [n.name, n.sheet?.name, rectAddress(n.rect)])).toEqual([
      ["PlanCheckAsOf", "PlanCheck", "B2"],
      ["PlanCheckAmberDays", "PlanCheck", "B3"],
      ["PlanCheckQuarters", "PlanCheck", "B4"],
      ["PlanCheckDay", "PlanCheck", "B5"],
    ]);
    expect(fake.raw("PlanCheck", "B4")).toBe("calendar");
    // An as-of date is set: the day is that date, and nothing the flags read is volatile.
    expect(fake.raw("PlanCheck", "B5")).toEqual({ formula: "PlanCheckAsOf" });
    expect(await host.loadSettings()).toEqual({ asOf: "2010-07-01", amberDays: 14, quarters: "calendar" });
    // Headings look like the table's; RAG coloured by rules over I5:I9.
    expect(sheet.format(3, 6)).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(sheet.conditionalFormats.map((cf) => [cf.rule?.formula1, rectAddress(cf.rects[0])])).toEqual(
      ["grey", "blue", "green", "amber", "red"].map((rag) => [`="${rag}"`, "I5:I9"]),
    );
    // The plan itself is as it was.
    expect(block(sheet, 4, 5, 0, 5)).toEqual([
      ["Workstream", "Action", "Lead", "Target date", "Status"],
      [undefined, "Area structures in place", undefined, "By 31 March 2010", "In progress"],
    ]);
  });

  test("as values, for people without the add-in", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    plan(sheet);
    await host.addFlagColumns(request("values"));
    expect(block(sheet, 5, 7, 5, 4)).toEqual([
      [false, true, 92, "red"],
      [undefined, undefined, undefined, undefined],
      [false, false, 0, "amber"],
    ]);
    expect(fake.workbook.names).toEqual([]);
  });

  test("without a status column: Complete is FALSE, the status a blank", async () => {
    const { fake, host } = setup();
    plan(fake.workbook.addSheet("Plan"));
    await host.addFlagColumns(request("formulas", { statusCol: null }));
    expect(block(fake.sheet("Plan"), 5, 5, 5, 4)).toEqual([
      [
        { formula: "FALSE" },
        { formula: 'PLAN.OVERDUE(D5,"",PlanCheckDay,PlanCheckQuarters)=TRUE' },
        { formula: 'N(PLAN.DAYSOVERDUE(D5,"",PlanCheckDay,PlanCheckQuarters))' },
        { formula: 'IF(PLAN.RAG(D5,"",PlanCheckDay,IF(ISBLANK(PlanCheckAmberDays),"",PlanCheckAmberDays),PlanCheckQuarters)="","grey",PLAN.RAG(D5,"",PlanCheckDay,IF(ISBLANK(PlanCheckAmberDays),"",PlanCheckAmberDays),PlanCheckQuarters))' },
      ],
    ]);
  });

  test("with the as-of left blank, the day the flags read is today, worked out in the workbook", async () => {
    const { fake, host } = setup();
    plan(fake.workbook.addSheet("Plan"));
    await host.addFlagColumns(request("formulas", { settings: { asOf: null, amberDays: 14, quarters: "calendar" } }));
    expect(fake.raw("PlanCheck", "B2")).toBeUndefined();
    expect(fake.raw("PlanCheck", "B5")).toEqual({ formula: "IF(ISBLANK(PlanCheckAsOf),TODAY(),PlanCheckAsOf)" });
    expect(fake.sheet("PlanCheck").format(4, 1).numberFormat).toBe("dd/mm/yyyy");
  });

  test.each(["formulas", "values"] as const)("as %s into columns the officer formatted as Text: the flags still work (number format set first)", async (mode) => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    plan(sheet);
    sheet.addFormat(parseAddress("F:I"), { numberFormat: "@" });
    await host.addFlagColumns(request(mode));
    expect(sheet.raw(3, 5)).toBe("Complete");
    if (mode === "formulas") expect(sheet.raw(4, 8)).toEqual({ formula: expect.stringMatching(/^IF\(PLAN\.RAG\(D5,E5,PlanCheckDay,/) });
    else expect(block(sheet, 5, 5, 5, 4)).toEqual([[false, true, 92, "red"]]);
    expect(sheet.format(4, 8).numberFormat).toBe("General");
  });

  test("re-running replaces the earlier flag columns where the pane found them, also after the table shrank", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    plan(sheet);
    await host.addFlagColumns(request("formulas"));
    // The officer deletes the last action; the pane asks again, at the flag columns it found on the header row.
    for (let c = 0; c < 5; c++) sheet.setRaw(8, c, undefined);
    const again = request("values", { lastRow: 8, rows: request("values").rows.slice(0, 3) });
    await host.addFlagColumns(again);
    expect(block(sheet, 4, 9, 5, 5)).toEqual([
      ["Complete", "Overdue", "Days overdue", "RAG", undefined],
      [false, true, 92, "red", undefined],
      [undefined, undefined, undefined, undefined, undefined],
      [false, false, 0, "amber", undefined],
      [false, false, 0, "green", undefined],
      [undefined, undefined, undefined, undefined, undefined],
    ]);
    expect(sheet.conditionalFormats.map((cf) => rectAddress(cf.rects[0]))).toEqual(Array(5).fill("I5:I8"));
  });

  test("the four headings elsewhere on the header row (a PLAN.FLAGS spill's) are never cleared or written over", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    plan(sheet);
    // =PLAN.FLAGS(A4:E9) in G4 has spilled its titles along the header row: Due by · Status · the four flags.
    const spill = ["Due by", "Status", "Complete", "Overdue", "Days overdue", "RAG"];
    spill.forEach((t, i) => sheet.setRaw(3, 6 + i, t));
    sheet.setRaw(4, 7, "in-progress");
    // The pane asks for fresh columns right of the spill.
    await host.addFlagColumns(request("values", { firstFlagCol: 13 }));
    expect(block(sheet, 4, 4, 5, 12)[0]).toEqual([undefined, ...spill, undefined, "Complete", "Overdue", "Days overdue", "RAG"]);
    expect(sheet.raw(4, 7)).toBe("in-progress");
    expect(sheet.raw(4, 13)).toBe(false);
  });

  test("never writes over the officer's cells beside the plan", async () => {
    const { fake, host } = setup();
    const sheet = fake.workbook.addSheet("Plan");
    plan(sheet);
    sheet.setRaw(6, 7, "a note of mine");
    await expect(host.addFlagColumns(request("formulas"))).rejects.toThrow("Columns F to I beside the plan are not empty (H7 holds something)");
    expect(sheet.raw(3, 5)).toBeUndefined();
    // A note further down, below the plan, is no obstacle and is left alone.
    sheet.setRaw(6, 7, undefined);
    sheet.setRaw(20, 7, "below the plan");
    await host.addFlagColumns(request("values"));
    await host.addFlagColumns(request("values"));
    expect(sheet.raw(20, 7)).toBe("below the plan");
  });
});

/**
 * The formulas calculated as Excel would, with the PLAN.* functions called as each Excel calls them, show on
 * every action row what "as values" writes: the model's (and the CLI's) flags — also on a row whose status is
 * blank (PLAN.ISCOMPLETE of a blank is blank) and on one with neither a due date nor a status (the row
 * functions answer blank for an empty row), where the CLI says FALSE, FALSE, 0, grey.
 */
describe.each([DESKTOP, DESKTOP_365, WEB])("the flag formulas, calculated ($name)", (profile) => {
  const settings: PaneSettings = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" };
  const text = (value: string) => (value === "" ? EMPTY : { kind: "text" as const, value });
  const PLAN: Grid = {
    name: "Plan",
    rows: [
      ["Action", "Lead", "Target date", "Status"],
      ["Area structures in place", "CSP manager", "By 31 March 2010", ""],
      ["Publicise to partners", "Head of Policy", "", ""],
      ["Draft set of principles", "Policy officer", "9 July 2010", "Complete"],
      ["Joint surveys", "Head of Policy", "Ongoing", ""],
      ["Principles agreed", "Policy officer", "", "In progress"],
    ].map((row) => row.map(text)),
    merges: [],
    dateSystem: 1900,
  };

  async function flagged(mode: FlagColumnsRequest["mode"]): Promise<unknown[][]> {
    const fake = new Fake({ calculate: (workbook) => void calculateWorkbook(workbook, { functions: planFunctions(profile) }) });
    const uninstall = fake.install();
    try {
      const host = await createExcelHost();
      putGrid(fake, PLAN);
      for (const r of flagColumnRequests(PLAN, analyseSheet(PLAN, analyseOptions(settings)), mode, settings)) await host.addFlagColumns(r);
      return sheetValues(fake.sheet("Plan"), "E2:H6");
    } finally {
      uninstall();
    }
  }

  test("every action row shows the flags the values mode writes, blank status and empty row included", async () => {
    const values = await flagged("values");
    expect(values).toEqual([
      [false, true, 92, "red"],
      [false, false, 0, "grey"],
      [true, false, 0, "blue"],
      [false, false, 0, "grey"],
      [false, false, 0, "green"],
    ]);
    expect(await flagged("formulas")).toEqual(values);
  });
});

describe("the quarter rule in the flag columns", () => {
  const setup = withFakeExcel();
  /** Two actions due by quarter, header on row 1. */
  const QUARTERLY: Grid = {
    name: "Plan",
    rows: [
      ["Action", "Lead", "Due", "Status"],
      ["Publish the strategy", "Policy", "Q2 2010", "In progress"],
      ["Hold the forum", "CSP", "Q3 2010", "Not started"],
    ].map((row) => row.map((value) => ({ kind: "text" as const, value }))),
    merges: [],
    dateSystem: 1900,
  };

  function sheetOf(fake: FakeExcel): FakeSheet {
    const sheet = fake.workbook.addSheet("Plan");
    QUARTERLY.rows.forEach((row, r) => row.forEach((cell, c) => sheet.setRaw(r, c, cell.kind === "text" ? cell.value : undefined)));
    return sheet;
  }

  test.each(["calendar", "financial"] as const)("%s: the live formulas, worked out by the PLAN.* functions over the named cells, give the model's answers", async (quarters) => {
    const { fake, host } = setup();
    const sheet = sheetOf(fake);
    const settings: PaneSettings = { asOf: "2010-07-01", amberDays: 14, quarters };
    const report = analyseSheet(QUARTERLY, { asOf: "2010-07-01", amberDays: 14, quarters });
    const [request] = flagColumnRequests(QUARTERLY, report, "formulas", settings);
    await host.addFlagColumns(request);
    expect(fake.raw("PlanCheck", "B4")).toBe(quarters);
    expect(await host.loadSettings()).toEqual(settings);
    calculateWorkbook(fake.workbook, { functions: planFunctions(DESKTOP) });
    const shown = sheetValues(sheet, "E2:H3");
    expect(shown).toEqual(report.rows.map((r) => [r.complete, r.overdue, r.daysOverdue, r.rag]));
    // Q2 2010 as of 1 July 2010: a day overdue when Q2 is April–June, due in September when it is July–September.
    expect(shown[0]).toEqual(quarters === "calendar" ? [false, true, 1, "red"] : [false, false, 0, "green"]);
  });

  test("as values: the model's answers for the pane's quarter rule", async () => {
    const { fake, host } = setup();
    const sheet = sheetOf(fake);
    const options = { asOf: "2010-07-01", amberDays: 14, quarters: "financial" } as const;
    const [request] = flagColumnRequests(QUARTERLY, analyseSheet(QUARTERLY, options), "values", options);
    await host.addFlagColumns(request);
    expect(block(sheet, 2, 2, 4, 4)).toEqual([[false, false, 0, "green"]]);
  });
});

/**
 * The second "Add flag columns" on a plan with no status column: the sheet read again holds the first flags (as
 * Excel shows them: formulas calculated, or values), and the pane must not take their "Complete" for the plan's
 * status — that wrote =PLAN.ISCOMPLETE(D4) into D4, a circular reference — nor split the table at a repeated
 * header, nor read the flags as plan columns.
 */
describe("adding flag columns again to a plan with no status column", () => {
  const setup = withFakeExcel();
  const settings: PaneSettings = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" };
  const options = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" } as const;
  /** Action | Lead officer | Deadline: read by the generic template, where "Complete" is one of the status headings. */
  const NO_STATUS: Grid = {
    name: "Plan",
    rows: [
      ["Community engagement plan 2010"],
      [],
      ["Action", "Lead officer", "Deadline"],
      ["Publicise to wider partnership", "Head of Policy", "31/05/2009"],
      ["Hold the annual forum", "CSP manager", "15/07/2010"],
      ["Refresh the consultation database", "Head of Policy", "31/03/2011"],
    ].map((row) => row.map((value) => ({ kind: "text" as const, value }))),
    merges: [],
    dateSystem: 1900,
  };

  async function police(): Promise<Grid> {
    const read = await readWorkbook(path.resolve(__dirname, "..", "..", "fixtures", "police-engagement-plan.xlsx"));
    if (!read.ok) throw new Error(read.error.message);
    return read.book.sheets[0];
  }

  /** The cells a formula refers to, as [row, col] (0-based). */
  const refsOf = (formula: string) => [...formula.matchAll(/\b([A-Z]{1,3}\d+)\b/g)].map((m) => parseAddress(m[1])).map((r) => [r.top, r.left]);

  test.each([
    ["police", "formulas"],
    ["police", "values"],
    ["Action | Lead officer | Deadline", "formulas"],
    ["Action | Lead officer | Deadline", "values"],
  ] as const)("%s, as %s: the second time asks for the same columns, with no status and no formula on its own cells", async (which, mode) => {
    const { fake, host } = setup();
    const grid = which === "police" ? await police() : NO_STATUS;
    const sheet = putGrid(fake, grid);
    const first = flagColumnRequests(grid, analyseSheet(grid, options), mode, settings);
    for (const r of first) await host.addFlagColumns(r);
    // Excel calculates what the host wrote: every formula cell of the sheet shows its result.
    if (mode === "formulas") calculateWorkbook(fake.workbook, { functions: planFunctions(DESKTOP) });
    const width = first[0].firstFlagCol + 8;
    const written = block(sheet, 1, grid.rows.length + 1, 0, width);

    const again = await host.readSheet(grid.name);
    const report = analyseSheet(again, options);
    expect(report.findings).toEqual(analyseSheet(grid, options).findings);
    const second = flagColumnRequests(again, report, mode, settings);
    expect(second).toEqual(first);
    expect(second.map((r) => r.statusCol)).toEqual([null]);

    for (const r of second) await host.addFlagColumns(r);
    // The same flags, in the same place, and no formula refers to a cell of the flag columns.
    expect(block(sheet, 1, grid.rows.length + 1, 0, width)).toEqual(written.map((row) => row.map((raw) => (typeof raw === "object" && raw !== null && "formula" in raw ? { formula: raw.formula } : raw))));
    const flagCol = second[0].firstFlagCol;
    const formulas = sheet.rows.flatMap((cells) => (cells ?? []).slice(flagCol, flagCol + 4).flatMap((raw) => (typeof raw === "object" && raw !== null && "formula" in raw ? [raw.formula] : [])));
    expect(formulas).toHaveLength(mode === "formulas" ? 4 * second[0].rows.length : 0);
    expect(formulas.filter((f) => refsOf(f).some(([, c]) => c >= flagCol && c < flagCol + 4))).toEqual([]);
  });
});

describe("100,000 actions", () => {
  const ROWS = 100_000;
  /** A plan of ROWS actions under a header on row 1: Action, Due, Status. */
  function bigPlan(fake: Fake): FlagColumnsRequest {
    const sheet = fake.workbook.addSheet("Plan");
    ["Action", "Due", "Status"].forEach((h, c) => sheet.setRaw(0, c, h));
    for (let i = 0; i < ROWS; i++) {
      sheet.setRaw(1 + i, 0, `Action ${i}`);
      sheet.setRaw(1 + i, 1, 40_000 + (i % 500));
      sheet.setRaw(1 + i, 2, i % 3 === 0 ? "Complete" : "In progress");
    }
    return {
      sheet: "Plan",
      headerRow: 1,
      lastRow: ROWS + 1,
      dueCol: 1,
      statusCol: 2,
      firstFlagCol: 3,
      rows: Array.from({ length: ROWS }, (_, i) => ({ row: i + 2, complete: i % 3 === 0, overdue: false, daysOverdue: 0, rag: "green" as const })),
      mode: "formulas",
      settings: { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" },
    };
  }

  describe.each(["PC", "OfficeOnline"] as const)("on %s", (platform) => {
    const setup = withFakeExcel({ platform });

    test("added, then added again: every sync under the limits, the reads small", async () => {
      const { fake, host } = setup();
      const req = bigPlan(fake);
      fake.resetCounts();
      await host.addFlagColumns(req);
      const first = { syncs: fake.syncs.length, ...fake.largestSync() };
      process.stdout.write(`flags for 100,000 rows, ${platform}: ${first.syncs} syncs, largest request ${first.request.toLocaleString("en-GB")} B, largest response ${first.response.toLocaleString("en-GB")} B\n`);
      fake.resetCounts();
      await host.addFlagColumns(req);
      const again = { syncs: fake.syncs.length, ...fake.largestSync() };
      process.stdout.write(`flags re-added for 100,000 rows, ${platform}: ${again.syncs} syncs, largest request ${again.request.toLocaleString("en-GB")} B, largest response ${again.response.toLocaleString("en-GB")} B\n`);
      for (const m of [first, again]) {
        expect(m.request).toBeLessThan(4_500_000);
        expect(m.response).toBeLessThan(100_000);
        expect(m.syncs).toBeLessThanOrEqual(20);
      }
      const sheet = fake.sheet("Plan");
      const rag = `PLAN.RAG(B${ROWS + 1},C${ROWS + 1},PlanCheckDay,IF(ISBLANK(PlanCheckAmberDays),"",PlanCheckAmberDays),PlanCheckQuarters)`;
      expect(sheet.raw(ROWS, 6)).toEqual({ formula: `IF(${rag}="","grey",${rag})` });
      expect(sheet.raw(0, 7)).toBeUndefined();
    }, 120_000);
  });
});
