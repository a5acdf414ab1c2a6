/// <reference types="custom-functions-runtime" />
/*
 * The PLAN.* custom functions. This is the one file custom-functions-metadata-plugin reads: each
 * @customfunction below becomes an entry of functions.json (descriptions and parameter help are what Excel
 * shows in formula autocomplete), and the plugin appends the CustomFunctions.associate calls to this file
 * when webpack bundles it. The functions are thin: the work is in the modules beside them, which call the
 * same src/model code as `plancheck flags`.
 *
 * Argument types are written `unknown` (metadata type "any"): Excel passes a cell as a number (a date as its
 * serial), text, a boolean, a blank (0 on desktop, null on the web) or an error value (functions.json allows
 * them: webpack/functionsMetadata.js), and each function reads them as the CLI reads a file's cells (see
 * values.ts). Errors are thrown as CustomFunctions.Error: #VALUE! for a value PlanCheck cannot use, #N/A for a
 * value with no answer (see errors.ts); a blank due or status is never an error.
 *
 * No function is volatile: Excel recalculates a cell when its arguments change, not at every edit of the
 * workbook, and a colleague without the add-in keeps the values last calculated. as_of left out means the
 * day the formula is calculated; a formula that must follow the calendar passes TODAY(), which is volatile
 * itself (the formulas the task pane writes pass its PlanCheckDay cell, =TODAY() while as-of is blank).
 */
import { dateValue, dueSerial, type DateValue } from "./due";
import { completionOf, overdueCountOf } from "./ranges";
import { dueOf, rowFlags, statusOf } from "./row";
import { workbookDateSystem } from "./settings";
import { originOf } from "./origin";
import { formattedResults } from "./requirements";
import { checkOf, flagsOf } from "./table";
import { isBlank } from "./values";

/**
 * The due date PlanCheck reads from a date or text ("By end of June 2010", "2009/10", "Q2 2010"), as a date. Blank if the cell is blank.
 * @customfunction DUE
 * @param value A due date cell: a date, or text such as "May 2009", "2009/10" or "Ongoing".
 * @param [quarters] How "Q2 2010" is read: "calendar" (Apr–Jun, the default) or "financial" (Jul–Sep).
 * @returns The deadline as a date (in older Excel a serial: format the cell as a date). #VALUE! for text that is not a date; #N/A when there is no deadline.
 */
export function DUE(value: unknown, quarters?: unknown): number | string | DateValue {
  const due = dueOf(value, quarters);
  return isBlank(value) ? "" : dateValue(dueSerial(due, workbookDateSystem()), formattedResults());
}

/**
 * The state PlanCheck reads from a status cell: complete, in-progress, not-started, blocked, cancelled or unknown. Blank if the cell is blank.
 * @customfunction STATUS
 * @param value A status cell: "✓", "Partial", "Not yet", "Awaits County", "60%", "Completed Nov 09 – …".
 * @returns The state, as `plancheck flags` reports it.
 */
export function STATUS(value: unknown): string {
  if (isBlank(value)) return "";
  return statusOf(value).state;
}

/**
 * TRUE if the status says the action is done ("✓", "Yes", "Complete", "100%"), otherwise FALSE. Blank if the cell is blank.
 * @customfunction ISCOMPLETE
 * @param status A status cell.
 * @returns TRUE or FALSE.
 */
export function ISCOMPLETE(status: unknown): boolean | string {
  if (isBlank(status)) return "";
  return statusOf(status).state === "complete";
}

/**
 * TRUE if the action is past its due date and neither complete nor cancelled. A blank status past its date is overdue.
 * @customfunction OVERDUE
 * @param due The due date cell: a date or text such as "By end of June 2010".
 * @param status The status cell; blank means nothing recorded yet.
 * @param [as_of] A date or YYYY-MM-DD text. Leave out for the day the formula is calculated; use TODAY() to follow the calendar.
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @returns TRUE or FALSE; blank when due and status are both blank.
 */
export function OVERDUE(due: unknown, status: unknown, as_of?: unknown, quarters?: unknown): boolean | string {
  const flags = rowFlags(due, status, as_of, undefined, quarters);
  return flags === undefined ? "" : flags.overdue;
}

/**
 * Whole days the action is overdue by (0 when it is not overdue).
 * @customfunction DAYSOVERDUE
 * @param due The due date cell: a date or text such as "By end of June 2010".
 * @param status The status cell; blank means nothing recorded yet.
 * @param [as_of] A date or YYYY-MM-DD text. Leave out for the day the formula is calculated; use TODAY() to follow the calendar.
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @returns A number of days; blank when due and status are both blank.
 */
export function DAYSOVERDUE(due: unknown, status: unknown, as_of?: unknown, quarters?: unknown): number | string {
  const flags = rowFlags(due, status, as_of, undefined, quarters);
  return flags === undefined ? "" : flags.daysOverdue;
}

/**
 * The action's BRAG rating: blue (complete), red (overdue), amber (blocked or due soon), green (on track) or grey (cancelled, or nothing to assess).
 * @customfunction RAG
 * @param due The due date cell: a date or text such as "By end of June 2010".
 * @param status The status cell; blank means nothing recorded yet.
 * @param [as_of] A date or YYYY-MM-DD text. Leave out for the day the formula is calculated; use TODAY() to follow the calendar.
 * @param [amber_days] Actions due within this many days are amber. Default 14.
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @returns blue, red, amber, green or grey; blank when due and status are both blank.
 */
export function RAG(due: unknown, status: unknown, as_of?: unknown, amber_days?: unknown, quarters?: unknown): string {
  const flags = rowFlags(due, status, as_of, amber_days, quarters);
  return flags === undefined ? "" : flags.rag;
}

/**
 * How complete a plan is: (complete actions + in-progress percentages) ÷ actions not cancelled. Each cell is one action; blank counts as not done.
 * @customfunction COMPLETION
 * @param statuses The status column of the plan's actions.
 * @param [actions] The action column beside it: rows with a blank action (blank rows, headings) are left out.
 * @returns A fraction from 0 to 1 (format as %). #N/A when no status is recorded.
 */
export function COMPLETION(statuses: unknown[][], actions?: unknown[][]): number {
  return completionOf(statuses, actions);
}

/**
 * How many actions are overdue: past their due date and neither complete nor cancelled.
 * @customfunction OVERDUECOUNT
 * @param dues The due date column of the plan's actions.
 * @param statuses The status column beside it, the same size.
 * @param [as_of] A date or YYYY-MM-DD text. Leave out for the day the formula is calculated; use TODAY() to follow the calendar.
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @returns A count.
 */
export function OVERDUECOUNT(dues: unknown[][], statuses: unknown[][], as_of?: unknown, quarters?: unknown): number {
  return overdueCountOf(dues, statuses, as_of, quarters);
}

/**
 * Checks a plan against a template and lists each problem: cell, severity, message and fix hint.
 * @customfunction CHECK
 * @param table The whole plan, header row included. Cells are named as on the sheet (Mac Excel before 16.40: from its top-left as A1).
 * @param [template] A template name (north-yorkshire, cohesion, cdrp, police, scrutiny, generic) or its JSON. Default: best fit.
 * @returns A spilled list: a titles row, then one row per problem, errors first.
 * @requiresParameterAddresses
 */
export function CHECK(table: unknown[][], template?: unknown, invocation?: CustomFunctions.Invocation): unknown[][] {
  return checkOf(table, template, originOf(invocation?.parameterAddresses?.[0]));
}

/**
 * Flags every action of a plan: Due by, Status, Complete, Overdue, Days overdue, RAG. One row per row of the range, so it lines up beside it.
 * @customfunction FLAGS
 * @param table The whole plan, header row included (e.g. A4:F40). Rows that are not actions get blanks.
 * @param [as_of] A date or YYYY-MM-DD text. Leave out for the day the formula is calculated; use TODAY() to follow the calendar.
 * @param [amber_days] Actions due within this many days are amber. Default 14.
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @param [template] A template name or its JSON. Default: the best fit for the header row.
 * @returns A spill as tall as the range, six columns wide, with titles on the header row.
 */
export function FLAGS(table: unknown[][], as_of?: unknown, amber_days?: unknown, quarters?: unknown, template?: unknown): unknown[][] {
  return flagsOf(table, as_of, amber_days, quarters, template);
}
