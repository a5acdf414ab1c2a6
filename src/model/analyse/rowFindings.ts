import { a1 } from "../a1";
import { oneLine } from "../oneLine";
import type { Due } from "../due/types";
import type { Finding } from "../findings";
import type { Status } from "../status/types";
import { STATUS_WORDS } from "../status/statusWords";
import type { PlanRow } from "../table/types";
import type { Template } from "../templates/types";

/** How to write a due date PlanCheck can read (the unparsed-due finding's hint; PLAN.DUE's message). */
export const UNPARSED_DUE_HINT =
  'Write a date such as 31/03/2010 or "31 March 2010", a month ("March 2010"), a financial year ("2010/11"), a quarter ("Q2 2010"), or "Ongoing".';

/** A cell's text for a message: one line, cut to a readable length. */
function quoted(text: string): string {
  return `"${oneLine(text)}"`;
}

/**
 * Problems with one action row: a required value left blank, a due date or status that cannot be read, a
 * zero date standing in for the due date.
 */
export function rowFindings(sheet: string, row: PlanRow, template: Template, due: Due, status: Status): Finding[] {
  const findings: Finding[] = [];
  for (const field of template.fields) {
    const col = row.cols[field.role];
    if (!field.required || col === undefined || row.values[field.role] !== undefined) continue;
    findings.push({
      code: "blank-required",
      severity: "error",
      sheet,
      cell: a1(row.row, col),
      field: field.role,
      message: `Row ${row.row + 1} has no ${field.title} (${a1(row.row, col)} is blank).`,
      hint: `Fill in the ${field.title} for this action.`,
    });
  }
  const dueCol = row.cols.due;
  if (due.kind === "unparsed" && dueCol !== undefined) {
    findings.push({
      code: "unparsed-due",
      severity: "warning",
      sheet,
      cell: a1(row.row, dueCol),
      field: "due",
      value: due.text,
      message: `The due date ${quoted(due.text)} in ${a1(row.row, dueCol)} is not a date PlanCheck can read, so this action cannot be checked for being overdue.`,
      hint: UNPARSED_DUE_HINT,
    });
  }
  if (due.kind === "none" && due.placeholder && dueCol !== undefined) {
    findings.push({
      code: "placeholder-due",
      severity: "warning",
      sheet,
      cell: a1(row.row, dueCol),
      field: "due",
      value: due.text,
      message: `The due date ${quoted(due.text)} in ${a1(row.row, dueCol)} is a placeholder zero date (what a blank date becomes in Excel or a database), so this action has no due date to check.`,
      hint: "Enter the action's real due date, or clear the cell if it has none.",
    });
  }
  const statusCol = row.cols.status;
  if (status.state === "unknown" && statusCol !== undefined) {
    findings.push({
      code: "unknown-status",
      severity: "warning",
      sheet,
      cell: a1(row.row, statusCol),
      field: "status",
      value: status.text,
      message: `The status ${quoted(status.text)} in ${a1(row.row, statusCol)} does not say whether the action is done.`,
      hint: `Start the cell with a status word: ${STATUS_WORDS.map((w) => `"${w.word}"`).join(", ")}, or a percentage such as 60%; notes can follow.`,
    });
  }
  return findings;
}
