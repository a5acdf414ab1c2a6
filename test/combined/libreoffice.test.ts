/**
 * A real spreadsheet engine recalculates the workbook: LibreOffice Calc, told to recalculate every formula
 * on load, converts the written workbooks to CSV. The cached results are deliberately wrong ("poisoned"),
 * so what comes out can only be the formulas' own work; it must equal computeFlags, and the Summary's
 * counts must equal the figures computed from the rows — including for district names that COUNTIFS would
 * read as patterns (*, ?, ~, =, TRUE, numbers). Skipped when soffice / libreoffice is not on PATH.
 */
import { join } from "node:path";
import type { CombinedRow, CombinedView, FileAccount } from "../../src/model/combine/types";
import { writeCombinedXlsx } from "../../src/workbook/combined";
import { combos, expected } from "./combos";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { convertWithLibreOffice, findSoffice, recalculateWithLibreOffice, tempDir } from "./helpers";
import { rowOf, sampleView, summarise } from "./sampleView";

const soffice = findSoffice();
const describeWithLibreOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice recalculation tests SKIPPED: neither soffice nor libreoffice is on PATH (apt-get install libreoffice-calc-nogui to run them).");
const TITLE = soffice
  ? "recalculated by LibreOffice"
  : "recalculated by LibreOffice (SKIPPED: neither soffice nor libreoffice is on PATH — apt-get install libreoffice-calc-nogui to run it)";

const DISTRICTS = ["Craven", "Selby*", "A?B~C", "=York", "TRUE", "2010", "St. Helen's & Ryedale (North)"];

/** A view of every flag combination for one as-of date and amber window, with wrong cached flags. */
function comboView(asOf: string, amberDays: number): { view: CombinedView; want: { overdue: boolean; daysOverdue: number; rag: string }[] } {
  const cs = combos().filter((c) => c.asOf === asOf && c.amberDays === amberDays);
  const want = cs.map(expected);
  const rows: CombinedRow[] = cs.map((c, i) => {
    const district = DISTRICTS[i % DISTRICTS.length];
    const row = rowOf(
      {
        district,
        file: `${district}.xlsx`,
        row: i + 2,
        action: `Combination ${i}`,
        dueText: c.due ?? "",
        dueKind: c.due ? "date" : "none",
        dueDate: c.due,
        state: c.state,
        statusText: c.state,
        colour: c.colour,
        fraction: c.state === "in-progress" ? 0.5 : undefined,
      },
      asOf,
      amberDays,
    );
    // The colour as written, whatever the state (the formulas must ignore it unless in progress).
    return { ...row, statusColour: c.colour, key: `k${i}` };
  });
  const files: FileAccount[] = DISTRICTS.map((d) => ({ district: d, file: `${d}.xlsx`, bytes: 1, sha256: "0".repeat(64), error: null, rowsRead: 0, rowsCombined: 0, rowsSkipped: 0, templates: [] }));
  // The true figures, from the true flags...
  const districts = summarise(rows, files, []);
  // ...and cached flags that are all wrong.
  const poisoned = rows.map((r) => ({ ...r, overdue: !r.overdue, daysOverdue: -1, rag: "grey" as const }));
  return {
    view: { ...sampleView(), asOf, amberDays, rows: poisoned, extraColumns: [], districts: districts.map((d) => ({ ...d, rows: -1, complete: -1, overdue: -1 })), files, skipped: [], findings: [], changes: null },
    want,
  };
}

const SETTINGS = [
  ["2010-07-01", 14],
  ["2012-02-29", 0],
  ["2009-12-31", 30],
  ["2011-03-31", 1],
] as const;

const percent = (s: string): number | string => (s.endsWith("%") ? Math.round(Number(s.slice(0, -1)) * 1000) / 100_000 : s);

describeWithLibreOffice(TITLE, () => {
  let tmp: ReturnType<typeof tempDir>;
  let results: Map<string, Map<string, string[][]>>;
  const files: { path: string; view: CombinedView; want: ReturnType<typeof comboView>["want"]; truth: CombinedView["districts"] }[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    for (const [asOf, amberDays] of SETTINGS) {
      const { view, want } = comboView(asOf, amberDays);
      const truth = summarise(
        view.rows.map((r, i) => ({ ...r, ...want[i] }) as CombinedRow),
        view.files,
        [],
      );
      const path = join(tmp.dir, `combos-${asOf}-${amberDays}.xlsx`);
      await writeCombinedXlsx(view, path, []);
      files.push({ path, view, want, truth });
    }
    // The sample, with rows flagged as of 1 July 2010 but About saying 15 January 2011 and 30 days: the
    // formulas must follow About.
    const sample = { ...sampleView(), asOf: "2011-01-15", amberDays: 30 };
    const path = join(tmp.dir, "sample-moved.xlsx");
    await writeCombinedXlsx(sample, path, []);
    const moved = sampleView({ asOf: "2011-01-15", amberDays: 30 });
    files.push({ path, view: sample, want: moved.rows.map((r) => ({ overdue: r.overdue, daysOverdue: r.daysOverdue, rag: r.rag })), truth: moved.districts });
    results = recalculateWithLibreOffice(soffice as string, files.map((f) => f.path), tmp.dir);
  }, 240_000);

  afterAll(() => tmp?.cleanup());

  test("every workbook converted, every sheet", () => {
    for (const f of files) {
      const want = ["About", "Combined", "Issues", "Summary", ...(f.view.changes ? ["Changes"] : [])].sort();
      expect([...(results.get(f.path)?.keys() ?? [])].sort()).toEqual(want);
    }
  });

  test("Overdue, Days overdue and RAG as recalculated equal computeFlags, for every combination and setting", () => {
    for (const f of files) {
      const combined = results.get(f.path)!.get("Combined")!;
      const header = combined[0];
      const [o, d, r] = ["Overdue", "Days overdue", "RAG"].map((h) => header.indexOf(h));
      const got = combined.slice(1).map((row) => ({ overdue: row[o] === "TRUE", daysOverdue: Number(row[d]), rag: row[r] }));
      expect({ file: f.path, rows: got }).toEqual({ file: f.path, rows: f.want });
    }
  });

  test("the Summary's counts, as recalculated, equal the figures from the rows (district names that look like patterns included)", () => {
    for (const f of files) {
      const summary = results.get(f.path)!.get("Summary")!;
      const got = summary.slice(1, 1 + f.truth.length).map((row) => row.slice(0, 10).map((v, i) => (i === 0 ? v : i === 3 ? percent(v) : Number(v))));
      const want = f.truth.map((t) => [t.district, t.rows, t.complete, t.completion === null ? "" : t.completion, t.overdue, t.rag.red, t.rag.amber, t.rag.green, t.rag.blue, t.rag.grey]);
      expect({ file: f.path, got }).toEqual({ file: f.path, got: want });
      const total = summary[1 + f.truth.length];
      expect(total[0]).toBe("Total");
      expect(Number(total[1])).toBe(f.view.rows.length);
    }
  });

  test("LibreOffice imports the completion chart, over the Summary's District and Completion % cells", async () => {
    const path = files[files.length - 1].path;
    const out = join(tmp.dir, "ods");
    convertWithLibreOffice(soffice as string, [path], tmp.dir, "ods", out);
    const ods = await JSZip.loadAsync(readFileSync(join(out, "sample-moved.ods")));
    const chart = await ods.file("Object 1/content.xml")?.async("string");
    expect(chart).toBeDefined();
    expect(chart).toMatch(/<chart:chart [^>]*chart:class="chart:bar"/);
    expect(chart).toContain('chart:values-cell-range-address="Summary.D2:Summary.D4"');
    expect(chart).toContain("Summary.A2:Summary.A4");
  }, 120_000);
});
