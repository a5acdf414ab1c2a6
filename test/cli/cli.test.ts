import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runCli } from "./runCli";

const fixtures = path.resolve(__dirname, "../fixtures");
const corpus = path.resolve(__dirname, "../../../shared/corpus/odd");
const fixture = (name: string) => path.join(fixtures, name);

describe("plancheck flags --json", () => {
  test("prints one document in the documented shape, echoing the as-of date", async () => {
    const { code, stdout } = await runCli("flags", "--json", "--as-of", "2010-07-01", fixture("north-yorkshire-engagement-2009-10.xlsx"));
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.asOf).toBe("2010-07-01");
    const [file] = doc.files;
    expect(file.error).toBeNull();
    const [sheet] = file.sheets;
    expect(sheet).toMatchObject({ name: "Action Plan 2009-10", template: "north-yorkshire", headerRow: 4 });
    expect(sheet.rows[0]).toEqual(
      expect.objectContaining({
        row: 5,
        section: "Production of Framework and adoption by relevant partnerships and organisations",
        action: "Draft Framework adopted by NYSP Executive",
        owner: "Head of Policy and Partnerships, NYCC",
        due: expect.objectContaining({ text: "30 April 2009", kind: "date", start: "2009-04-30", end: "2009-04-30" }),
        status: expect.objectContaining({ text: "✓", state: "complete", fraction: 1 }),
        complete: true,
        completedBy: "status",
        overdue: false,
        daysOverdue: 0,
        rag: "blue",
      }),
    );
    const survey = sheet.rows.find((r: { row: number }) => r.row === 13);
    expect(survey).toMatchObject({ due: { text: "By end of June 2010", end: "2010-06-30" }, overdue: true, daysOverdue: 1, rag: "red" });
    expect(sheet.findings[0]).toEqual(
      expect.objectContaining({ code: "blank-required", severity: "error", cell: "G43", field: "owner", message: expect.any(String), hint: expect.any(String) }),
    );
    expect(Object.keys(sheet.summary)).toEqual(expect.arrayContaining(["rows", "complete", "overdue", "completion"]));
    expect(doc.summary).toMatchObject({ files: 1, rows: 34, errors: 1 });
  });

  test("each row says which field decided it is complete: a completion date, as Asana exports it", async () => {
    const { code, stdout } = await runCli("flags", "--json", "--as-of", "2024-11-29", fixture("exports/asana-export.csv"));
    expect(code).toBe(0);
    const [sheet] = JSON.parse(stdout).files[0].sheets;
    expect(sheet.template).toBe("asana");
    const byRow = (row: number) => sheet.rows.find((r: { row: number }) => r.row === row);
    expect(byRow(2)).toMatchObject({ complete: true, completedBy: "completed", overdue: false, status: { state: "complete" } });
    expect(byRow(3)).toMatchObject({ complete: false, completedBy: null, overdue: true });
  });

  test("one unreadable file is reported and the others are still processed (exit 1)", async () => {
    const { code, stdout } = await runCli(
      "flags",
      "--json",
      "--as-of",
      "2010-07-01",
      path.join(corpus, "legacy-biff8.xls"),
      fixture("Ryedale action plan 2010.csv"),
    );
    expect(code).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.files[0].error).toMatchObject({ code: "legacy-xls", message: expect.stringContaining("legacy-biff8.xls") });
    expect(doc.files[0].error.message).toMatch(/save.*\.xlsx/i);
    expect(doc.files[1].error).toBeNull();
    expect(doc.files[1].sheets[0].rows).toHaveLength(10);
  });

  test("without --as-of the flags are computed as of today, and the date is echoed", async () => {
    const { stdout } = await runCli("flags", "--json", fixture("Ryedale action plan 2010.csv"));
    expect(JSON.parse(stdout).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("--quarters financial changes the reading of Q2 2010, and says so", async () => {
    const read = async (rule: string) => {
      const { stdout } = await runCli("flags", "--json", "--as-of", "2010-07-01", "--quarters", rule, fixture("police-engagement-plan.xlsx"));
      return JSON.parse(stdout).files[0].sheets[0].rows.find((r: { due: { text: string } }) => r.due.text === "Q2 2010");
    };
    expect((await read("calendar")).due).toMatchObject({ end: "2010-06-30", reading: expect.stringMatching(/calendar/) });
    expect((await read("financial")).due).toMatchObject({ end: "2010-09-30", reading: expect.stringMatching(/financial/) });
  });

  test("--amber-days widens the amber window", async () => {
    const amber = async (days: string) => {
      const { stdout } = await runCli("flags", "--json", "--as-of", "2010-07-01", "--amber-days", days, fixture("north-yorkshire-engagement-2009-10.xlsx"));
      return JSON.parse(stdout).files[0].sheets[0].rows.find((r: { row: number }) => r.row === 18).rag;
    };
    expect(await amber("14")).toBe("green"); // due 30/09/2010
    expect(await amber("100")).toBe("amber");
  });
});

describe("plancheck flags (text)", () => {
  test("sections, readings, and completion per table and per sheet", async () => {
    const { code, stdout } = await runCli("flags", "--as-of", "2010-07-01", fixture("Selby action plan 2010.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toContain("PlanCheck flags · as of 2010-07-01");
    expect(stdout).toContain("§ Joint local problem solving");
    expect(stdout).toMatch(/20\s+amber\s+9 July 2010\s+09\/07\/2010\s+in-progress: In progress/);
    expect(stdout).toContain("Table 1 (header A3): completion 71%, 5 of 7 actions complete, 2 overdue");
    expect(stdout).toContain("Table 2 (header A15): completion 13%, 1 of 8 actions complete, 1 overdue");
    expect(stdout).toContain("Completion 40%: 6 of 15 actions complete");
  });
});

describe("plancheck check", () => {
  test("exit 0 and no problems for a clean plan", async () => {
    const { code, stdout } = await runCli("check", "--as-of", "2010-07-01", fixture("Selby action plan 2010.xlsx"));
    expect(stdout).toContain("no problems found");
    expect(code).toBe(0);
  });

  test("exit 1 and each problem with its cell and a hint", async () => {
    const { code, stdout } = await runCli("check", "--as-of", "2010-07-01", fixture("Hambleton action plan 2010.xlsx"));
    expect(code).toBe(1);
    expect(stdout).toMatch(/error\s+F18\s+owner\s+Row 18 has no Lead/);
    expect(stdout).toMatch(/warning\s+C12\s+due\s+The due date "When funding allows"/);
    expect(stdout).toContain("→ Fill in the Lead");
  });

  test("a folder is expanded to its plan files", async () => {
    const { stdout } = await runCli("check", "--json", "--as-of", "2010-07-01", fixtures);
    const names = JSON.parse(stdout).files.map((f: { file: string }) => path.basename(f.file));
    expect(names).toContain("Ryedale action plan 2010.csv");
    expect(names).toContain("police-engagement-plan.xlsx");
    expect(names).not.toContain("manifest.json");
  });

  test("a template file of the user's own is used for every sheet", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "plancheck-"));
    const file = path.join(dir, "ryedale.json");
    writeFileSync(
      file,
      JSON.stringify({
        name: "ryedale",
        fields: [
          { role: "action", title: "Action", required: true },
          { role: "owner", title: "Lead officer", required: true },
          { role: "due", title: "Deadline", required: true },
          { role: "risk", title: "Risk rating", required: true },
        ],
      }),
    );
    const { code, stdout } = await runCli("check", "--json", "--as-of", "2010-07-01", "--template", file, fixture("Ryedale action plan 2010.csv"));
    expect(code).toBe(1);
    const sheet = JSON.parse(stdout).files[0].sheets[0];
    expect(sheet.template).toBe("ryedale");
    expect(sheet.findings.find((f: { code: string }) => f.code === "missing-label")).toMatchObject({ field: "risk", cell: "A1" });
  });
});

describe("usage errors exit 2 with a message", () => {
  test.each([
    [["flags", "--as-of", "01/07/2010", "x.xlsx"], /--as-of must be a date written YYYY-MM-DD/],
    [["flags", "--as-of", "2010-02-30", "x.xlsx"], /--as-of/],
    [["flags", "--amber-days", "soon", "x.xlsx"], /--amber-days/],
    [["flags", "--template", "nonsense", "x.xlsx"], /not a built-in template/],
    [["flags", "--template", "/no/such/template.json", "x.xlsx"], /cannot read/],
    [["flags", "--quarters", "lunar", "x.xlsx"], /quarters/],
    [["flags"], /missing required argument/],
    [["frobnicate"], /unknown command/],
  ])("%j", async (args, message) => {
    const { code, stderr } = await runCli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe("as a real process", () => {
  test("a large JSON document arrives whole through a pipe", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", path.join(__dirname, "entry.ts"), "flags", "--json", "--as-of", "2010-07-01", fixtures],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((e: { stdout: string }) => e);
    const doc = JSON.parse(stdout);
    expect(doc.files.length).toBeGreaterThan(10);
  }, 60_000);
});
