/**
 * Whether one row is done, as plans and the tools that export them record it. A row is complete when
 *
 * - its status reads complete (a status word, a tick, "100%", BRAG Blue) — decided by `status`; or
 * - its `completed` field records it done — decided by `completed`: a completion date ("Completed At",
 *   "Completed Date", "Actual Finish"), a resolution that means done (Jira "Done", "Fixed"), a tick or
 *   TRUE (a cell, or "true" as a CSV writes it), or a share of 100 ("% Complete" 100, "100%").
 *
 * A resolution that closes the work without doing it ("Won't Do", "Duplicate", "Cannot Reproduce") makes
 * the row cancelled, whatever its status says: Jira moves such an issue to its "Done" status too; and a row
 * whose status says it was withdrawn stays cancelled whatever its completed field holds. Blank,
 * "Unresolved", "NA" (Microsoft Project's empty Actual Finish), FALSE or a share below 100 record nothing.
 * A RAG colour is a rating, never a completion: it is the status parser's to read, and it never reads one
 * as complete (BRAG Blue aside).
 *
 * The result is the row's status as PlanCheck then uses it (flags, summaries, combined views) and the role
 * of the field that decided completion, null when the row is not complete.
 */
import type { Due } from "../due/types";
import { cellText, type Cell } from "../grid";
import type { Status } from "../status/types";
import type { Role } from "../templates/types";

export interface RowCompletion {
  status: Status;
  completedBy: Role | null;
}

/** What a `completed` field records on its own. */
export type CompletedReading = { kind: "done"; how: string } | { kind: "cancelled"; how: string } | { kind: "nothing" };

// Resolutions as issue trackers write them (Jira's defaults and common custom ones), compared in lower case
// with straight apostrophes and single spaces.
// "true" is a tick as a CSV writes it (Trello's Due Complete).
const DONE_RESOLUTIONS = new Set(["true", "done", "fixed", "resolved", "complete", "completed", "closed", "delivered", "released", "implemented"]);
const CANCEL_RESOLUTIONS = new Set([
  "won't do",
  "wont do",
  "won't fix",
  "wont fix",
  "duplicate",
  "cannot reproduce",
  "can't reproduce",
  "declined",
  "rejected",
  "obsolete",
  "not a bug",
  "invalid",
]);
const NOTHING = new Set(["unresolved", "open", "na", "n/a", "none", "false", "no", "-", ""]);

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Reads a `completed` field's cell. `readStatus` and `readDate` are the run's status and date readers, so
 * a completion date is read exactly as a due date would be (day-first, serials, the date system).
 */
export function readCompleted(cell: Cell, readStatus: (cell: Cell) => Status, readDate: (cell: Cell) => Due): CompletedReading {
  switch (cell.kind) {
    case "empty":
    case "error":
      return { kind: "nothing" };
    case "boolean":
      return cell.value ? { kind: "done", how: "ticked" } : { kind: "nothing" };
    case "date":
      return { kind: "done", how: `done on ${cell.value}` };
    case "number":
      // A share of the work ("% Complete": 0–100, or 0–1 as Excel keeps a percentage) before a date serial.
      if (cell.value >= 0 && cell.value <= 100) return cell.value === 100 || cell.value === 1 ? { kind: "done", how: "100% complete" } : { kind: "nothing" };
      return fromDate(readDate(cell));
    case "text":
      return fromText(cell, readStatus, readDate);
  }
}

function fromText(cell: Cell, readStatus: (cell: Cell) => Status, readDate: (cell: Cell) => Due): CompletedReading {
  const text = normal(cellText(cell));
  if (NOTHING.has(text)) return { kind: "nothing" };
  if (CANCEL_RESOLUTIONS.has(text)) return { kind: "cancelled", how: `resolution "${cellText(cell)}": closed without being done` };
  if (DONE_RESOLUTIONS.has(text)) return { kind: "done", how: `"${cellText(cell)}"` };
  const status = readStatus(cell);
  if (status.state === "complete") return { kind: "done", how: `"${cellText(cell)}"` };
  if (status.state === "cancelled") return { kind: "cancelled", how: `"${cellText(cell)}"` };
  if (status.state !== "unknown") return { kind: "nothing" };
  return fromDate(readDate(cell));
}

function fromDate(due: Due): CompletedReading {
  const day = due.end ?? due.start;
  return day !== null && (due.kind === "date" || due.kind === "range") ? { kind: "done", how: `done on ${day}` } : { kind: "nothing" };
}

/**
 * The row's completion from its status and (when the template has one) its `completed` field, labelled
 * `label` in the sheet for the reading.
 */
export function rowCompletion(status: Status, completed: CompletedReading | null, label = "completed"): RowCompletion {
  if (completed?.kind === "cancelled") {
    return {
      status: { state: "cancelled", text: status.text, fraction: null, reading: `${label} ${completed.how}: read as cancelled` },
      completedBy: null,
    };
  }
  if (status.state === "complete") return { status, completedBy: "status" };
  // A withdrawn action stays withdrawn, whatever date was put against it.
  if (completed?.kind === "done" && status.state !== "cancelled") {
    const said = status.text ? ` (status "${status.text}")` : "";
    return {
      status: { state: "complete", text: status.text, fraction: 1, reading: `${label} ${completed.how}: read as complete${said}` },
      completedBy: "completed",
    };
  }
  return { status, completedBy: null };
}
