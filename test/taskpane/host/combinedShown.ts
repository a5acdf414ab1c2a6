/**
 * The combined sheets as Excel shows them once calculated (test/taskpane/calc), beside what the model
 * computed for the view: each row's Overdue, Days overdue and RAG, and every Summary figure. Office.js
 * cannot store a formula's result, so the calculated formulas ARE what the officer sees.
 */
import { columnLetters } from "../../../src/model/a1";
import type { CombinedView } from "../../../src/model/combine/types";
import { combinedColumns } from "../../../src/workbook/combined/columns";
import { combinedRanges } from "../../../src/workbook/combined/combinedSheet";
import { SUMMARY_HEADERS, summaryRows } from "../../../src/workbook/combined/summarySheet";
import { sheetValues } from "../calc/calculate";
import type { FakeExcel } from "../fakeExcel";

/** What Excel shows in the Combined sheet's flag columns and in the Summary, row by row. */
export function combinedShown(fake: FakeExcel, view: CombinedView, sheets: { combined: string; summary: string } = { combined: "Combined", summary: "Summary" }) {
  const columns = combinedColumns(view);
  const last = view.rows.length + 1;
  const col = (header: string) => {
    const letter = columnLetters(columns.findIndex((c) => c.header === header));
    return sheetValues(fake.sheet(sheets.combined), `${letter}2:${letter}${last}`).map((r) => r[0]);
  };
  return {
    overdue: col("Overdue"),
    daysOverdue: col("Days overdue"),
    rag: col("RAG"),
    summary: sheetValues(fake.sheet(sheets.summary), `A2:${columnLetters(SUMMARY_HEADERS.length - 1)}${view.districts.length + 2}`),
  };
}

/** What the model computed for the view: each row's flags, and the Summary's figures (its formulas' cached results). */
export function combinedExpected(view: CombinedView) {
  return {
    overdue: view.rows.map((r) => r.overdue),
    daysOverdue: view.rows.map((r) => r.daysOverdue),
    rag: view.rows.map((r) => r.rag),
    summary: summaryRows(view, combinedRanges(view.rows.length + 1)).map((row) => row.map((v) => (typeof v === "object" && v !== null && !(v instanceof Date) ? v.result : v))),
  };
}
