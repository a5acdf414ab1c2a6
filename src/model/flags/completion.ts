/**
 * How complete a plan is, from its rows' statuses.
 *
 *   completion = (complete rows + the fractions of in-progress rows) / rows that are not cancelled
 *
 * An in-progress row with no fraction ("Partial") counts 0; blank, unrecognised, not-started and
 * blocked rows count 0 but stay in the denominator (work not shown done is not done). Cancelled rows
 * leave the denominator. Rounded to 3 decimals.
 *
 * completion is null — the plan cannot be assessed, and 0 would be a guess presented as a fact —
 * when no row has a recognised status (every row blank or unrecognised, e.g. a plan with no status
 * column, or every status "Noted"), or when every row is cancelled.
 *
 * - rows: all rows; assessed: rows with a recognised status (not none / unknown);
 * - complete, inProgress, cancelled: rows in each state.
 */
import type { Status } from "../status/types";

export interface Completion {
  rows: number;
  assessed: number;
  complete: number;
  inProgress: number;
  cancelled: number;
  completion: number | null;
}

export function completion(statuses: readonly Status[]): Completion {
  let assessed = 0;
  let complete = 0;
  let inProgress = 0;
  let cancelled = 0;
  let done = 0;
  for (const s of statuses) {
    if (s.state !== "none" && s.state !== "unknown") assessed += 1;
    if (s.state === "complete") {
      complete += 1;
      done += 1;
    } else if (s.state === "in-progress") {
      inProgress += 1;
      done += s.fraction ?? 0;
    } else if (s.state === "cancelled") {
      cancelled += 1;
    }
  }
  const base = statuses.length - cancelled;
  const value = assessed === 0 || base === 0 ? null : Math.round((done / base) * 1000) / 1000;
  return { rows: statuses.length, assessed, complete, inProgress, cancelled, completion: value };
}
