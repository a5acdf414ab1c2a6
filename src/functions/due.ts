import { UNPARSED_DUE_HINT } from "../model/analyse/rowFindings";
import { formatDay } from "../model/due/calendar";
import type { Due } from "../model/due/types";
import { isoToSerial } from "../model/excelDate";
import type { DateSystem } from "../model/grid";
import { oneLine } from "../model/oneLine";
import { invalidValue, notAvailable } from "./errors";

/**
 * PLAN.DUE's answer for a reading: the deadline as a date, or the error that says why there is
 * none. Text PlanCheck cannot read is #VALUE! (the cell needs fixing, and the message says how, in the
 * words of the CLI's unparsed-due finding); a value that is read but names no deadline (ongoing, from a
 * date onwards, immediate, TBC) is #N/A: nothing is wrong with it, there is just no date to give.
 */

const UNPARSED_PREFIX = "not read as a date: ";

/** How a deadline shows, where Excel lets a function say (UK, day first). */
export const DATE_FORMAT = "dd/mm/yyyy";

/** A formatted number value (CustomFunctionsRuntime 1.4): the serial, shown with DATE_FORMAT. */
export interface DateValue {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}

/**
 * A deadline's serial as a function returns it: a formatted date where Excel supports formatted results
 * (requirements.ts), so the cell shows 30/06/2010 however it is formatted; elsewhere the serial, which the
 * officer formats as a date. Formulas that use the cell see the serial either way.
 */
export function dateValue(serial: number, formatted: boolean): number | DateValue {
  return formatted ? { type: "Double", basicValue: serial, numberFormat: DATE_FORMAT } : serial;
}

function why(due: Due): string {
  const quoted = `"${oneLine(due.text, 60)}"`;
  switch (due.kind) {
    case "ongoing":
      return due.start ? `${quoted} is ongoing work from ${formatDay(due.start)}: it has no deadline.` : `${quoted} is ongoing work: it has no deadline.`;
    case "from":
      return `${quoted} starts on ${formatDay(due.start)} and carries on: it has no deadline.`;
    case "immediate":
      return `${quoted} means start at once: it gives no dated deadline.`;
    case "none":
      return due.placeholder ? `${quoted} is a placeholder zero date, not a due date: enter the real one.` : `${quoted} gives no due date.`;
    default:
      return `${quoted} gives no due date.`;
  }
}

/** The deadline of a non-blank due reading as a serial in `system`; #VALUE! or #N/A (with why) when it has none. */
export function dueSerial(due: Due, system: DateSystem): number {
  if (due.end !== null) return isoToSerial(due.end, system);
  if (due.kind === "unparsed") {
    const reason = due.reading?.startsWith(UNPARSED_PREFIX) ? ` (${due.reading.slice(UNPARSED_PREFIX.length)})` : "";
    return invalidValue(`PlanCheck cannot read "${oneLine(due.text, 60)}" as a due date${reason}. ${UNPARSED_DUE_HINT}`);
  }
  return notAvailable(why(due));
}
