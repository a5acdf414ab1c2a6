/**
 * The pane's settings live in the workbook, so everyone who opens it sees the same flags: three named cells,
 * PlanCheckAsOf, PlanCheckAmberDays and PlanCheckQuarters (workbook-scoped), on a hidden, clearly labelled
 * sheet "PlanCheck". The flag columns' formulas refer to the names —
 * =PLAN.OVERDUE(D5,E5,PlanCheckAsOf,PlanCheckQuarters) — so changing a setting changes the flags. A blank
 * as-of cell means today, a blank quarters cell calendar quarters, as the PLAN.* functions read them. A
 * settings sheet made before the quarter rule was a setting has the first two names only: it loads as
 * calendar, and the quarters cell is added below the amber window when the settings are next saved.
 */
import type { QuarterRule } from "../../model/due/types";
import { isoToSerial, serialToIso } from "../../model/excelDate";
import type { DateSystem } from "../../model/grid";
import { DEFAULT_FLAG_SETTINGS, flagSettingsFrom, flagSettingsProblem, readQuarterRule } from "../../model/settings/flagSettings";
import { DATE_FORMAT } from "../../workbook/combined/styles";
import { DEFAULT_SETTINGS, type PaneSettings } from "../hostApi";
import { askDateSystem } from "./dateSystem";
import { claimSheet, freeSheetName } from "./ownSheets";
import { HostProblem } from "./run";
import { textInput } from "./text";

export const AS_OF_NAME = "PlanCheckAsOf";
export const AMBER_DAYS_NAME = "PlanCheckAmberDays";
export const QUARTERS_NAME = "PlanCheckQuarters";
export const SETTINGS_SHEET = "PlanCheck";
const AS_OF_CELL = "B2";
const AMBER_DAYS_CELL = "B3";
const QUARTERS_CELL = "B4";

const QUARTERS_COMMENT = "PlanCheck: how Q2 2010 is read, calendar or financial (blank: calendar)";
const QUARTERS_ROW = ["Quarters", "", `How "Q2 2010" is read: calendar (Q1 = Jan–Mar) or financial (Q1 = Apr–Jun); blank is calendar (the name ${QUARTERS_NAME}).`];

const LAYOUT: string[][] = [
  ["PlanCheck settings", "", ""],
  ["As of", "", `Leave blank for today. The flag columns' =PLAN.* formulas read this cell (the name ${AS_OF_NAME}).`],
  ["Amber window (days)", "", `Actions due within this many days are amber (the name ${AMBER_DAYS_NAME}).`],
  QUARTERS_ROW,
  ["", "", ""],
  ["Change these in the PlanCheck pane (Flags tab) or here. PlanCheck keeps them in the workbook so that everyone who opens it sees the same flags.", "", ""],
];

/** The named cells, when the workbook has them (an older settings sheet has no quarters cell). */
export interface SettingCells {
  asOf: Excel.Range;
  amberDays: Excel.Range;
  quarters: Excel.Range | null;
}

interface NamesLookup {
  asOf: Excel.NamedItem;
  amberDays: Excel.NamedItem;
  quarters: Excel.NamedItem;
}

/** Queues the look-up of the three names (read it after the next sync with `settingCells`). */
export function askSettingNames(context: Excel.RequestContext): NamesLookup {
  const asOf = context.workbook.names.getItemOrNullObject(AS_OF_NAME);
  const amberDays = context.workbook.names.getItemOrNullObject(AMBER_DAYS_NAME);
  const quarters = context.workbook.names.getItemOrNullObject(QUARTERS_NAME);
  asOf.load("type");
  amberDays.load("type");
  quarters.load("type");
  return { asOf, amberDays, quarters };
}

const refersToCell = (item: Excel.NamedItem): boolean => !item.isNullObject && item.type === "Range";

/** The named cells, or null when the as-of or amber name is missing or no longer refers to a cell. */
export function settingCells(names: NamesLookup): SettingCells | null {
  if (!refersToCell(names.asOf) || !refersToCell(names.amberDays)) return null;
  return { asOf: names.asOf.getRange(), amberDays: names.amberDays.getRange(), quarters: refersToCell(names.quarters) ? names.quarters.getRange() : null };
}

/** The quarter rule a cell holds (any case), else the default, as the pane reads a blank or nonsense. */
export function quartersFrom(value: unknown): QuarterRule {
  return readQuarterRule(value) ?? DEFAULT_FLAG_SETTINGS.quarters;
}

/**
 * Settings as read from the cells' values (quarters: undefined when the workbook has no quarters cell): a
 * date cell's serial in the workbook's date system, or the model's readings of text and numbers; a value that
 * does not read falls back to the default (an as-of that does not read is today).
 */
export function settingsFrom(asOf: unknown, amberDays: unknown, system: DateSystem, quarters?: unknown): PaneSettings {
  const iso = typeof asOf === "number" ? (serialToIso(asOf, system) ?? null) : typeof asOf === "string" && asOf.trim() !== "" ? asOf : null;
  return flagSettingsFrom({ asOf: iso, amberDays, quarters }, { ...DEFAULT_FLAG_SETTINGS, asOf: null });
}

/** Three syncs at most: the names, then the cells. */
export async function loadSettings(context: Excel.RequestContext): Promise<PaneSettings> {
  const names = askSettingNames(context);
  const dateSystem = askDateSystem(context);
  await context.sync();
  const cells = settingCells(names);
  if (!cells) return { ...DEFAULT_SETTINGS };
  cells.asOf.load("values");
  cells.amberDays.load("values");
  cells.quarters?.load("values");
  await context.sync();
  return settingsFrom(cells.asOf.values[0]?.[0], cells.amberDays.values[0]?.[0], dateSystem(), cells.quarters?.values[0]?.[0]);
}

function checkSettings(settings: PaneSettings): void {
  const problem = flagSettingsProblem(settings);
  if (problem) throw new HostProblem(problem);
}

/**
 * Queues the quarters cell on an older settings sheet (the as-of and amber names only): in the row below the
 * amber window, which that sheet left blank, labelled as on a new sheet. One sync, to find that row.
 */
async function addQuartersCell(context: Excel.RequestContext, amberDays: Excel.Range): Promise<Excel.Range> {
  amberDays.load("rowIndex,columnIndex");
  const sheet = amberDays.worksheet;
  await context.sync();
  const row = amberDays.rowIndex + 1;
  const col = amberDays.columnIndex;
  const [label, , help] = QUARTERS_ROW;
  if (col > 0) {
    const labelCell = sheet.getRangeByIndexes(row, col - 1, 1, 1);
    labelCell.values = [[textInput(label)]];
    labelCell.format.font.bold = true;
  }
  sheet.getRangeByIndexes(row, col + 1, 1, 1).values = [[textInput(help)]];
  const cell = sheet.getRangeByIndexes(row, col, 1, 1);
  cell.format.fill.color = "#FFF2CC";
  context.workbook.names.add(QUARTERS_NAME, cell, QUARTERS_COMMENT);
  return cell;
}

/** The named cells, all three. */
type AllSettingCells = { [K in keyof SettingCells]: Excel.Range };

/**
 * Queues the settings sheet's creation (a hidden, labelled sheet with the three named cells) when the names
 * are missing, after looking up the sheet names it must not clash with (one sync); or, on an older settings
 * sheet, the quarters cell's (one sync). Returns the cells.
 */
async function ensureSettingCells(context: Excel.RequestContext, names: NamesLookup): Promise<AllSettingCells> {
  const found = settingCells(names);
  if (found) {
    if (found.quarters) return { ...found, quarters: found.quarters };
    if (!names.quarters.isNullObject) names.quarters.delete(); // a name that no longer refers to a cell
    return { ...found, quarters: await addQuartersCell(context, found.amberDays) };
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  for (const item of [names.asOf, names.amberDays, names.quarters]) if (!item.isNullObject) item.delete();
  const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const sheet = worksheets.add(freeSheetName(SETTINGS_SHEET, taken));
  claimSheet(sheet, "settings");
  sheet.getRange(`A1:C${LAYOUT.length}`).values = LAYOUT.map((row) => row.map(textInput));
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A2:A4").format.font.bold = true;
  sheet.getRange("B2:B4").format.fill.color = "#FFF2CC";
  sheet.getRange("A:A").format.columnWidth = 120;
  sheet.getRange("B:B").format.columnWidth = 80;
  sheet.visibility = "Hidden";
  const cells = { asOf: sheet.getRange(AS_OF_CELL), amberDays: sheet.getRange(AMBER_DAYS_CELL), quarters: sheet.getRange(QUARTERS_CELL) };
  context.workbook.names.add(AS_OF_NAME, cells.asOf, "PlanCheck: the date the flags are computed as of (blank: today)");
  context.workbook.names.add(AMBER_DAYS_NAME, cells.amberDays, "PlanCheck: actions due within this many days are amber");
  context.workbook.names.add(QUARTERS_NAME, cells.quarters, QUARTERS_COMMENT);
  return cells;
}

/**
 * Queues the writing of `settings` into the named cells, creating them first when needed. The caller
 * syncs (addFlagColumns writes the settings in the same sync as its columns).
 */
export async function queueSettings(context: Excel.RequestContext, settings: PaneSettings): Promise<void> {
  checkSettings(settings);
  const names = askSettingNames(context);
  const dateSystem = askDateSystem(context);
  await context.sync();
  const cells = await ensureSettingCells(context, names);
  cells.asOf.values = [[settings.asOf === null ? "" : isoToSerial(settings.asOf, dateSystem())]];
  cells.amberDays.values = [[settings.amberDays]];
  cells.quarters.values = [[textInput(settings.quarters)]];
  cells.asOf.numberFormat = [[DATE_FORMAT]];
}

/** Two or three syncs: look up the names (and sheet names, or the older sheet's quarters row, when creating them), then write. */
export async function saveSettings(context: Excel.RequestContext, settings: PaneSettings): Promise<void> {
  await queueSettings(context, settings);
  await context.sync();
}
