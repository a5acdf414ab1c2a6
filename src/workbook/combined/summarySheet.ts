/** The Summary sheet: one row per district and a Total row, counted by formulas over the Combined sheet. */
import type ExcelJS from "exceljs";
import { completion } from "../../model/flags/completion";
import { columnLetters } from "../../model/a1";
import type { CombinedView, DistrictSummary } from "../../model/combine/types";
import type { Rag } from "../../model/flags/types";
import type { Status } from "../../model/status/types";
import { districtFormulas, sumFormula, totalCompletionFormula, type CombinedRanges, type SummaryColumns } from "./formulas";
import { PERCENT_FORMAT, RAG_ORDER } from "./styles";
import type { Value } from "./columns";
import { toCell } from "./tables";
import { cellText } from "./text";
import { displayLength } from "./widths";

export const SUMMARY_SHEET = "Summary";

export const SUMMARY_HEADERS = ["District", "Rows", "Complete", "Completion %", "Overdue", "Red", "Amber", "Green", "Blue", "Grey", "Findings"] as const;

type SummaryHeader = (typeof SUMMARY_HEADERS)[number];
const letter = (h: SummaryHeader): string => columnLetters(SUMMARY_HEADERS.indexOf(h));
const COLS: SummaryColumns = { district: letter("District"), rows: letter("Rows"), complete: letter("Complete") };
const COMPLETION_COLUMN = letter("Completion %");
const RAG_HEADERS: Record<Rag, SummaryHeader> = { red: "Red", amber: "Amber", green: "Green", blue: "Blue", grey: "Grey" };

/** What the completion chart needs: where the district names and completion figures are, and their values. */
export interface SummaryLayout {
  sheet: string;
  firstRow: number;
  lastRow: number;
  categoryColumn: string;
  valueColumn: string;
  valueHeader: string;
  categories: string[];
  values: (number | null)[];
}

/** Completion over every combined row, by the model's own rule (the Total row's cached value). */
export function overallCompletion(view: CombinedView): number | null {
  return completion(view.rows.map((r) => ({ state: r.state, fraction: r.fraction }) as Status)).completion;
}

/** The first district row; the Total row follows the last district. */
export const SUMMARY_FIRST_ROW = 2;

/**
 * The Summary's rows under its header: one per district, then the Total row, as formulas over the Combined
 * sheet's `ranges` with the view's figures as their cached results. Every writer of the Summary uses these.
 */
export function summaryRows(view: CombinedView, ranges: CombinedRanges): Value[][] {
  const first = SUMMARY_FIRST_ROW;
  const f = (formula: string, result: string | number): Value => ({ formula, result });
  const rows: Value[][] = view.districts.map((d, i) => {
    const fx = districtFormulas(ranges, COLS, first + i, d.district);
    return [
      d.district,
      f(fx.rows, d.rows),
      f(fx.complete, d.complete),
      f(fx.completion, d.completion ?? ""),
      f(fx.overdue, d.overdue),
      ...RAG_ORDER.map((rag) => f(fx.rag[rag], d.rag[rag])),
      d.findings,
    ];
  });
  const last = first + view.districts.length - 1;
  const sum = (column: SummaryHeader, pick: (d: DistrictSummary) => number): Value =>
    f(sumFormula(letter(column), first, last), view.districts.reduce((s, d) => s + pick(d), 0));
  const overall = overallCompletion(view);
  rows.push([
    "Total",
    sum("Rows", (d) => d.rows),
    sum("Complete", (d) => d.complete),
    f(totalCompletionFormula(ranges, COLS, last + 1), overall ?? ""),
    sum("Overdue", (d) => d.overdue),
    ...RAG_ORDER.map((rag) => sum(RAG_HEADERS[rag], (d) => d.rag[rag])),
    sum("Findings", (d) => d.findings),
  ]);
  return rows;
}

export function addSummarySheet(wb: ExcelJS.Workbook, view: CombinedView, ranges: CombinedRanges): SummaryLayout {
  const ws = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: "frozen", xSplit: 1, ySplit: 1, topLeftCell: "B2", activeCell: "A2" }] });
  const header = ws.getRow(1);
  header.values = [...SUMMARY_HEADERS];
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };

  const first = SUMMARY_FIRST_ROW;
  summaryRows(view, ranges).forEach((values, i) => (ws.getRow(first + i).values = values.map(toCell)));
  const last = first + view.districts.length - 1;
  const total = ws.getRow(last + 1);
  total.font = { bold: true };
  total.eachCell({ includeEmpty: true }, (cell) => (cell.border = { top: { style: "thin" } }));

  ws.getColumn(COMPLETION_COLUMN).numFmt = PERCENT_FORMAT;
  const nameWidth = Math.max(10, ...view.districts.map((d) => displayLength(d.district, "text") + 2));
  ws.getColumn(1).width = Math.min(40, nameWidth);
  for (let c = 2; c <= SUMMARY_HEADERS.length; c++) ws.getColumn(c).width = Math.max(10, SUMMARY_HEADERS[c - 1].length + 2);

  return {
    sheet: SUMMARY_SHEET,
    firstRow: first,
    lastRow: last,
    categoryColumn: COLS.district,
    valueColumn: COMPLETION_COLUMN,
    valueHeader: "Completion %",
    categories: view.districts.map((d) => cellText(d.district) ?? ""),
    values: view.districts.map((d) => d.completion),
  };
}
