/**
 * Flags for one plan row from its due date and its status, as of a given day.
 *
 * - complete: the status is complete.
 * - overdue: the row has a deadline (`due.end`), the deadline is before asOf, and the status is
 *   neither complete nor cancelled. A blank status (none) past its deadline IS overdue: nobody has
 *   said it was done. `daysOverdue` is the whole days from the deadline to asOf (date-only UTC
 *   arithmetic, never local time), else 0. Due on asOf is not overdue.
 * - rag, first that applies:
 *   blue   complete;
 *   grey   cancelled;
 *   red    overdue, or the status text itself says red ("Red");
 *   amber  blocked; or not complete and due within `amberDays` (default 14) on or after asOf;
 *          or the status text itself says amber ("Amber", "Delayed");
 *   green  anything else that can be assessed: a row with a deadline, or with a recognised status
 *          (not none / unknown) — e.g. "Ongoing" + in progress, "Immediate" + not started;
 *   grey   nothing to assess: no deadline and a blank or unrecognised status ("Ongoing" + blank).
 *   A colour written in the status can make a row worse than the dates say, never better.
 */
import type { Due } from "../due/types";
import type { Status } from "../status/types";
import { DEFAULT_AMBER_DAYS } from "../settings/flagSettings";
import type { FlagOptions, Flags, Rag } from "./types";

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

// Plans repeat the same deadlines on many rows: remember each date's day number.
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date ("YYYY-MM-DD", any time part ignored), in UTC. */
export function isoDayNumber(iso: string): number {
  const known = dayNumbers.get(iso);
  if (known !== undefined) return known;
  const day = computeDayNumber(iso);
  if (dayNumbers.size >= 50_000) dayNumbers.clear();
  dayNumbers.set(iso, day);
  return day;
}

function computeDayNumber(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${JSON.stringify(iso)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Reject 2010-02-30 and the like rather than silently rolling over.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`not a calendar date: ${JSON.stringify(iso)}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return isoDayNumber(to) - isoDayNumber(from);
}

export function computeFlags(due: Due, status: Status, options: FlagOptions): Flags {
  const today = isoDayNumber(options.asOf);
  const amberDays = options.amberDays ?? DEFAULT_AMBER_DAYS;
  if (!Number.isFinite(amberDays) || amberDays < 0) throw new RangeError(`amberDays must be 0 or more, got ${amberDays}`);

  const complete = status.state === "complete";
  const cancelled = status.state === "cancelled";
  const end = due.end === null ? null : isoDayNumber(due.end);
  const overdue = end !== null && end < today && !complete && !cancelled;
  const daysOverdue = overdue && end !== null ? today - end : 0;
  const written = status.state === "in-progress" ? status.rag : undefined;

  let rag: Rag;
  if (complete) rag = "blue";
  else if (cancelled) rag = "grey";
  else if (overdue || written === "red") rag = "red";
  else if (status.state === "blocked" || (end !== null && end - today <= amberDays) || written === "amber") rag = "amber";
  else if (end !== null || (status.state !== "none" && status.state !== "unknown")) rag = "green";
  else rag = "grey";

  return { complete, overdue, daysOverdue, rag };
}
