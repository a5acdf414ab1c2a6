/** The Changes sheet (only when a previous combined workbook was given): what changed, by row key. */
import type ExcelJS from "exceljs";
import type { Change } from "../../model/combine/types";
import type { Value } from "./columns";
import type { ColumnFormat, SharedStyles } from "./styles";
import { addTable, setWidths, tableWidths } from "./tables";

export const CHANGES_SHEET = "Changes";
export const CHANGES_TABLE = "Changes";
export const CHANGES_HEADERS = ["Kind", "District", "Row key", "Action", "Before", "After"] as const;
export const CHANGES_FORMATS: ColumnFormat[] = ["text", "text", "text", "wrap", "wrap", "wrap"];

export function changeRows(changes: readonly Change[]): Value[][] {
  return changes.map((c) => [c.kind, c.district, c.key, c.action, c.before, c.after]);
}

export function addChangesSheet(wb: ExcelJS.Workbook, changes: readonly Change[], styles: SharedStyles): void {
  const ws = wb.addWorksheet(CHANGES_SHEET, { views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }] });
  const spec = { name: CHANGES_TABLE, headers: [...CHANGES_HEADERS], formats: CHANGES_FORMATS, rows: changeRows(changes) };
  setWidths(ws, tableWidths(spec));
  addTable(ws, spec, styles);
}
