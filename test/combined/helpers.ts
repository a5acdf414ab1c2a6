/** Shared helpers for the combined-workbook tests. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";

export function tempDir(prefix = "plancheck-combined-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** RFC 4180 CSV parser (for checking what the writers and LibreOffice wrote); records end with CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (ch === "\r") i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The LibreOffice command on PATH, or null. */
export function findSoffice(): string | null {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      execFileSync("which", [name], { stdio: "pipe" });
      return name;
    } catch {
      // not this one
    }
  }
  return null;
}

/** A private LibreOffice profile that recalculates every formula when it loads an .xlsx. */
function recalculatingProfile(workDir: string): string {
  const profile = join(workDir, "lo-profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** Converts files with LibreOffice (`format` as for --convert-to) into `outDir`. */
export function convertWithLibreOffice(soffice: string, files: readonly string[], workDir: string, format: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(soffice, [`-env:UserInstallation=file://${recalculatingProfile(workDir)}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

/**
 * Converts workbooks to CSV with LibreOffice, recalculating every formula on load (OOXMLRecalcMode 0 in a
 * private profile), one CSV per sheet. Returns, per workbook, sheet name → rows.
 */
export function recalculateWithLibreOffice(soffice: string, files: readonly string[], workDir: string): Map<string, Map<string, string[][]>> {
  const out = join(workDir, "lo-out");
  // UTF-8, comma, quote; "as shown" off; every sheet to its own file (name-Sheet.csv).
  convertWithLibreOffice(soffice, files, workDir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", out);
  const result = new Map<string, Map<string, string[][]>>();
  for (const file of files) {
    const stem = basename(file).replace(/\.xlsx$/, "");
    const sheets = new Map<string, string[][]>();
    for (const name of readdirSync(out)) {
      if (name.startsWith(`${stem}-`) && name.endsWith(".csv")) {
        const text = readFileSync(join(out, name), "utf8").replace(/^\uFEFF/, "");
        sheets.set(name.slice(stem.length + 1, -4), parseCsv(text));
      }
    }
    result.set(file, sheets);
  }
  return result;
}

/** Every cell of every sheet as comparable data: address → value (formulas as { formula, result }). */
export function cellsOf(wb: ExcelJS.Workbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const ws of wb.worksheets) {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value === null || cell.value === undefined) return;
        if (cell.type === ExcelJS.ValueType.Formula) cells[cell.address] = { formula: cell.formula, result: cell.result ?? null };
        else if (cell.value instanceof Date) cells[cell.address] = cell.value.toISOString();
        else cells[cell.address] = cell.value;
      }),
    );
    out[ws.name] = cells;
  }
  return out;
}
