/**
 * Every sample workbook built from the seeds (scripts/build-fixtures.ts) read end to end: the tables,
 * action rows, sections, repeated headers and spot-checked values must be what test/fixtures/manifest.json
 * says — facts written from the seed plans, not from PlanCheck's output.
 */
import path from "node:path";
import { analyseBook } from "../src/model/analyse/analyseBook";
import type { RowReport, SheetReport } from "../src/model/analyse/types";
import { readWorkbook } from "../src/workbook/readWorkbook";
import manifest from "./fixtures/manifest.json";

interface SpotCheck {
  row: number;
  why: string[];
  section: string | null;
  action: string | null;
  owner: string | null;
  due: string | null;
  dueIso?: string;
  status: string | null;
}
interface ManifestTable {
  headerRow: number;
  headerCol: string;
  dataRows: number[];
  sections: string[];
  repeatedHeaderRows: number[];
  spotChecks: SpotCheck[];
}
interface ManifestSheet {
  name: string;
  hasTable: boolean;
  tables?: ManifestTable[];
}
interface ManifestFile {
  file: string;
  family: string;
  sheets: ManifestSheet[];
}

const fixtures = path.join(__dirname, "fixtures");
const files = manifest.files as unknown as ManifestFile[];
const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const distinctInOrder = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

describe.each(files.map((f) => [f.file, f] as const))("%s", (_name, expected) => {
  let sheets: SheetReport[];

  beforeAll(async () => {
    const read = await readWorkbook(path.join(fixtures, expected.file));
    if (!read.ok) throw new Error(read.error.message);
    sheets = analyseBook(read.book.sheets, { asOf: manifest.asOf });
  });

  test("has the sheets of the manifest, in order", () => {
    expect(sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
  });

  const withTables = expected.sheets.filter((s) => s.hasTable && s.tables);
  const without = expected.sheets.filter((s) => !s.hasTable);

  if (without.length > 0) {
    test.each(without.map((s) => [s.name]))("sheet %s has no plan table and says so", (name) => {
      const sheet = sheets.find((s) => s.name === name);
      expect(sheet?.rows).toEqual([]);
      expect(sheet?.findings.map((f) => f.code)).toEqual(["no-table"]);
    });
  }

  describe.each(withTables.map((s) => [s.name, s] as const))("sheet %s", (name, sheet) => {
    const tables = sheet.tables ?? [];
    const report = () => {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new Error(`sheet ${name} missing`);
      return found;
    };
    const rowAt = (row: number): RowReport | undefined => report().rows.find((r) => r.row === row);

    test("finds each table's header row", () => {
      expect(report().tables.map((t) => [t.headerRow, t.headerCell])).toEqual(tables.map((t) => [t.headerRow, `${t.headerCol}${t.headerRow}`]));
    });

    test("reads exactly the action rows (no blank, heading or repeated-header rows)", () => {
      expect(report().rows.map((r) => r.row)).toEqual(tables.flatMap((t) => t.dataRows));
    });

    test("skips repeated headers", () => {
      expect(report().tables.flatMap((t) => t.repeatedHeaderRows)).toEqual(tables.flatMap((t) => t.repeatedHeaderRows));
    });

    test.each(tables.map((t, i) => [i, t] as const))("table %i has the seed's sections", (i, table) => {
      const rows = report().rows.filter((r) => r.table === i);
      expect(distinctInOrder(rows.map((r) => r.section)).map(squash)).toEqual(table.sections.map(squash));
    });

    const spots = tables.flatMap((t) => t.spotChecks);
    test.each(spots.map((s) => [s.row, s.why.join(", "), s] as const))("row %i (%s) has the seed's values", (row, _why, spot) => {
      const r = rowAt(row);
      expect(r).toBeDefined();
      if (!r) return;
      expect(squash(r.section)).toBe(squash(spot.section));
      if (spot.action !== null) expect(squash(r.values.action)).toBe(squash(spot.action));
      expect(squash(r.owner)).toBe(squash(spot.owner));
      if (spot.dueIso) expect(r.due.end).toBe(spot.dueIso);
      else if (spot.due !== null) expect(squash(r.due.text)).toBe(squash(spot.due));
      if (spot.status !== null && !/%$/.test(spot.status)) expect(squash(r.status.text)).toBe(squash(spot.status));
    });

    const intended = spots.flatMap((s) => s.why.filter((w) => w.startsWith("intended: ")).map((w) => [s.row, w.slice(10)] as const));
    if (intended.length > 0) {
      test.each(intended)(`as of ${manifest.asOf}, row %i is %s`, (row, meaning) => {
        const r = rowAt(row);
        expect(r).toBeDefined();
        if (!r) return;
        switch (meaning) {
          case "complete":
            expect([r.complete, r.overdue, r.rag]).toEqual([true, false, "blue"]);
            break;
          case "overdue":
            expect([r.overdue, r.rag]).toEqual([true, "red"]);
            expect(r.daysOverdue).toBeGreaterThan(0);
            break;
          case "dueSoon":
            expect([r.overdue, r.rag]).toEqual([false, "amber"]);
            break;
          case "ongoing":
            expect(["ongoing", "from", "immediate"]).toContain(r.due.kind);
            expect(r.overdue).toBe(false);
            break;
          case "future":
            expect(r.overdue).toBe(false);
            expect(r.due.end && r.due.end > manifest.asOf).toBeTruthy();
            break;
          case "unknown": {
            // The plan does not say: a finding on that row must tell the officer why.
            const codes = report()
              .findings.filter((f) => f.cell !== null && Number(f.cell.replace(/^[A-Z]+/, "")) === row)
              .map((f) => f.code);
            expect(codes.some((c) => c === "unparsed-due" || c === "unknown-status")).toBe(true);
            break;
          }
          default:
            throw new Error(`manifest meaning "${meaning}" has no check`);
        }
      });
    }
  });
});

describe("row accounting: every non-empty row is an action or skipped with a reason", () => {
  test.each(files.map((f) => [f.file]))("%s", async (name) => {
    const read = await readWorkbook(path.join(fixtures, name));
    if (!read.ok) throw new Error(read.error.message);
    const sheets = analyseBook(read.book.sheets, { asOf: manifest.asOf });
    read.book.sheets.forEach((grid, i) => {
      const nonEmpty = grid.rows.filter((cells) => cells && cells.some((c) => c && c.kind !== "empty" && !(c.kind === "text" && c.value.trim() === ""))).length;
      const sheet = sheets[i];
      expect(sheet.rowsRead).toBe(nonEmpty);
      expect(sheet.rows.length + sheet.skipped.length).toBe(sheet.rowsRead);
      const rowNumbers = [...sheet.rows.map((r) => r.row), ...sheet.skipped.map((s) => s.row)];
      expect(new Set(rowNumbers).size).toBe(rowNumbers.length);
    });
  });

  test("the reasons name what each skipped row is", async () => {
    const read = await readWorkbook(path.join(fixtures, "cdrp-self-assessment.xlsx"));
    if (!read.ok) throw new Error(read.error.message);
    const [sheet] = analyseBook(read.book.sheets, { asOf: manifest.asOf });
    const reasonOf = (row: number) => sheet.skipped.find((s) => s.row === row)?.reason;
    expect(reasonOf(1)).toBe("header row");
    expect(reasonOf(2)).toBe("section heading");
    expect(reasonOf(66)).toBe("key or legend");
    expect(reasonOf(67)).toBe("key or legend");
  });
});
