import { computeFlags } from "../model/flags/computeFlags";
import { completion } from "../model/flags/completion";
import type { Status } from "../model/status/types";
import { asOfIso } from "./asOf";
import { invalidValue, notAvailable } from "./errors";
import { quartersOf } from "./options";
import { parsersFor } from "./parsers";
import { workbookDateSystem } from "./settings";
import { cellOf, isBlank, rangeRows } from "./values";

/**
 * Figures over a column of a plan: completion and the overdue count, each cell read as the CLI reads a
 * file's cell (an error value in a range is a value PlanCheck cannot read, as in a file, not an error).
 * Every cell of the range is one action; a blank status counts as nothing done yet, as in the CLI.
 */

function values(range: unknown, name: string): { rows: number; cols: number; flat: unknown[] } {
  const rows = rangeRows(range, name);
  return { rows: rows.length, cols: rows[0]?.length ?? 0, flat: rows.flat() };
}

/** The second range, which must be the same size as the first. */
function partner(range: unknown, name: string, first: ReturnType<typeof values>, firstName: string): unknown[] {
  const second = values(range, name);
  if (second.rows !== first.rows || second.cols !== first.cols) {
    invalidValue(`${name} must be the same size as ${firstName} (${first.rows}×${first.cols}), not ${second.rows}×${second.cols}.`);
  }
  return second.flat;
}

/**
 * (complete + in-progress fractions) / actions not cancelled, over the statuses. With `actions` (the same
 * size), rows whose action cell is blank — blank rows, section headings — are left out. #N/A when nothing
 * can be assessed, as the CLI's "not assessable".
 */
export function completionOf(statuses: unknown, actions: unknown): number {
  const first = values(statuses, "statuses");
  const keep = isBlank(actions) ? undefined : partner(actions, "actions", first, "statuses");
  const read = parsersFor("calendar", workbookDateSystem()).status;
  const states: Status[] = [];
  first.flat.forEach((value, i) => {
    if (keep === undefined || !isBlank(keep[i])) states.push(read(cellOf(value)));
  });
  const result = completion(states);
  if (result.completion !== null) return result.completion;
  if (result.rows === 0) return notAvailable("Completion cannot be assessed: the range holds no actions.");
  if (result.assessed > 0) return notAvailable("Completion cannot be assessed: every action in the range is cancelled.");
  return notAvailable("Completion cannot be assessed: no cell in the range records a status PlanCheck recognises (all blank or unrecognised).");
}

/** How many rows are overdue as of the day: dues and statuses side by side, the same size. */
export function overdueCountOf(dues: unknown, statuses: unknown, asOf: unknown, quarters: unknown): number {
  const first = values(dues, "dues");
  const states = partner(statuses, "statuses", first, "dues");
  const system = workbookDateSystem();
  const options = { asOf: asOfIso(asOf, system) };
  const parsers = parsersFor(quartersOf(quarters), system);
  let count = 0;
  first.flat.forEach((due, i) => {
    if (computeFlags(parsers.due(cellOf(due)), parsers.status(cellOf(states[i])), options).overdue) count += 1;
  });
  return count;
}
