/**
 * `plancheck template FILE`: the template PlanCheck inferred, written out and passed back with --template,
 * reads every bundled fixture the same way; an officer's one-role correction changes that column only.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseTemplate } from "../../src/model/templates/parseTemplate";
import { runCli } from "./runCli";

const fixtures = path.resolve(__dirname, "../fixtures");
const FIXTURES = readdirSync(fixtures).filter((f) => /\.(xlsx|csv)$/.test(f));
const AS_OF = "2010-07-01";

interface JsonColumn {
  label: string;
  cell: string;
  role: string | null;
}
interface JsonRow {
  row: number;
  action: string;
  owner: string | null;
  section: string | null;
  objective: string | null;
  due: { end: string | null };
  status: { state: string };
  complete: boolean;
  overdue: boolean;
  notes: string | null;
  cells: Record<string, string>;
  extras: Record<string, string>;
}
interface JsonSheet {
  name: string;
  tables: { headerRow: number; columns: JsonColumn[] }[];
  rows: JsonRow[];
}

async function checkJson(file: string, ...extra: string[]): Promise<JsonSheet[]> {
  const { stdout } = await runCli("check", "--json", "--as-of", AS_OF, ...extra, file);
  return JSON.parse(stdout).files[0].sheets;
}

/** What "read the same way" means: the same columns with the same roles, and the same rows. */
const reading = (sheet: JsonSheet) => ({
  tables: sheet.tables.map((t) => ({ headerRow: t.headerRow, columns: t.columns.map((c) => [c.label, c.cell, c.role]) })),
  rows: sheet.rows.map((r) => [r.row, r.action, r.owner, r.section, r.objective, r.due.end, r.status.state, r.complete, r.overdue, r.notes, r.cells, r.extras]),
});

const tmp = () => mkdtempSync(path.join(tmpdir(), "plancheck-template-"));

describe("plancheck template FILE --sheet S -o T, then check --template T", () => {
  const cases: [string, string][] = [];
  beforeAll(async () => {
    for (const file of FIXTURES) {
      for (const sheet of await checkJson(path.join(fixtures, file))) if (sheet.tables.length > 0) cases.push([file, sheet.name]);
    }
  });

  test("every sheet with a plan in the bundled fixtures reads back with the same columns, roles and rows", async () => {
    expect(cases.length).toBeGreaterThanOrEqual(FIXTURES.length);
    const dir = tmp();
    for (const [file, sheetName] of cases) {
      const plan = path.join(fixtures, file);
      const out = path.join(dir, `${file}-${sheetName}.json`);
      const made = await runCli("template", plan, "--sheet", sheetName, "-o", out);
      expect({ file, sheetName, code: made.code, stderr: made.stderr }).toEqual({ file, sheetName, code: 0, stderr: "" });
      expect(parseTemplate(JSON.parse(readFileSync(out, "utf8"))).ok).toBe(true);
      const before = (await checkJson(plan)).find((s) => s.name === sheetName)!;
      const after = (await checkJson(plan, "--template", out)).find((s) => s.name === sheetName)!;
      expect({ file, sheetName, ...reading(after) }).toEqual({ file, sheetName, ...reading(before) });
    }
  }, 120_000);
});

describe("plancheck template FILE", () => {
  const craven = path.join(fixtures, "Craven action plan 2010.xlsx");

  test("without -o prints the template JSON, one field per line, from the first sheet with a plan", async () => {
    const { code, stdout } = await runCli("template", craven);
    expect(code).toBe(0);
    const parsed = parseTemplate(JSON.parse(stdout));
    if (!parsed.ok) throw new Error(parsed.problems.join());
    expect(parsed.template.name).toBe("craven-action-plan-2010");
    expect(parsed.template.description).toContain('sheet "Action Plan 2010"'); // not the Instructions sheet before it
    expect(parsed.template.fields.map((f) => [f.title, f.role])).toEqual([
      ["Ref", "ref"],
      ["Priority workstream", "section"],
      ["Action", "action"],
      ["Lead officer", "owner"],
      ["Deadline", "due"],
      ["Status", "status"],
      ["Notes", "notes"],
    ]);
    const fieldLines = stdout.split("\n").filter((l) => l.trimStart().startsWith('{"role"'));
    expect(fieldLines).toHaveLength(parsed.template.fields.length);
  });

  test("a hand-edited copy with one role changed reads that column in its new role, and the rest as before", async () => {
    const dir = tmp();
    const out = path.join(dir, "craven.json");
    expect((await runCli("template", craven, "-o", out)).code).toBe(0);
    // The officer decides the Notes column holds progress updates.
    const edited = readFileSync(out, "utf8").replace('{"role": "notes", "title": "Notes"', '{"role": "progress", "title": "Notes"');
    expect(edited).not.toEqual(readFileSync(out, "utf8"));
    const mine = path.join(dir, "craven-edited.json");
    writeFileSync(mine, edited);
    const sheet = (sheets: JsonSheet[]) => sheets.find((s) => s.name === "Action Plan 2010")!;
    const before = sheet(await checkJson(craven, "--template", out));
    const after = sheet(await checkJson(craven, "--template", mine));
    const roles = (s: JsonSheet) => s.tables[0].columns.map((c) => [c.label, c.role]);
    expect(roles(after)).toEqual(roles(before).map(([label, role]) => [label, label === "Notes" ? "progress" : role]));
    expect(after.rows.map((r) => r.row)).toEqual(before.rows.map((r) => r.row));
    const withNotes = before.rows.filter((r) => r.notes !== null);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const r of before.rows) {
      const a = after.rows.find((x) => x.row === r.row)!;
      // The Notes cell is now read as the progress update, not as notes.
      const { notes, ...others } = r.cells;
      expect(a.cells).toEqual(notes === undefined ? others : { ...others, progress: notes });
      // (A row's notes fall back to its progress update, so the text shown as its notes is the same.)
      expect(a.notes).toBe(r.notes);
      expect([a.action, a.owner, a.due.end, a.status.state, a.complete, a.overdue]).toEqual([r.action, r.owner, r.due.end, r.status.state, r.complete, r.overdue]);
    }
  });

  test("a sheet with no plan, or a file with none, is one line naming the file and sheet (exit 1)", async () => {
    const budget = await runCli("template", craven, "--sheet", "Budget");
    expect(budget.code).toBe(1);
    expect(budget.stdout).toBe("");
    expect(budget.stderr).toMatch(/^plancheck: no plan table found on sheet "Budget" of Craven action plan 2010\.xlsx[^\n]*\n$/);

    const dir = tmp();
    const numbers = path.join(dir, "budget 2010.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Costs").addRows([[2010, 1200], [2011, 1350]]);
    await wb.xlsx.writeFile(numbers);
    const none = await runCli("template", numbers, "-o", path.join(dir, "t.json"));
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^plancheck: no sheet of budget 2010\.xlsx has a plan table \(sheets: "Costs"\)[^\n]*\n$/);
    expect(readdirSync(dir)).toEqual(["budget 2010.xlsx"]); // nothing written
  });

  test("usage mistakes exit 2 with one line: no FILE, a sheet that does not exist", async () => {
    const noFile = await runCli("template");
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/give the plan FILE/);
    const noSheet = await runCli("template", craven, "--sheet", "Summary");
    expect(noSheet.code).toBe(2);
    expect(noSheet.stderr).toBe('plancheck: --sheet "Summary": Craven action plan 2010.xlsx has no sheet of that name (its sheets: "Instructions", "Action Plan 2010", "Budget")\n');
  });

  test("an unreadable file is its reader's one-line error (exit 1)", async () => {
    const { code, stderr } = await runCli("template", path.join(tmp(), "missing.xlsx"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^plancheck: missing\.xlsx was not found[^\n]*\n$/);
  });
});

describe("plancheck check prints the role of each column", () => {
  const hambleton = path.join(fixtures, "Hambleton action plan 2010.xlsx");

  test("one line per column under the sheet's heading: column letter, heading → role, and why", async () => {
    const { stdout } = await runCli("check", "--as-of", AS_OF, hambleton);
    const lines = stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith('  Sheet "2010 Plan"'));
    expect(lines[at + 1]).toBe("    columns (row 4):");
    expect(lines.slice(at + 2, at + 8).map((l) => l.replace(/\s+/g, " ").trim().replace(/ heading .*/, ""))).toEqual([
      "A Workstream → section",
      "B Objective → action",
      "C Target date → due",
      "D Progress → status",
      "E Comments → notes",
      "F Responsibility → owner",
    ]);
    expect(lines[at + 4]).toMatch(/"Target date" is another name for the due date; 13 of 14 values read as dates/);
  });

  test("a column the template gives no role is listed as ignored", async () => {
    const dir = tmp();
    const mine = path.join(dir, "hambleton.json");
    expect((await runCli("template", hambleton, "-o", mine)).code).toBe(0);
    const text = readFileSync(mine, "utf8");
    writeFileSync(mine, text.replace(/\n\s*\{"role": "notes", "title": "Comments"[^\n]*/, "").replace(/,(\n\s*\])/, "$1"));
    const { stdout } = await runCli("check", "--as-of", AS_OF, "--template", mine, hambleton);
    expect(stdout).toMatch(/E {3}Comments +→ ignored/);
  });
});
