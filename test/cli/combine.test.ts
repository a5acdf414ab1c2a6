/**
 * `plancheck combine` end to end: the seed-layout district plans plus broken files from the corpus,
 * combined into a workbook that is then read back.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { runCli } from "./runCli";

const fixtures = path.resolve(__dirname, "../fixtures");
const corpus = path.resolve(__dirname, "../../../shared/corpus/odd");
const DISTRICT_FILES = readdirSync(fixtures).filter((f) => /action plan 2010\.(xlsx|csv)$/.test(f));

/** A folder of district plans (copies of the fixtures) plus broken files, as an officer would receive them. */
function inbox(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "plancheck-inbox-"));
  for (const f of DISTRICT_FILES) copyFileSync(path.join(fixtures, f), path.join(dir, f));
  copyFileSync(path.join(corpus, "encrypted-agile.xlsx"), path.join(dir, "Eden action plan 2010.xlsx"));
  copyFileSync(path.join(corpus, "derived-truncated-form.xlsx"), path.join(dir, "Copeland action plan 2010.xlsx"));
  copyFileSync(path.join(fixtures, "cohesion-delivery-plan-2008-09.xlsx"), path.join(dir, "Kendal delivery plan.xlsx"));
  return dir;
}

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/**
 * A written sheet's values as Excel would show them when opened (formula cells by their cached results),
 * read with PlanCheck's own reader: exceljs's reader drops cached results that are FALSE or 0.
 */
async function sheetValues(file: string, name: string): Promise<unknown[][]> {
  const read = await readWorkbook(file);
  if (!read.ok) throw new Error(read.error.message);
  const grid = read.book.sheets.find((s) => s.name === name);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid.rows
    .filter((cells) => cells && cells.some((c) => c && c.kind !== "empty"))
    .map((cells) => cells.map((c) => (c.kind === "empty" ? null : c.value)));
}

describe("plancheck combine DIR -o combined.xlsx", () => {
  const dir = inbox();
  const out = path.join(mkdtempSync(path.join(tmpdir(), "plancheck-out-")), "combined.xlsx");
  const before = new Map(readdirSync(dir).map((f) => [f, sha(path.join(dir, f))]));
  let result: Awaited<ReturnType<typeof runCli>>;
  let combined: unknown[][];

  beforeAll(async () => {
    result = await runCli("combine", dir, "-o", out, "--as-of", "2010-07-01");
    combined = await sheetValues(out, "Combined");
  });

  test("exit 1: some files need attention, and the summary names them", () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Eden\s+Eden action plan 2010\.xlsx.*NOT COMBINED: .*password-protected/);
    expect(result.stdout).toMatch(/Copeland\s+Copeland action plan 2010\.xlsx.*NOT COMBINED: .*damaged/);
    expect(result.stdout).toContain(`Written to ${out}`);
  });

  test("sources are untouched (same bytes) and nothing new appears beside them", () => {
    expect(new Map(readdirSync(dir).map((f) => [f, sha(path.join(dir, f))]))).toEqual(before);
  });

  test("every action row of every readable file is present once, with provenance, and matches plancheck flags", async () => {
    const flags = JSON.parse((await runCli("flags", "--json", "--as-of", "2010-07-01", dir)).stdout);
    const expected = flags.files.flatMap((f: { file: string; sheets: { name: string; rows: { row: number; overdue: boolean; daysOverdue: number; rag: string }[] }[] }) =>
      f.sheets.flatMap((s) => s.rows.map((r) => [path.basename(f.file), s.name, r.row, r.overdue, r.daysOverdue, r.rag])),
    );
    const [header, ...rows] = combined;
    const col = (name: string) => header.indexOf(name);
    const got = rows.map((r) => [r[col("File")], r[col("Sheet")], r[col("Row")], r[col("Overdue")], r[col("Days overdue")], r[col("RAG")]]);
    expect(got).toEqual(expected);
    const keys = rows.map((r) => r[col("Row key")]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("rows read = rows combined + rows skipped, for every file, as printed", () => {
    for (const line of result.stdout.split("\n").filter((l) => /action plan 2010|delivery plan/.test(l))) {
      const m = /\s(\d+)\s+(\d+)\s+(\d+)\b/.exec(line);
      if (!m) continue;
      expect(Number(m[1])).toBe(Number(m[2]) + Number(m[3]));
    }
    expect(result.stdout).toMatch(/Total\s+\d+ files\s+(\d+)\s+(\d+)\s+(\d+)/);
  });

  test("the Issues sheet lists the broken files and the findings with their cells", async () => {
    const issues = (await sheetValues(out, "Issues")).map((r) => r.join(" | "));
    expect(issues.some((l) => l.includes("Eden action plan 2010.xlsx") && l.includes("encrypted"))).toBe(true);
    expect(issues.some((l) => l.includes("Hambleton action plan 2010.xlsx") && l.includes("F18"))).toBe(true);
  });

  test("the same inputs give the same rows in the same order", async () => {
    const again = path.join(path.dirname(out), "again.xlsx");
    await runCli("combine", dir, "-o", again, "--as-of", "2010-07-01");
    expect(await sheetValues(again, "Combined")).toEqual(combined);
  });
});

describe("combine safety and options", () => {
  test("refuses to write over an input file (exit 2)", async () => {
    const dir = inbox();
    const target = path.join(dir, "Selby action plan 2010.xlsx");
    const hash = sha(target);
    const { code, stderr } = await runCli("combine", dir, "-o", target, "--as-of", "2010-07-01");
    expect(code).toBe(2);
    expect(stderr).toMatch(/is one of the input files/);
    expect(sha(target)).toBe(hash);
  });

  test("text that looks like a formula stays text in the workbook and is escaped in CSV", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plancheck-inject-"));
    writeFileSync(
      path.join(dir, "Wyre action plan 2010.csv"),
      ['Action,Lead officer,Deadline,Status', '"=HYPERLINK(""http://evil"",""click"")",+44 1234,31/03/2010,Complete', "@SUM(A1),-1,30/06/2010,"].join("\r\n"),
    );
    const xlsx = path.join(dir, "out.xlsx");
    await runCli("combine", dir, "-o", xlsx, "--as-of", "2010-07-01");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("Combined");
    const header = (ws?.getRow(1).values as unknown[]).slice(1);
    const action = ws?.getRow(2).getCell(header.indexOf("Action") + 1);
    expect(action?.value).toBe('=HYPERLINK("http://evil","click")');
    expect(action?.formula).toBeUndefined();
    expect(ws?.getRow(3).getCell(header.indexOf("Owner") + 1).value).toBe("-1");
    const csv = path.join(dir, "out.csv");
    await runCli("combine", dir, "-o", csv, "--format", "csv", "--as-of", "2010-07-01");
    const text = readFileSync(csv, "utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain("'+44 1234");
  });

  test("--previous adds the changes since an earlier combined workbook", async () => {
    const dir = inbox();
    const work = mkdtempSync(path.join(tmpdir(), "plancheck-prev-"));
    const june = path.join(work, "june.xlsx");
    await runCli("combine", dir, "-o", june, "--as-of", "2010-06-15");
    const july = path.join(work, "july.xlsx");
    const { stdout } = await runCli("combine", dir, "-o", july, "--as-of", "2010-07-01", "--previous", june);
    expect(stdout).toMatch(/Changes since the previous view: [1-9]/);
    const changes = (await sheetValues(july, "Changes")).map((r) => r.join(" | "));
    // Due "By end of June 2010", nothing recorded: not overdue on 15 June, overdue on 1 July.
    expect(changes.some((l) => l.startsWith("newly-overdue | Craven") && l.includes("Carry out survey of sign-up"))).toBe(true);
  });

  test("--previous with a file that is not a combined workbook is a usage error", async () => {
    const { code, stderr } = await runCli("combine", fixtures, "-o", path.join(tmpdir(), "x.xlsx"), "--previous", path.join(fixtures, "police-engagement-plan.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a combined workbook/);
  });

  test("--format json prints the combined view on stdout", async () => {
    const { stdout, stderr } = await runCli("combine", path.join(fixtures, "Selby action plan 2010.xlsx"), "--format", "json", "--as-of", "2010-07-01");
    const view = JSON.parse(stdout);
    expect(view.rows).toHaveLength(15);
    expect(view.files[0]).toMatchObject({ district: "Selby", rowsCombined: 15 });
    expect(stderr).toContain("PlanCheck combine");
  });

  test("--district-map and --district-from name the districts", async () => {
    const work = mkdtempSync(path.join(tmpdir(), "plancheck-map-"));
    const map = path.join(work, "map.csv");
    writeFileSync(map, "File,District\nSelby action plan 2010.xlsx,Selby District Council\n");
    const mapped = JSON.parse((await runCli("combine", path.join(fixtures, "Selby action plan 2010.xlsx"), "--json", "--district-map", map)).stdout);
    expect(mapped.rows[0].district).toBe("Selby District Council");
    // Craven's logo block has "CRAVEN / District Council" in A1 (two lines, read as one name).
    const fromCell = JSON.parse((await runCli("combine", path.join(fixtures, "Craven action plan 2010.xlsx"), "--json", "--district-from", "cell:'Action Plan 2010'!A1")).stdout);
    expect(fromCell.files[0].district).toBe("CRAVEN District Council");
    expect(fromCell.rows[0].district).toBe("CRAVEN District Council");
    const missing = JSON.parse((await runCli("combine", path.join(fixtures, "Craven action plan 2010.xlsx"), "--json", "--district-from", "cell:Cover!B2")).stdout);
    expect(missing.files[0].district).toBe("Craven");
    expect(missing.findings.find((f: { code: string }) => f.code === "file-note").message).toMatch(/no sheet "Cover"/);
  });
});
