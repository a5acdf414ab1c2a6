/**
 * `plancheck template --return`: the blank district return workbook, opened with PlanCheck's reader, with
 * exceljs (validations, frozen and protected header, page setup) and with LibreOffice; then filled in as
 * districts would and combined: no findings, every row combined.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { STATUS_WORDS } from "../../src/model/status/statusWords";
import { builtinTemplate } from "../../src/model/templates/builtins";
import { analyseBook } from "../../src/model/analyse/analyseBook";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { convertWithLibreOffice, findSoffice } from "../combined/helpers";
import { runCli } from "./runCli";

const generic = builtinTemplate("generic")!;
const fixtures = path.resolve(__dirname, "../fixtures");
const STATUS = STATUS_WORDS.map((w) => w.word);

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** What two districts write in their returns: by heading, one object per row. */
const DISTRICT_ROWS: Record<string, Record<string, ExcelJS.CellValue>[]> = {
  Craven: [
    { Ref: "1.1", Section: "Safer streets", Action: "Install lighting on the canal path", Lead: "Community Safety Officer", Due: utc(2027, 3, 31), Status: "In progress" },
    { Ref: "1.2", Action: "Publish the lighting survey", Lead: "Head of Policy", Due: utc(2026, 11, 30), Status: "Complete", Comments: "=Published online" },
    { Ref: "2.1", Section: "Young people", Action: "Open the youth hub on Fridays", Lead: "Youth Services", Due: utc(2027, 6, 30), Status: "Not started", "Progress update": "Venue agreed\nStaff to recruit" },
  ],
  Selby: [
    { Section: "Safer streets", Action: "Review CCTV coverage", Lead: "Partnership Officer", Due: utc(2027, 1, 15), Status: "On hold", Risk: "Funding" },
    { Action: "Close the old scheme", Lead: "Partnership Officer", Due: utc(2026, 12, 31), Status: "Cancelled" },
  ],
};

/**
 * exceljs reads a whole-column validation as one entry per cell (a million of them) and would write them
 * back one by one; Excel keeps the range. Put the ranges back as they were, then fill the rows.
 */
function keepValidationRanges(ws: ExcelJS.Worksheet, ranges: Record<string, string>): void {
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations;
  const model: Record<string, unknown> = {};
  for (const [first, range] of Object.entries(ranges)) model[range] = validations.model[first];
  validations.model = model;
}

describe("plancheck template --return -o return.xlsx", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "plancheck-return-"));
  const out = path.join(dir, "return.xlsx");
  let result: Awaited<ReturnType<typeof runCli>>;
  let wb: ExcelJS.Workbook;
  let plan: ExcelJS.Worksheet;
  const letter = (title: string) => String.fromCharCode(65 + generic.fields.findIndex((f) => f.title === title));

  beforeAll(async () => {
    result = await runCli("template", "--return", "-o", out, "--title", "Community safety return, March 2027");
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    plan = wb.getWorksheet("Plan")!;
  }, 120_000);

  test("writes the workbook and says what it wrote (default template: generic)", () => {
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain(`Wrote the district return for template "generic" to ${out}`);
    expect(readdirSync(dir)).toEqual(["return.xlsx"]); // written atomically: no temporary file left behind
  });

  test("PlanCheck's reader: Instructions first and left out, then the plan sheet headed with the template's titles", async () => {
    const read = await readWorkbook(out);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.book.sheets.map((s) => s.name)).toEqual(["Instructions", "Plan"]);
    const [instructions, sheet] = analyseBook(read.book.sheets, { asOf: "2027-01-01" });
    expect(instructions).toMatchObject({ tables: [], findings: [], rowsRead: 0 });
    expect(sheet).toMatchObject({ template: { name: "generic" }, headerRow: 1, rows: [] });
    expect(sheet.tables[0].columns.map((c) => [c.label, c.role])).toEqual(generic.fields.map((f) => [f.title, f.role]));
  });

  test("exceljs: the Status drop-down and the Due date check cover the whole column below the header", () => {
    const status = plan.getCell(`${letter("Status")}2`).dataValidation;
    expect(status).toMatchObject({ type: "list", allowBlank: true, showErrorMessage: true, errorStyle: "stop", formulae: [`"${STATUS.join(",")}"`] });
    expect(plan.getCell(`${letter("Status")}1048576`).dataValidation).toEqual(status);
    const due = plan.getCell(`${letter("Due")}2`).dataValidation;
    expect(due).toMatchObject({
      type: "date",
      operator: "between",
      showInputMessage: true,
      prompt: "Enter a date, e.g. 31/03/2027",
      showErrorMessage: true,
      errorTitle: "Not a date",
      error: expect.stringContaining("31/12/2099"),
    });
    expect(due.formulae).toEqual([utc(2000, 1, 1), utc(2099, 12, 31)]);
    expect(plan.getCell(`${letter("Due")}1048576`).dataValidation).toEqual(due);
    // Not on the header, and not on other columns.
    expect(plan.getCell(`${letter("Due")}1`).dataValidation).toBeUndefined();
    expect(plan.getCell(`${letter("Action")}2`).dataValidation).toBeUndefined();
  });

  test("exceljs: header frozen and locked, data rows unlocked, sheet protected without a password", () => {
    expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const protection = (plan as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    // Rows may be inserted and columns widened; nothing else about the sheet's shape may change.
    expect(protection).toMatchObject({ sheet: true, insertRows: true, formatColumns: true, formatRows: true });
    expect([protection.insertColumns, protection.deleteColumns, protection.deleteRows]).toEqual([undefined, undefined, undefined]);
    expect(plan.getColumn(generic.fields.length + 1).style?.protection?.locked ?? true).toBe(true);
    expect(protection).not.toHaveProperty("hashValue");
    for (let c = 1; c <= generic.fields.length; c++) {
      // Locked is a cell's default: a header cell must not say otherwise.
      expect(plan.getRow(1).getCell(c).protection?.locked ?? true).toBe(true);
      expect(plan.getColumn(c).style.protection).toMatchObject({ locked: false });
    }
    expect(plan.getColumn(Number(letter("Due").charCodeAt(0) - 64)).numFmt).toBe("dd/mm/yyyy");
  });

  test("exceljs: A4, en-GB, the title, and the instructions' words", () => {
    expect(plan.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(wb.getWorksheet("Instructions")!.pageSetup).toMatchObject({ paperSize: 9 });
    expect((wb as unknown as { language: string }).language).toBe("en-GB");
    expect(wb.title).toBe("Community safety return, March 2027");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Instructions", "Plan"]);
    const text: string[] = [];
    wb.getWorksheet("Instructions")!.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
    expect(text[0]).toBe("Community safety return, March 2027");
    for (const expected of [...STATUS, ...generic.fields.map((f) => f.title), "To", "By"]) expect(text).toContain(expected);
    expect(text.join("\n")).toMatch(/31\/03\/2027, 31-03-2027, 31 Mar 2027, 31 March 2027, 2027-03-31 all become 31\/03\/2027/);
  });

  const soffice = findSoffice();
  (soffice ? test : test.skip)(
    "LibreOffice opens it, and saves it back with the drop-down, the date check and the protection",
    () => {
      const lo = path.join(dir, "lo");
      convertWithLibreOffice(soffice!, [out], lo, "xlsx:Calc MS Excel 2007 XML", path.join(lo, "out"));
      const saved = path.join(lo, "out", "return.xlsx");
      expect(existsSync(saved)).toBe(true);
      return JSZip.loadAsync(readFileSync(saved)).then(async (zip) => {
        const sheets = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
        const xml = sheets.find((s) => s.includes("<dataValidation"))!;
        // LibreOffice keeps the validations from row 2 down (it writes them back over the rows it keeps) and the
        // protection; a headless conversion has no window, so the frozen pane is not expected back.
        expect(xml).toMatch(new RegExp(`<dataValidation [^>]*sqref="${letter("Due")}2:${letter("Due")}\\d+"[^>]*type="date"`));
        expect(xml).toMatch(new RegExp(`<dataValidation [^>]*sqref="${letter("Status")}2:${letter("Status")}\\d+"[^>]*type="list"`));
        expect(xml).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
      });
    },
    180_000,
  );

  test("two districts fill it in; combining their returns gives no findings and combines every row", async () => {
    const inbox = path.join(dir, "inbox");
    mkdirSync(inbox);
    const titles = plan.getRow(1).values as unknown[];
    keepValidationRanges(plan, {
      [`${letter("Due")}2`]: `${letter("Due")}2:${letter("Due")}1048576`,
      [`${letter("Status")}2`]: `${letter("Status")}2:${letter("Status")}1048576`,
    });
    for (const [district, rows] of Object.entries(DISTRICT_ROWS)) {
      rows.forEach((values, i) => {
        const row = plan.getRow(i + 2);
        for (const [title, value] of Object.entries(values)) row.getCell(titles.indexOf(title)).value = value;
      });
      writeFileSync(path.join(inbox, `${district} return.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
      rows.forEach((_, i) => plan.getRow(i + 2).eachCell((cell) => (cell.value = null)));
    }
    const { code, stdout } = await runCli("combine", "--json", "--as-of", "2027-01-01", inbox);
    expect(code).toBe(0);
    const view = JSON.parse(stdout);
    expect(view.findings).toEqual([]);
    // Every row is an action, combined; the only row left out of each return is its header.
    expect(view.skipped.map((s: { file: string; row: number; reason: string }) => [s.file, s.row, s.reason])).toEqual([
      ["Craven return.xlsx", 1, "header row"],
      ["Selby return.xlsx", 1, "header row"],
    ]);
    expect(view.files.map((f: { district: string; rowsRead: number; rowsCombined: number }) => [f.district, f.rowsRead, f.rowsCombined])).toEqual([
      ["Craven", 4, 3],
      ["Selby", 3, 2],
    ]);
    const actions = view.rows.map((r: { district: string; action: string; section: string; state: string; dueDate: string }) => [r.district, r.action, r.section, r.state, r.dueDate]);
    expect(actions).toEqual([
      ["Craven", "Install lighting on the canal path", "Safer streets", "in-progress", "2027-03-31"],
      ["Craven", "Publish the lighting survey", "Safer streets", "complete", "2026-11-30"],
      ["Craven", "Open the youth hub on Fridays", "Young people", "not-started", "2027-06-30"],
      ["Selby", "Review CCTV coverage", "Safer streets", "blocked", "2027-01-15"],
      ["Selby", "Close the old scheme", "Safer streets", "cancelled", "2026-12-31"],
    ]);
  }, 120_000);
});

describe("plancheck template FILE --return: a return laid out like a district's own plan", () => {
  test("the return's plan sheet has the plan's headings, and reads back with the plan's roles", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plancheck-return-"));
    const out = path.join(dir, "hambleton return.xlsx");
    const plan = path.join(fixtures, "Hambleton action plan 2010.xlsx");
    const { code } = await runCli("template", plan, "--return", "-o", out);
    expect(code).toBe(0);
    const [original, made] = await Promise.all([readWorkbook(plan), readWorkbook(out)]);
    if (!original.ok || !made.ok) throw new Error("unreadable");
    const roles = (sheets: ReturnType<typeof analyseBook>) => sheets.find((s) => s.tables.length > 0)!.tables[0].columns.map((c) => [c.label, c.role]);
    expect(roles(analyseBook(made.book.sheets, { asOf: "2027-01-01" }))).toEqual(roles(analyseBook(original.book.sheets, { asOf: "2027-01-01" })));
  });

  test("usage mistakes exit 2 with one line", async () => {
    const plan = path.join(fixtures, "Hambleton action plan 2010.xlsx");
    for (const args of [
      ["template", plan, "--return", "--template", "generic"],
      ["template", "--return", "-o", "return.csv"],
      ["template", "--return", "--sheet", "Plan"],
      ["template", "--return", "--template", "nonesuch"],
    ]) {
      const { code, stderr } = await runCli(...args);
      expect(code).toBe(2);
      expect(stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
