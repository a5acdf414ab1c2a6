/**
 * The combined view written into the current workbook as the CLI's combined workbook lays it out
 * (src/workbook/combined): Combined, Summary, Issues, Changes (when there are changes) and About, the data
 * as real Excel tables, the flags and the Summary as the same formulas over the names AsOf and AmberDays
 * (About!B2 and B3). Office.js cannot store a formula's cached result, so Excel calculates them.
 *
 * Re-running replaces the sheets an earlier run made (found by their PlanCheck mark, whatever they are
 * called now) and nothing else; a name taken by an officer's own sheet gets " (PlanCheck)". All writes go
 * through one SyncBatch: values first, then tables and formats, each sync under the payload budget and with
 * calculation suspended. Syncs: two to look at the workbook, then one per ~3.5 MB written (one in all for a
 * few thousand rows).
 */
import { columnLetters } from "../../model/a1";
import type { CombinedView } from "../../model/combine/types";
import type { DateSystem } from "../../model/grid";
import { ABOUT_TITLE, aboutLines, AMBER_DAYS_CELL, AS_OF_CELL, fileRows, FILES_FORMATS, FILES_HEADER_ROW, FILES_HEADERS, FILES_TABLE, FILES_TITLE, INPUT_FILL_ARGB } from "../../workbook/combined/aboutSheet";
import { CHANGES_FORMATS, CHANGES_HEADERS, CHANGES_TABLE, changeRows } from "../../workbook/combined/changesSheet";
import { CHART_TITLE } from "../../workbook/combined/chart";
import { combinedColumns, isFormula, letterOf, type Value } from "../../workbook/combined/columns";
import { COMBINED_TABLE, combinedRanges, combinedWidths, MAX_COMBINED_ROWS } from "../../workbook/combined/combinedSheet";
import { AMBER_DAYS_NAME, AS_OF_NAME } from "../../workbook/combined/formulas";
import { ISSUES_FORMATS, ISSUES_HEADERS, ISSUES_TABLE, issueRows } from "../../workbook/combined/issuesSheet";
import { DATE_FORMAT, PERCENT_FORMAT, TIMESTAMP_FORMAT, type ColumnFormat } from "../../workbook/combined/styles";
import { SUMMARY_FIRST_ROW, SUMMARY_HEADERS, summaryRows } from "../../workbook/combined/summarySheet";
import { tableWidths } from "../../workbook/combined/tables";
import { displayLength } from "../../workbook/combined/widths";
import { jsonBytes, SyncBatch } from "./chunking";
import { addRagFormats, cssColour } from "./conditionalFormats";
import { askDateSystem } from "./dateSystem";
import { claimSheet, freeSheetName, listSheets, type SheetInfo, type SheetRole } from "./ownSheets";
import { HostProblem } from "./run";
import { formatTable, lastTableRow, pointsForChars, writeTableValues, type TableSpec } from "./tableWriter";
import { cellInput, formulaInput, textInput, type CellInput } from "./text";

type OutputRole = Exclude<SheetRole, "settings">;
const OUTPUT_ROLES: readonly OutputRole[] = ["Combined", "Summary", "Issues", "Changes", "About"];

/** A formula column's formula ("=…"), for Range.formulas. */
function formulaOf(v: Value): string {
  if (!isFormula(v)) throw new Error("PlanCheck: a formula column gave a value that is not a formula.");
  return formulaInput(v.formula);
}

/** "A, B and C" */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** `base` if no table or defined name has it (`taken`, lower case), else base_PlanCheck, base_PlanCheck2… */
function freeTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 1; taken.has(name.toLowerCase()); i++) name = `${base}_PlanCheck${i === 1 ? "" : i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The sheet a defined name's formula points at ("=About!$B$2", "='About (PlanCheck)'!$B$2"), or null. */
function sheetOfName(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!']+))!/.exec(formula);
  return m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : null;
}

/**
 * Throws when the workbook has a name the combined sheets need (AsOf, AmberDays) that PlanCheck did not make:
 * a defined name, or a table of the officer's (tables and defined names share one namespace).
 */
function checkNames(names: readonly Excel.NamedItem[], old: readonly SheetInfo[], kept: readonly SheetInfo[]): void {
  const needed = new Set([AS_OF_NAME, AMBER_DAYS_NAME].map((n) => n.toLowerCase()));
  for (const s of kept) {
    const table = s.tables.find((t) => needed.has(t.toLowerCase()));
    if (table) {
      throw new HostProblem(
        `The table "${table}" on the sheet "${s.name}" has a name the combined sheets' formulas need for a named cell. ` +
          "Rename that table (Table Design › Table Name), then write the combined sheets again.",
      );
    }
  }
  const oldAbout = new Set(old.filter((s) => s.role === "About").map((s) => s.name.toLowerCase()));
  for (const item of names) {
    if (item.isNullObject || item.formula.includes("#REF!")) continue;
    const sheet = sheetOfName(item.formula);
    if (sheet === null || !oldAbout.has(sheet.toLowerCase())) {
      throw new HostProblem(
        `This workbook already has a name "${item.name}" (Formulas › Name Manager) that PlanCheck did not make, and the combined sheets' formulas need it. ` +
          "Rename or delete that name, then write the combined sheets again.",
      );
    }
  }
}

/** The five tables' layouts, from the same definitions as the CLI's workbook. */
function tableSpecs(view: CombinedView, sheets: Record<OutputRole, Excel.Worksheet | undefined>, tableName: (base: string) => string, system: DateSystem): TableSpec[] {
  const inputs = (rows: Value[][]) => (i: number) => rows[i].map((v) => cellInput(v, system));
  const simple = (sheet: Excel.Worksheet, name: string, headers: readonly string[], formats: ColumnFormat[], rows: Value[][], headerRow = 1): TableSpec => ({
    sheet,
    name: tableName(name),
    headerRow,
    headers,
    formats,
    rowCount: rows.length,
    row: inputs(rows),
    widths: tableWidths({ headers, formats, rows }),
  });
  const columns = combinedColumns(view);
  const specs: TableSpec[] = [
    {
      sheet: sheets.Combined as Excel.Worksheet,
      name: tableName(COMBINED_TABLE),
      headerRow: 1,
      headers: columns.map((c) => c.header),
      formats: columns.map((c) => c.format),
      rowCount: view.rows.length,
      // A formula column's formula is written on the first row only, through Range.formulas, and filled down.
      row: (i) => columns.map((c) => (c.result ? "" : cellInput(c.value(view.rows[i], i + 2), system))),
      formulaColumns: view.rows.length === 0 ? [] : columns.flatMap((c, column) => (c.result ? [{ column, formula: formulaOf(c.value(view.rows[0], 2)) }] : [])),
      widths: combinedWidths(view, columns),
    },
    simple(sheets.Issues as Excel.Worksheet, ISSUES_TABLE, ISSUES_HEADERS, ISSUES_FORMATS, issueRows(view)),
  ];
  if (view.changes !== null && sheets.Changes) specs.push(simple(sheets.Changes, CHANGES_TABLE, CHANGES_HEADERS, CHANGES_FORMATS, changeRows(view.changes)));
  const files = simple(sheets.About as Excel.Worksheet, FILES_TABLE, FILES_HEADERS, FILES_FORMATS, fileRows(view.files), FILES_HEADER_ROW);
  files.widths = files.widths.map((w, i) => (i === 0 ? Math.max(w, 20) : i === 1 ? Math.max(w, 40) : w));
  specs.push(files);
  return specs;
}

/**
 * The Summary: its header and the district names (text) through Range.values, its figures (formulas, and the
 * districts' findings as numbers) through Range.formulas, the completion column's percent format first.
 */
async function writeSummary(batch: SyncBatch, sheet: Excel.Worksheet, view: CombinedView, combinedLastRow: number, combinedSheet: string, system: DateSystem): Promise<void> {
  const body = summaryRows(view, combinedRanges(combinedLastRow, combinedSheet));
  const header = [SUMMARY_HEADERS.map(textInput)];
  const names = body.map(([name]) => [cellInput(name, system)]);
  const figures = body.map(([, ...rest]) => rest.map((v): CellInput => (isFormula(v) ? formulaInput(v.formula) : cellInput(v, system))));
  const completion = SUMMARY_HEADERS.indexOf("Completion %");
  const percent = body.map(() => [PERCENT_FORMAT]);
  await batch.add(jsonBytes(header) + jsonBytes(names) + jsonBytes(figures) + jsonBytes(percent), () => {
    sheet.getRangeByIndexes(0, 0, 1, SUMMARY_HEADERS.length).values = header;
    sheet.getRangeByIndexes(1, 0, body.length, 1).values = names;
    sheet.getRangeByIndexes(1, completion, body.length, 1).numberFormat = percent;
    sheet.getRangeByIndexes(1, 1, body.length, SUMMARY_HEADERS.length - 1).formulas = figures;
  });
}

async function formatSummary(batch: SyncBatch, sheet: Excel.Worksheet, view: CombinedView): Promise<void> {
  const n = SUMMARY_HEADERS.length;
  const last = SUMMARY_FIRST_ROW + view.districts.length - 1;
  const totalRow = last + 1;
  const completion = columnLetters(SUMMARY_HEADERS.indexOf("Completion %"));
  await batch.add(0, () => {
    const header = sheet.getRangeByIndexes(0, 0, 1, n);
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.verticalAlignment = "Top";
    const total = sheet.getRangeByIndexes(totalRow - 1, 0, 1, n);
    total.format.font.bold = true;
    total.format.borders.getItem("EdgeTop").style = "Continuous";
    const nameWidth = Math.min(40, Math.max(10, ...view.districts.map((d) => displayLength(d.district, "text") + 2)));
    sheet.getRange("A:A").format.columnWidth = pointsForChars(nameWidth);
    for (let c = 1; c < n; c++) sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = pointsForChars(Math.max(10, SUMMARY_HEADERS[c].length + 2));
    sheet.freezePanes.freezeAt(sheet.getRange("A1"));
    if (view.districts.length === 0) return;
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange(`${completion}1:${completion}${last}`), "Columns");
    chart.title.text = CHART_TITLE;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange(`A${SUMMARY_FIRST_ROW}:A${last}`));
    chart.setPosition(`${columnLetters(n + 1)}2`, `${columnLetters(n + 1 + Math.max(8, Math.min(40, Math.ceil(view.districts.length * 0.8) + 2)))}22`);
  });
}

async function writeAbout(batch: SyncBatch, context: Excel.RequestContext, sheet: Excel.Worksheet, view: CombinedView, system: DateSystem): Promise<number> {
  const lines = aboutLines(view);
  const rows = [[textInput(ABOUT_TITLE), ""], ...lines.map(([label, value]) => [textInput(label), cellInput(value, system)])];
  await batch.add(jsonBytes(rows), () => {
    sheet.getRangeByIndexes(0, 0, rows.length, 2).values = rows;
    sheet.getRange(`A${FILES_HEADER_ROW - 1}`).values = [[textInput(FILES_TITLE)]];
    context.workbook.names.add(AS_OF_NAME, sheet.getRange(AS_OF_CELL), "PlanCheck: the date the Combined sheet's flags are computed as of");
    context.workbook.names.add(AMBER_DAYS_NAME, sheet.getRange(AMBER_DAYS_CELL), "PlanCheck: actions due within this many days are amber");
  });
  return lines.length;
}

async function formatAbout(batch: SyncBatch, sheet: Excel.Worksheet, lineCount: number): Promise<void> {
  await batch.add(0, () => {
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A1").format.font.size = 14;
    sheet.getRange(`A2:A${lineCount + 1}`).format.font.bold = true;
    const values = sheet.getRange(`B2:B${lineCount + 1}`);
    values.format.verticalAlignment = "Top";
    values.format.horizontalAlignment = "Left";
    values.format.wrapText = true;
    sheet.getRange(AS_OF_CELL).numberFormat = [[DATE_FORMAT]];
    sheet.getRange("B5").numberFormat = [[TIMESTAMP_FORMAT]];
    for (const ref of [AS_OF_CELL, AMBER_DAYS_CELL]) {
      const cell = sheet.getRange(ref);
      cell.format.fill.color = cssColour(INPUT_FILL_ARGB);
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) cell.format.borders.getItem(edge).style = "Continuous";
    }
    sheet.getRange(`A${FILES_HEADER_ROW - 1}`).format.font.bold = true;
  });
}

export async function writeCombined(context: Excel.RequestContext, view: CombinedView): Promise<string> {
  if (view.rows.length > MAX_COMBINED_ROWS) {
    throw new HostProblem(
      `${view.rows.length.toLocaleString("en-GB")} rows do not fit on one Excel sheet (at most ${MAX_COMBINED_ROWS.toLocaleString("en-GB")}): combine fewer files, or use the command line's --format csv.`,
    );
  }
  const dateSystem = askDateSystem(context);
  const names = [AS_OF_NAME, AMBER_DAYS_NAME].map((name) => {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load("name,formula");
    return item;
  });
  const workbookNames = context.workbook.names;
  workbookNames.load("items/name");
  const sheets = await listSheets(context);
  const old = sheets.filter((s) => s.role !== null && s.role !== "settings");
  const kept = sheets.filter((s) => !old.includes(s));
  checkNames(names, old, kept);

  const roles = OUTPUT_ROLES.filter((r) => r !== "Changes" || view.changes !== null);
  const keptNames = new Set(kept.map((s) => s.name.toLowerCase()));
  const sheetNames = Object.fromEntries(roles.map((r) => [r, freeSheetName(r, keptNames)])) as Record<OutputRole, string>;
  const allNames = new Set([...sheets.map((s) => s.name.toLowerCase()), ...keptNames]);
  const tempNames = old.map((_, i) => freeSheetName(`PlanCheck old ${i + 1}`, allNames));
  // Every name a table of ours could clash with, found before anything changes: the tables kept, and the
  // defined names of either scope (they share one namespace with tables) but AsOf and AmberDays, which are
  // PlanCheck's (checkNames) and replaced.
  const ours = new Set([AS_OF_NAME, AMBER_DAYS_NAME].map((n) => n.toLowerCase()));
  const definedNames = [...workbookNames.items.map((n) => n.name), ...kept.flatMap((s) => s.names)].filter((n) => !ours.has(n.toLowerCase()));
  const tables = new Set([...kept.flatMap((s) => s.tables), ...definedNames].map((t) => t.toLowerCase()));

  const batch = new SyncBatch(context);
  const out = {} as Record<OutputRole, Excel.Worksheet | undefined>;
  await batch.add(0, () => {
    // The old output is renamed out of the way first and deleted once the new sheets exist, so the
    // workbook always keeps a visible sheet; deleting it frees its table names too.
    old.forEach((s, i) => (s.sheet.name = tempNames[i]));
    for (const item of names) if (!item.isNullObject) item.delete();
    for (const role of roles) {
      const sheet = context.workbook.worksheets.add(sheetNames[role]);
      claimSheet(sheet, role);
      out[role] = sheet;
    }
    for (const s of old) s.sheet.delete();
  });

  const system = dateSystem();
  const specs = tableSpecs(view, out, (base) => freeTableName(base, tables), system);
  const [combined] = specs;
  const about = out.About as Excel.Worksheet;
  const summary = out.Summary as Excel.Worksheet;

  // Values: About first, so that the names the formulas use exist before the formulas do.
  const aboutLineCount = await writeAbout(batch, context, about, view, system);
  for (const spec of specs) await writeTableValues(batch, spec);
  await writeSummary(batch, summary, view, lastTableRow(combined), sheetNames.Combined, system);

  // Formats, tables and conditional formats, after every value.
  for (const spec of specs) await formatTable(batch, spec);
  const rag = letterOf("RAG");
  await batch.add(0, () => addRagFormats(combined.sheet.getRange(`${rag}2:${rag}${lastTableRow(combined)}`)));
  await formatSummary(batch, summary, view);
  await formatAbout(batch, about, aboutLineCount);
  await batch.add(0, () => combined.sheet.activate());
  await batch.flush();
  return `Written to the ${listed(roles.map((r) => sheetNames[r]))} sheets`;
}
