/*
 * The PLAN.* custom functions. This is the one file custom-functions-metadata-plugin reads: each
 * @customfunction below becomes an entry of functions.json (descriptions and parameter help are what Excel
 * shows in formula autocomplete), and the plugin appends the CustomFunctions.associate calls to this file
 * when webpack bundles it. The functions are thin: the work is in the modules beside them, which call the
 * same src/model code as `plancheck flags`.
 *
 * Argument types are written `unknown` (metadata type "any"): Excel passes a cell as a number (a date as its
 * serial), text, a boolean or a blank, and each function reads them as the CLI reads a file's cells. Errors
 * are thrown as CustomFunctions.Error: #VALUE! for a value PlanCheck cannot use, #N/A for a value with no
 * answer (see errors.ts); a blank due or status is never an error.
 *
 * Recalculation on a new day: the functions whose as_of may be left out (OVERDUE, DAYSOVERDUE, RAG,
 * OVERDUECOUNT, FLAGS) are @volatile, so Excel recalculates them on every calculation and "today" follows
 * the calendar. Repeated values are answered from caches, so that costs little.
 */
import { dueSerial } from "./due";
import { completionOf, overdueCountOf } from "./ranges";
import { dueOf, rowFlags, statusOf } from "./row";
import { workbookDateSystem } from "./settings";
import { checkOf, flagsOf } from "./table";
import { isBlank } from "./values";

/**
 * The due date PlanCheck reads from a date or text ("By end of June 2010", "2009/10", "Q2 2010"), as a date. Blank if the cell is blank.
 * @customfunction DUE
 * @param value A due date cell: a date, or text such as "May 2009", "2009/10" or "Ongoing".
 * @param [quarters] How "Q2 2010" is read: "calendar" (Apr–Jun, the default) or "financial" (Jul–Sep).
 * @returns The deadline as a date serial (format the cell as a date). #VALUE! for text that is not a date; #N/A when there is no deadline.
 */
export function DUE(value: unknown, quarters?: unknown): number | string {
  const due = dueOf(value, quarters);
  return isBlank(value) ? "" : dueSerial(due, workbookDateSystem());
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
 * @volatile
 * @param due The due date cell: a date or text such as "By end of June 2010".
 * @param status The status cell; blank means nothing recorded yet.
 * @param [as_of] The day to judge by: a date, or text YYYY-MM-DD. Leave out for today (recalculates whenever Excel does).
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
 * @volatile
 * @param due The due date cell: a date or text such as "By end of June 2010".
 * @param status The status cell; blank means nothing recorded yet.
 * @param [as_of] The day to judge by: a date, or text YYYY-MM-DD. Leave out for today (recalculates whenever Excel does).
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
 * @volatile
 * @param due The due date cell: a date or text such as "By end of June 2010".
 * @param status The status cell; blank means nothing recorded yet.
 * @param [as_of] The day to judge by: a date, or text YYYY-MM-DD. Leave out for today (recalculates whenever Excel does).
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
 * @volatile
 * @param dues The due date column of the plan's actions.
 * @param statuses The status column beside it, the same size.
 * @param [as_of] The day to judge by: a date, or text YYYY-MM-DD. Leave out for today (recalculates whenever Excel does).
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @returns A count.
 */
export function OVERDUECOUNT(dues: unknown[][], statuses: unknown[][], as_of?: unknown, quarters?: unknown): number {
  return overdueCountOf(dues, statuses, as_of, quarters);
}

/**
 * Checks a plan against a template and lists each problem: cell, severity, message and fix hint. Cells count from the range's top-left as A1.
 * @customfunction CHECK
 * @param table The whole plan, header row included; start it at A1 for the sheet's own cell addresses.
 * @param [template] A template name (north-yorkshire, cohesion, cdrp, police, scrutiny, generic) or its JSON. Default: best fit.
 * @returns A spilled list: a titles row, then one row per problem, errors first.
 */
export function CHECK(table: unknown[][], template?: unknown): unknown[][] {
  return checkOf(table, template);
}

/**
 * Flags every action of a plan: Due by, Status, Complete, Overdue, Days overdue, RAG. One row per row of the range, so it lines up beside it.
 * @customfunction FLAGS
 * @volatile
 * @param table The whole plan, header row included (e.g. A4:F40). Rows that are not actions get blanks.
 * @param [as_of] The day to judge by: a date, or text YYYY-MM-DD. Leave out for today (recalculates whenever Excel does).
 * @param [amber_days] Actions due within this many days are amber. Default 14.
 * @param [quarters] How "Q2 2010" is read: "calendar" (the default) or "financial".
 * @param [template] A template name or its JSON. Default: the best fit for the header row.
 * @returns A spill as tall as the range, six columns wide, with titles on the header row.
 */
export function FLAGS(table: unknown[][], as_of?: unknown, amber_days?: unknown, quarters?: unknown, template?: unknown): unknown[][] {
  return flagsOf(table, as_of, amber_days, quarters, template);
}
