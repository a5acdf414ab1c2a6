import { analyseSheet } from "../model/analyse/analyseSheet";
import type { SheetReport } from "../model/analyse/types";
import type { Due, QuarterRule } from "../model/due/types";
import { isoToSerial } from "../model/excelDate";
import { computeFlags } from "../model/flags/computeFlags";
import { FLAGS_SPILL_TITLES } from "../model/flags/flagColumns";
import type { DateSystem } from "../model/grid";
import type { Status } from "../model/status/types";
import type { Template } from "../model/templates/types";
import { asOfIso, todayIso } from "./asOf";
import { dateValue, type DateValue } from "./due";
import { notAvailable } from "./errors";
import { amberDaysOf, quartersOf, templateOf } from "./options";
import { TOP_LEFT, type Origin } from "./origin";
import { parsersFor } from "./parsers";
import { formattedResults } from "./requirements";
import { workbookDateSystem } from "./settings";
import { gridOf, rangeRows } from "./values";

/**
 * PLAN.FLAGS and PLAN.CHECK: a whole plan range analysed by analyseSheet, the CLI's own analysis, so the
 * range's header row, sections, fill-down and repeated headers are found exactly as in a file.
 *
 * CHECK names cells and rows, so it places the range where it is on the sheet when Excel says (origin.ts);
 * otherwise they count from the range's top-left cell as A1. FLAGS answers one row per row of the range,
 * lined up beside it, and names no cell: where the range sits changes nothing in its answer.
 */

/** FLAGS's columns: the deadline and status it read, then the same four flags "Add flag columns" writes. */
export const FLAG_TITLES = FLAGS_SPILL_TITLES;
export const FINDING_TITLES = ["Cell", "Severity", "Message", "Hint"] as const;

type Spill = (string | number | boolean | DateValue)[][];

function analyse(range: readonly unknown[][], system: DateSystem, asOf: string, quarters: QuarterRule, template: Template | undefined, origin: Origin = TOP_LEFT): SheetReport {
  return analyseSheet(gridOf(range, system, origin), { asOf, quarters, template }, parsersFor(quarters, system));
}

// ── FLAGS ───────────────────────────────────────────────────────────────────────────────────────

/** What FLAGS needs of an analysed range: which rows are headers, and each action row's readings. */
interface Basis {
  range: readonly unknown[][];
  system: DateSystem;
  quarters: QuarterRule;
  template: Template | undefined;
  headerRows: number[];
  rows: { index: number; due: Due; status: Status }[];
}

/**
 * A FLAGS formula that follows the calendar passes TODAY() (or a cell holding it), which makes it volatile:
 * Excel calls it again at every recalculation with the same range. The last few ranges' readings are kept
 * (with a copy of their values) and a range equal cell for cell is not analysed again: a recalculation costs
 * one comparison and the flags for the day (`npm run bench`: about a tenth of the first call).
 */
const recent: Basis[] = [];
const RECENT_LIMIT = 4;

function sameRange(a: readonly unknown[][], b: readonly unknown[][]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

function basisFor(range: readonly unknown[][], system: DateSystem, asOf: string, quarters: QuarterRule, template: Template | undefined): Basis {
  const i = recent.findIndex((b) => b.system === system && b.quarters === quarters && b.template === template && sameRange(b.range, range));
  if (i >= 0) {
    const [hit] = recent.splice(i, 1);
    recent.unshift(hit);
    return hit;
  }
  const report = analyse(range, system, asOf, quarters, template);
  const basis: Basis = {
    range: range.map((row) => row.slice()),
    system,
    quarters,
    template,
    headerRows: report.tables.map((t) => t.headerRow - 1),
    rows: report.rows.map((r) => ({ index: r.row - 1, due: r.due, status: r.status })),
  };
  recent.unshift(basis);
  if (recent.length > RECENT_LIMIT) recent.pop();
  return basis;
}

// Deadlines repeat down a plan: each one's serial is worked out once.
const serials: Record<DateSystem, Map<string, number>> = { 1900: new Map(), 1904: new Map() };

function serialOf(iso: string, system: DateSystem): number {
  const known = serials[system];
  let serial = known.get(iso);
  if (serial === undefined) {
    if (known.size >= 50_000) known.clear();
    known.set(iso, (serial = isoToSerial(iso, system)));
  }
  return serial;
}

/**
 * The "Due by" cell: the deadline as a date (formatted where Excel allows, as PLAN.DUE's: a spill moves and
 * grows with the plan, so a format the officer sets on it does not follow it), else what kind of due it is
 * (as `plancheck flags` shows it).
 */
function dueBy(due: Due, system: DateSystem, formatted: boolean): string | number | DateValue {
  if (due.end !== null) return dateValue(serialOf(due.end, system), formatted);
  if (due.kind === "none") return "";
  return due.kind === "unparsed" ? "(unparsed)" : due.kind;
}

/** One row per row of the range: titles on each table's header row, flags on each action row, else blank. */
export function flagsOf(table: unknown, asOf: unknown, amberDays: unknown, quarters: unknown, template: unknown): Spill {
  const range = rangeRows(table, "table");
  const system = workbookDateSystem();
  const day = asOfIso(asOf, system);
  const options = { asOf: day, amberDays: amberDaysOf(amberDays) };
  const basis = basisFor(range, system, day, quartersOf(quarters), templateOf(template));
  if (basis.headerRows.length === 0) {
    notAvailable("No plan table found in the range: include its header row (e.g. Action | Lead | Due | Status).");
  }
  const formatted = formattedResults();
  const out: Spill = new Array(range.length);
  for (const index of basis.headerRows) out[index] = [...FLAG_TITLES];
  for (const { index, due, status } of basis.rows) {
    const f = computeFlags(due, status, options);
    out[index] = [dueBy(due, system, formatted), status.state === "none" ? "" : status.state, f.complete, f.overdue, f.daysOverdue, f.rag];
  }
  for (let i = 0; i < out.length; i++) out[i] ??= ["", "", "", "", "", ""];
  return out;
}

// ── CHECK ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A titles row, then one row per finding (cell, severity, message, hint), most severe first; cells and rows
 * are the sheet's own when the range is placed at its `origin`.
 */
export function checkOf(table: unknown, template: unknown, origin: Origin = TOP_LEFT): Spill {
  const range = rangeRows(table, "table");
  const system = workbookDateSystem();
  // Findings do not depend on the day or the quarters rule, only on what is written.
  const report = analyse(range, system, todayIso(), "calendar", templateOf(template), origin);
  const out: Spill = [[...FINDING_TITLES]];
  for (const f of report.findings) {
    const message = f.code === "no-table" || f.code === "no-plan" ? f.message.replace(`on sheet "${report.name}"`, "in the range") : f.message;
    out.push([f.cell ?? "", f.severity, message, f.hint]);
  }
  if (out.length === 1) {
    const name = report.template ? ` against template ${report.template.name}` : "";
    const actions = report.rows.length === 1 ? "1 action" : `${report.rows.length} actions`;
    out.push(["", "", `No problems found: ${actions} checked${name}.`, ""]);
  }
  return out;
}
