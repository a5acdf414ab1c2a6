/** The Issues sheet: every finding, every skipped row and every file that could not be read, as one table. */
import type ExcelJS from "exceljs";
import type { CombinedView, SkipReason } from "../../model/combine/types";
import type { CellSource, Value } from "./columns";
import type { ColumnFormat, SharedStyles } from "./styles";
import { addTable, setWidths, tableWidths } from "./tables";

export const ISSUES_SHEET = "Issues";

export const ISSUES_HEADERS = ["District", "File", "Sheet", "Cell", "Severity", "Code", "Field", "Value", "Message", "Hint"] as const;
export const ISSUES_FORMATS: ColumnFormat[] = ["text", "text", "text", "text", "text", "text", "text", "wrap", "wrap", "wrap"];

export const SKIPPED_CODE = "skipped-row";
export const FILE_ERROR_CODE = "file-error";

const SKIP_HINTS: Partial<Record<SkipReason, string>> = {
  "header row": "Nothing to do: column headings are not actions.",
  "repeated header (page break)": "Nothing to do: the header repeated at a page break.",
  "section heading": "Nothing to do: the heading is kept as the Section of the rows below it.",
  "group heading (carried down to the rows below)": "Nothing to do: the value is carried down to the rows below it.",
  "note or label row": "If this row is an action, give it its own action text in the action column.",
  "title or notes outside the plan table": "If this is an action, move it into the plan table.",
  "key or legend": "Nothing to do: a key or legend is not an action.",
  "footnote under the table": "Nothing to do: a footnote is not an action.",
  "numbering only (no action text)": "If this row is an action, write its action text; otherwise delete the number.",
  "totals row (figures only)": "Nothing to do: totals are not an action.",
  "a date only (no action text)": "Nothing to do if it is a calendar day; if an action belongs on that date, write it in the action column.",
  "template not filled in (no action text)": "Fill the template in (one action per row), or leave this file out.",
  "no plan table on this sheet": "If this sheet holds actions, give it a header row with the template's column headings.",
  "placeholder row (bullets or dashes only)": "Fill the row in, or delete it.",
  "PlanCheck's flag values only (no action left in the row)": "Add the flag columns again to clear them, or delete the row.",
};

/** The Issues table's rows: unreadable files first, then findings, then skipped rows, each in the view's order. */
export function issueRows(view: CombinedView): Value[][] {
  const rows: Value[][] = [];
  for (const f of view.files) {
    if (f.error === null) continue;
    rows.push([f.district, f.file, null, null, "error", `${FILE_ERROR_CODE}:${f.error.code}`, null, null, f.error.message, "Fix or re-save the file, then combine again: none of its rows are in the Combined sheet."]);
  }
  for (const f of view.findings) {
    rows.push([f.district, f.file, f.sheet, f.cell, f.severity, f.code, f.field, f.value ?? null, f.message, f.hint]);
  }
  for (const s of view.skipped) {
    rows.push([s.district, s.file, s.sheet, `${s.row}:${s.row}`, "info", SKIPPED_CODE, null, s.text, `Row ${s.row} was not combined: ${s.reason}. It reads "${s.text}".`, SKIP_HINTS[s.reason] ?? "If this row is an action, check that it sits inside the plan table."]);
  }
  return rows;
}

export const ISSUES_TABLE = "Issues";

/** The Issues table's rows, and how the byte writer makes their cells. */
export interface IssuesLayout {
  rows: Value[][];
  cells: CellSource<Value[]>[];
}

/**
 * Adds the Issues sheet. With `firstRowOnly`, only the first data row is written as cells (the byte writer
 * writes the rest, as for the Combined sheet); the table and widths still cover every row.
 */
export function addIssuesSheet(wb: ExcelJS.Workbook, view: CombinedView, styles: SharedStyles, firstRowOnly = false): IssuesLayout {
  const ws = wb.addWorksheet(ISSUES_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  const rows = issueRows(view);
  const spec = { name: ISSUES_TABLE, headers: [...ISSUES_HEADERS], formats: ISSUES_FORMATS, rows };
  setWidths(ws, tableWidths(spec));
  addTable(ws, { ...spec, rows: firstRowOnly ? rows.slice(0, 1) : rows, totalRows: rows.length }, styles);
  return { rows, cells: ISSUES_HEADERS.map((_, c) => ({ value: (row: Value[]) => row[c] })) };
}
