import type { SheetReport } from "../../../model";
import type { CellMark } from "../../hostApi";

/** Every finding that names a cell, as a mark for "Highlight problem cells". */
export function marksOf(reports: readonly SheetReport[]): CellMark[] {
  return reports.flatMap((r) => r.findings.flatMap((f) => (f.cell ? [{ sheet: f.sheet, cell: f.cell, severity: f.severity }] : [])));
}
