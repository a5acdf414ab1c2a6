/** Builds the combined workbook in memory (no file system: the task pane calls this in the browser). */
import ExcelJS from "exceljs";
import type { CombinedView } from "../../model/combine/types";
import { addAboutSheet } from "./aboutSheet";
import { addChangesSheet } from "./changesSheet";
import { addCombinedSheet, type CombinedLayout } from "./combinedSheet";
import { timestamp } from "./dates";
import { addIssuesSheet, type IssuesLayout } from "./issuesSheet";
import { sharedStyles } from "./styles";
import { addSummarySheet, type SummaryLayout } from "./summarySheet";

export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  combined: CombinedLayout;
  summary: SummaryLayout;
  issues: IssuesLayout;
}

/**
 * The workbook and where things are in it. With `firstRowsOnly`, the Combined and Issues sheets hold only
 * their first data row as cells (see combinedWorkbookBytes, which writes the rest itself).
 */
export function buildWorkbookParts(view: CombinedView, firstRowsOnly = false): BuiltWorkbook {
  const workbook = new ExcelJS.Workbook();
  const when = timestamp(view.generatedAt) ?? new Date(0);
  workbook.creator = `PlanCheck ${view.version}`;
  workbook.lastModifiedBy = `PlanCheck ${view.version}`;
  workbook.created = when;
  workbook.modified = when;
  workbook.title = `Combined action plans as of ${view.asOf}`;
  // The flags' cached values are right when the file is written; recalculating on open keeps them right
  // after a viewer that does not recalculate has been in between.
  workbook.calcProperties = { fullCalcOnLoad: true };

  const styles = sharedStyles();
  const combined = addCombinedSheet(workbook, view, styles, firstRowsOnly);
  const summary = addSummarySheet(workbook, view, combined.ranges);
  const issues = addIssuesSheet(workbook, view, styles, firstRowsOnly);
  if (view.changes !== null) addChangesSheet(workbook, view.changes, styles);
  addAboutSheet(workbook, view, styles);
  return { workbook, combined, summary, issues };
}

/**
 * The combined workbook: Combined (every row, as a table, flags as formulas), Summary, Issues, Changes (when
 * the view has changes) and About. The completion chart is not in it: exceljs cannot write charts, so
 * combinedWorkbookBytes adds it to the written file.
 */
export function buildCombinedWorkbook(view: CombinedView): ExcelJS.Workbook {
  return buildWorkbookParts(view).workbook;
}
