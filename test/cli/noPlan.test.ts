/** `plancheck check` fails a file that yields no plan, as `combine` leaves it out: one verdict for both. */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "./runCli";

const PLAN = [
  ["Action", "Lead", "Due date", "Status"],
  ["Agree the terms of reference", "Head of Policy", "30/06/2024", "Complete"],
];
const CHANGE_LOG = [
  ["Version", "Date", "Author", "Description"],
  ["1.0", "01/05/2024", "Ann Smith", "First issue of the plan"],
  ["1.1", "03/05/2024", "Bob Jones", "Added the housing actions"],
];
const EMPTY_TEMPLATE = [["Ref", "Action", "Lead", "Due date", "Status"], ["1"], ["1.1"], ["1.2"], ["2"]];

/** A workbook of named sheets, each a grid of strings, written with exceljs as Excel would save it. */
async function workbook(dir: string, name: string, sheets: Record<string, string[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(rows);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

const tmp = () => mkdtempSync(path.join(tmpdir(), "plancheck-noplan-"));

describe("plancheck check on a file that yields no plan", () => {
  test("a change log alone: exit 1, the sheet says what it is and the file says it has no plan", async () => {
    const file = await workbook(tmp(), "history.xlsx", { "Version history": CHANGE_LOG });
    const { code, stdout } = await runCli("check", "--as-of", "2024-06-01", file);
    expect(code).toBe(1);
    expect(stdout).toMatch(/info\s+-\s+No plan table found on sheet "Version history": row 1 \(Version \| Date \| Author \| Description\) heads a change log/);
    expect(stdout).toContain("✗ no plan in this file");
  });

  test("an empty template: exit 1 with a warning that it is not filled in", async () => {
    const file = await workbook(tmp(), "return.xlsx", { Plan: EMPTY_TEMPLATE });
    const { code, stdout } = await runCli("check", "--json", "--as-of", "2024-06-01", file);
    expect(code).toBe(1);
    const sheet = JSON.parse(stdout).files[0].sheets[0];
    expect(sheet.rows).toEqual([]);
    expect(sheet.findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([["not-filled-in", "warning"]]);
  });

  test("a table no template places: exit 1 with a no-plan warning naming the header row", async () => {
    const dir = tmp();
    const file = path.join(dir, "tracker.csv");
    writeFileSync(file, "ap_title,resp,END,Prog\nWrite the brief,Ann,31/05/2024,Done\n");
    const { code, stdout } = await runCli("check", "--as-of", "2024-06-01", file);
    expect(code).toBe(1);
    expect(stdout).toMatch(/warning\s+A1\s+No plan table found on sheet "tracker": row 1 looks most like a header/);
  });

  test("a plan beside a change log: exit 0, and the change log is only information", async () => {
    const file = await workbook(tmp(), "plan.xlsx", { Plan: PLAN, "Version history": CHANGE_LOG });
    const { code, stdout } = await runCli("check", "--json", "--as-of", "2024-06-01", file);
    expect(code).toBe(0);
    const [plan, log] = JSON.parse(stdout).files[0].sheets;
    expect(plan.rows).toHaveLength(1);
    expect(log.findings.map((f: { severity: string }) => f.severity)).toEqual(["info"]);
  });

  test("flags still exits 0 on a readable file without a plan", async () => {
    const file = await workbook(tmp(), "history.xlsx", { "Version history": CHANGE_LOG });
    expect((await runCli("flags", "--as-of", "2024-06-01", file)).code).toBe(0);
  });

  test("check and combine give the same verdict on the same files", async () => {
    const dir = tmp();
    const files = [
      await workbook(dir, "Craven.xlsx", { Plan: PLAN }),
      await workbook(dir, "Eden.xlsx", { Plan: EMPTY_TEMPLATE }),
      await workbook(dir, "Kendal.xlsx", { Changes: CHANGE_LOG }),
    ];
    const out = path.join(tmp(), "combined.json");
    const verdicts: [string, number, number][] = [];
    for (const file of files) {
      const check = await runCli("check", "--as-of", "2024-06-01", file);
      const combine = await runCli("combine", "--as-of", "2024-06-01", "--format", "json", "-o", out, file);
      verdicts.push([path.basename(file), check.code, combine.code]);
    }
    expect(verdicts).toEqual([
      ["Craven.xlsx", 0, 0],
      ["Eden.xlsx", 1, 1],
      ["Kendal.xlsx", 1, 1],
    ]);
  });
});
