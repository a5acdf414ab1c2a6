import { basename } from "node:path";
import type { SheetReport } from "../../model/analyse/types";
import type { FileReport } from "../../model/report/types";
import { plural } from "./layout";

export function fileHeading(file: FileReport): string {
  return basename(file.file);
}

/** "Sheet "Action Plan": template north-yorkshire (6 of 6 columns, match 100%), header row 4, 31 actions" */
export function sheetHeading(sheet: SheetReport): string {
  const name = `Sheet "${sheet.name}"${sheet.hidden ? " (hidden)" : ""}`;
  const t = sheet.template;
  if (!t) return `${name}: no plan table`;
  const how = t.chosen ? "template" : "detected template";
  const match = `${t.matchedColumns} of ${t.columns} columns, match ${Math.round(t.score * 100)}%`;
  const tables = sheet.tables.length > 1 ? `, ${sheet.tables.length} tables` : "";
  return `${name}: ${how} ${t.name} (${match}), header row ${sheet.headerRow}${tables}, ${plural(sheet.rows.length, "action")}`;
}
