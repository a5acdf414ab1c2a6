import { analyseBook } from "../../src/model/analyse/analyseBook";
import { accountOf, combine, findingCountOf, type CombineSource } from "../../src/model/combine/combine";
import { diffRows, type PreviousRow } from "../../src/model/combine/changes";
import { districtFromFileName } from "../../src/model/combine/districtName";
import { districtMap, parseDistrictFrom, resolveDistrict } from "../../src/model/combine/districtRule";
import { previousRows } from "../../src/model/combine/previousRows";
import { createRowKeyer } from "../../src/model/combine/rowKey";
import type { Grid } from "../../src/model/grid";
import { gridOf } from "./gridOf";

const meta = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" as const, generatedAt: "2010-07-01T09:00:00.000Z", version: "test" };

function source(file: string, grids: Grid[], asOf = meta.asOf): CombineSource {
  const sheets = analyseBook(grids, { ...meta, asOf });
  return { file, district: districtFromFileName(file), bytes: 100, sha256: "ab".repeat(32), report: { file, error: null, warnings: [], sheets } };
}

const plan = (rows: string[][]) =>
  gridOf([["Selby Action Plan 2010"], [], ["Action", "Lead officer", "Deadline", "Status"], ...rows], { name: "Plan" });

describe("districtFromFileName", () => {
  test.each([
    ["Selby action plan 2010.xlsx", "Selby"],
    ["Ryedale action plan 2010.csv", "Ryedale"],
    ["North_Craven-Delivery Plan.xlsx", "North Craven"],
    ["Scarborough Borough Council - CSP update Q2.xlsx", "Scarborough Borough Council"],
    ["/data/returns/Hambleton 2010-11.xlsx", "Hambleton"],
    ["action plan.xlsx", "action plan"],
  ])("%s → %s", (file, district) => expect(districtFromFileName(file)).toBe(district));
});

describe("district rules", () => {
  const cover = gridOf([["District:", "Richmondshire"]], { name: "Cover" });
  test("cell:Sheet!B2 reads the cell; a missing sheet or blank cell falls back to the file name, with a note", () => {
    const rule = parseDistrictFrom("cell:Cover!B1");
    expect(rule).toEqual({ kind: "cell", sheet: "Cover", address: "B1" });
    if (!rule) return;
    expect(resolveDistrict("plan.xlsx", [cover], rule)).toEqual({ district: "Richmondshire" });
    expect(resolveDistrict("Selby plan.xlsx", [], rule)).toEqual({ district: "Selby", note: expect.stringContaining('no sheet "Cover"') });
    expect(parseDistrictFrom("cell:'My sheet'!$C$4")).toEqual({ kind: "cell", sheet: "My sheet", address: "C4" });
    expect(parseDistrictFrom("Cover!B2")).toBeUndefined();
  });

  test("a map of file names to districts, ignoring a header row and case", () => {
    const entries = districtMap([["File", "District"], ["SELBY action plan 2010.xlsx", "Selby DC"], ["", "x"]]);
    expect(resolveDistrict("Selby action plan 2010.xlsx", [], { kind: "map", entries })).toEqual({ district: "Selby DC" });
    expect(resolveDistrict("Other.xlsx", [], { kind: "map", entries }).note).toMatch(/not in the district map/);
  });
});

describe("row keys", () => {
  test("keys ignore row positions, case, punctuation and leading numbering, and number repeats", () => {
    const key = createRowKeyer();
    const a = key("Selby", "1. Publicise to Wider Partnership");
    expect(createRowKeyer()("Selby", "publicise to wider partnership.")).toBe(a);
    expect(a).toMatch(/^selby-[0-9a-f]{8}$/);
    expect(key("Selby", "Publicise to wider partnership")).toBe(`${a}-2`);
    expect(key("Craven", "Publicise to wider partnership")).not.toBe(a);
  });
});

describe("combine", () => {
  const selby = source("Selby action plan 2010.xlsx", [
    plan([
      ["Publicise to Wider Partnership", "Head of Policy", "May 2009", "Complete"],
      ["Area structures in place", "LSP Manager", "31/03/2010", "In progress"],
      ["Workshop on area structures", "Head of Policy", "9 July 2010", ""],
    ]),
    gridOf([["How to fill in this plan"], ["One row per action."]], { name: "Instructions" }),
  ]);
  const broken: CombineSource = {
    file: "Craven.xls",
    district: "Craven",
    bytes: 10,
    sha256: "cd".repeat(32),
    report: { file: "Craven.xls", error: { code: "legacy-xls", message: "Craven.xls is saved in the old .xls format" }, warnings: [], sheets: [] },
  };

  test("every row with provenance and flags; every file accounted for", () => {
    const view = combine([selby, broken], meta);
    expect(view.rows.map((r) => [r.district, r.file, r.sheet, r.row, r.action, r.dueDate, r.overdue, r.rag])).toEqual([
      ["Selby", "Selby action plan 2010.xlsx", "Plan", 4, "Publicise to Wider Partnership", "2009-05-31", false, "blue"],
      ["Selby", "Selby action plan 2010.xlsx", "Plan", 5, "Area structures in place", "2010-03-31", true, "red"],
      ["Selby", "Selby action plan 2010.xlsx", "Plan", 6, "Workshop on area structures", "2010-07-09", false, "amber"],
    ]);
    expect(view.files.map((f) => [f.district, f.rowsRead, f.rowsCombined, f.rowsSkipped, f.error?.code ?? null])).toEqual([
      ["Selby", 7, 3, 4, null],
      ["Craven", 0, 0, 0, "legacy-xls"],
    ]);
    expect(view.skipped.map((s) => [s.sheet, s.row, s.reason])).toEqual([
      ["Plan", 1, "title or notes outside the plan table"],
      ["Plan", 3, "header row"],
      ["Instructions", 1, "no plan table on this sheet"],
      ["Instructions", 2, "no plan table on this sheet"],
    ]);
    for (const f of view.files) expect(f.rowsRead).toBe(f.rowsCombined + f.rowsSkipped);
    expect(view.districts).toEqual([
      { district: "Selby", rows: 3, complete: 1, completion: 0.333, overdue: 1, rag: { red: 1, amber: 1, green: 0, blue: 1, grey: 0 }, findings: 1 },
      { district: "Craven", rows: 0, complete: 0, completion: null, overdue: 0, rag: { red: 0, amber: 0, green: 0, blue: 0, grey: 0 }, findings: 0 },
    ]);
  });

  test("a readable file with no plan table is listed as not combined", () => {
    const view = combine([source("Budget.xlsx", [gridOf([["Budget", "2010"]])])], meta);
    expect(view.files[0].error).toMatchObject({ code: "no-plan" });
  });

  test("a file's account and finding count on their own are what the combined view gives it", () => {
    const noted: CombineSource = { ...source("Hambleton.xlsx", [plan([["Joint surveys", "", "When funding allows", "Not started"]])]), districtNote: "no cell B2" };
    noted.report.warnings.push("a hidden sheet was read");
    const sources = [selby, broken, noted, source("Budget.xlsx", [gridOf([["Budget", "2010"]])])];
    const view = combine(sources, meta);
    expect(sources.map(accountOf)).toEqual(view.files);
    expect(sources.map(findingCountOf)).toEqual(sources.map((s) => view.findings.filter((f) => f.file === s.file).length));
    expect(findingCountOf(noted)).toBeGreaterThanOrEqual(3);
  });

  test("the same sources give the same view", () => {
    const strip = (v: ReturnType<typeof combine>) => JSON.stringify({ ...v, generatedAt: "" });
    expect(strip(combine([selby, broken], meta))).toBe(strip(combine([selby, broken], { ...meta, generatedAt: "later" })));
  });
});

describe("changes since a previous view", () => {
  const previous = (rows: string[][]) =>
    combine([source("Selby action plan 2010.xlsx", [plan(rows)], "2010-06-01")], { ...meta, asOf: "2010-06-01" }).rows.map(
      (r): PreviousRow => ({ key: r.key, district: r.district, action: r.action, statusText: r.statusText, state: r.state, overdue: r.overdue }),
    );
  const before = previous([
    ["Publicise to Wider Partnership", "Head of Policy", "May 2009", "In progress"],
    ["Area structures in place across the county", "LSP Manager", "30/06/2010", "In progress"],
    ["Set up joint engagement database on NYSP website", "Head of Policy", "31/03/2011", ""],
    ["Joint training on SNAP", "Fire Service", "31/01/2010", ""],
  ]);
  const now = combine(
    [
      source("Selby action plan 2010.xlsx", [
        plan([
          ["New: survey of sign-up to the Framework", "Head of Policy", "30/09/2010", ""],
          ["1. Publicise to wider partnership", "Head of Policy", "May 2009", "Complete"],
          ["Area structures in place across the whole county", "LSP Manager", "30/06/2010", "In progress"],
          ["Set up joint engagement database on NYSP website", "Head of Policy", "31/03/2011", ""],
        ]),
      ]),
    ],
    meta,
    before,
  );

  test("new, removed, status changes and newly overdue, matched by key or by similar wording", () => {
    expect(now.changes?.map((c) => [c.kind, c.action, c.before, c.after])).toEqual([
      ["new", "New: survey of sign-up to the Framework", null, "none"],
      ["status-changed", "1. Publicise to wider partnership", "in-progress: In progress", "complete: Complete"],
      ["no-longer-overdue", "1. Publicise to wider partnership", "overdue", "complete"],
      ["newly-overdue", "Area structures in place across the whole county", "not overdue", "overdue by 1 day"],
      ["removed", "Joint training on SNAP", "none", null],
    ]);
  });

  test("a previous workbook's Combined sheet is read back; anything else is refused with a reason", () => {
    const sheet = gridOf([["District", "Row key", "Action", "Status", "State", "Overdue"], ["Selby", "selby-1", "Do it", "Done", "complete", "FALSE"]], { name: "Combined" });
    expect(previousRows([sheet])).toEqual({ ok: true, rows: [{ key: "selby-1", district: "Selby", action: "Do it", statusText: "Done", state: "complete", overdue: false }] });
    expect(previousRows([gridOf([["x"]], { name: "Plan" })])).toEqual({ ok: false, message: expect.stringMatching(/no "Combined" sheet/) });
    expect(diffRows([], [])).toEqual([]);
  });
});
