/**
 * The pane's settings live in the workbook, so everyone who opens it sees the same flags: named cells
 * (workbook-scoped) on a hidden, clearly labelled sheet "PlanCheck" — PlanCheckAsOf, PlanCheckAmberDays and
 * PlanCheckQuarters, which the officer sets, and PlanCheckDay, the day the flags are worked out for, which
 * PlanCheck keeps as a formula over the as-of cell: =IF(ISBLANK(PlanCheckAsOf),TODAY(),PlanCheckAsOf) while
 * the as-of is blank (today, moving with the calendar), =PlanCheckAsOf once a date is set (then nothing in the
 * flags is volatile); saving the settings switches it. The flag columns' formulas read the names —
 * =PLAN.OVERDUE(D5,E5,PlanCheckDay,PlanCheckQuarters)=TRUE — so changing a setting changes the flags. A blank
 * quarters cell means calendar quarters, as the PLAN.* functions read it.
 *
 * A settings sheet made by an older version lacks the last cells (the quarters cell, the day cell): it loads
 * as it is (calendar quarters), and the missing cells are added below the last one it has, labelled as on a
 * new sheet (the note under them moved down), when the settings are next saved or flag formulas written.
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
import { formulaInput, textInput } from "./text";

export const AS_OF_NAME = "PlanCheckAsOf";
export const AMBER_DAYS_NAME = "PlanCheckAmberDays";
export const QUARTERS_NAME = "PlanCheckQuarters";
export const DAY_NAME = "PlanCheckDay";
export const SETTINGS_SHEET = "PlanCheck";

type SettingKey = "asOf" | "amberDays" | "quarters" | "day";

interface SettingRow {
  name: string;
  label: string;
  /** What column C says about the cell. */
  help: string;
  /** The name's comment (Formulas › Name Manager). */
  comment: string;
}

/** The named cells in column B, from row 2 down, in this order; each labelled in A and explained in C. */
const SETTING_ROWS: Record<SettingKey, SettingRow> = {
  asOf: {
    name: AS_OF_NAME,
    label: "As of",
    help: `Leave blank for today. The flag columns' =PLAN.* formulas read this date through ${DAY_NAME} below (the name ${AS_OF_NAME}).`,
    comment: "PlanCheck: the date the flags are computed as of (blank: today)",
  },
  amberDays: {
    name: AMBER_DAYS_NAME,
    label: "Amber window (days)",
    help: `Actions due within this many days are amber (the name ${AMBER_DAYS_NAME}).`,
    comment: "PlanCheck: actions due within this many days are amber",
  },
  quarters: {
    name: QUARTERS_NAME,
    label: "Quarters",
    help: `How "Q2 2010" is read: calendar (Q1 = Jan–Mar) or financial (Q1 = Apr–Jun); blank is calendar (the name ${QUARTERS_NAME}).`,
    comment: "PlanCheck: how Q2 2010 is read, calendar or financial (blank: calendar)",
  },
  day: {
    name: DAY_NAME,
    label: "Flags worked out for",
    help: `PlanCheck's formula: today while As of is blank, else the As of date (the name ${DAY_NAME}). The flag columns' formulas read this cell.`,
    comment: "PlanCheck: the day the flags are worked out for (today while As of is blank)",
  },
};
const SETTING_KEYS = Object.keys(SETTING_ROWS) as SettingKey[];
const FIRST_SETTING_ROW = 2;
const TITLE = "PlanCheck settings";
const NOTE = "Change these in the PlanCheck pane (Flags tab) or here. PlanCheck keeps them in the workbook so that everyone who opens it sees the same flags.";
/** The rows under the settings: a blank row, then the note (both moved down when an older sheet gets a cell). */
const TRAILER = [
  ["", "", ""],
  [NOTE, "", ""],
];
const INPUT_FILL = "#FFF2CC";

const LAYOUT: string[][] = [[TITLE, "", ""], ...SETTING_KEYS.map((k) => [SETTING_ROWS[k].label, "", SETTING_ROWS[k].help]), ...TRAILER];

/** PlanCheckDay's formula: the as-of date, or today while it is blank (see above). */
export function dayFormula(asOfSet: boolean): string {
  return formulaInput(asOfSet ? AS_OF_NAME : `IF(ISBLANK(${AS_OF_NAME}),TODAY(),${AS_OF_NAME})`);
}

/** The named cells, when the workbook has them (an older settings sheet lacks the last ones). */
export interface SettingCells {
  asOf: Excel.Range;
  amberDays: Excel.Range;
  quarters: Excel.Range | null;
  day: Excel.Range | null;
}

type NamesLookup = Record<SettingKey, Excel.NamedItem>;

/** Queues the look-up of the names (read it after the next sync with `settingCells`). */
export function askSettingNames(context: Excel.RequestContext): NamesLookup {
  const lookup = {} as NamesLookup;
  for (const key of SETTING_KEYS) {
    lookup[key] = context.workbook.names.getItemOrNullObject(SETTING_ROWS[key].name);
    lookup[key].load("type");
  }
  return lookup;
}

const refersToCell = (item: Excel.NamedItem): boolean => !item.isNullObject && item.type === "Range";

/** The named cells, or null when the as-of or amber name is missing or no longer refers to a cell. */
export function settingCells(names: NamesLookup): SettingCells | null {
  if (!refersToCell(names.asOf) || !refersToCell(names.amberDays)) return null;
  const optional = (item: Excel.NamedItem) => (refersToCell(item) ? item.getRange() : null);
  return { asOf: names.asOf.getRange(), amberDays: names.amberDays.getRange(), quarters: optional(names.quarters), day: optional(names.day) };
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
  return flagSettingsFrom({ asOf: iso, amberDays, quarters });
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

/** The named cells, all of them. */
type AllSettingCells = Record<SettingKey, Excel.Range>;

/** Queues the naming of a setting's cell (0-based `row` and `col`); the cells the officer sets are shaded. */
function nameSettingCell(context: Excel.RequestContext, sheet: Excel.Worksheet, key: SettingKey, row: number, col: number): Excel.Range {
  const cell = sheet.getRangeByIndexes(row, col, 1, 1);
  if (key !== "day") cell.format.fill.color = INPUT_FILL;
  context.workbook.names.add(SETTING_ROWS[key].name, cell, SETTING_ROWS[key].comment);
  return cell;
}

/** Queues a setting's whole row: its label left of the named cell, bold, and its help right of it. */
function queueSettingRow(context: Excel.RequestContext, sheet: Excel.Worksheet, key: SettingKey, row: number, col: number): Excel.Range {
  const { label, help } = SETTING_ROWS[key];
  if (col > 0) {
    const labelCell = sheet.getRangeByIndexes(row, col - 1, 1, 1);
    labelCell.values = [[textInput(label)]];
    labelCell.format.font.bold = true;
  }
  sheet.getRangeByIndexes(row, col + 1, 1, 1).values = [[textInput(help)]];
  return nameSettingCell(context, sheet, key, row, col);
}

/**
 * Queues the cells an older settings sheet lacks, below the last one it has (which the older versions left
 * blank, or held the note), and the blank row and note under them. One sync, to find where that is.
 */
async function addMissingCells(context: Excel.RequestContext, names: NamesLookup, found: SettingCells): Promise<AllSettingCells> {
  const last = found.quarters ?? found.amberDays;
  last.load("rowIndex,columnIndex");
  const sheet = last.worksheet;
  await context.sync();
  let row = last.rowIndex + 1;
  const col = last.columnIndex;
  const cells = { ...found } as Record<SettingKey, Excel.Range | null>;
  for (const key of SETTING_KEYS) {
    if (cells[key]) continue;
    if (!names[key].isNullObject) names[key].delete(); // a name that no longer refers to a cell
    cells[key] = queueSettingRow(context, sheet, key, row++, col);
  }
  const left = Math.max(0, col - 1);
  sheet.getRangeByIndexes(row, left, TRAILER.length, 3).values = TRAILER.map((r) => r.map(textInput));
  return cells as AllSettingCells;
}

/**
 * Queues the settings sheet's creation (a hidden, labelled sheet with the named cells) when the names are
 * missing, after looking up the sheet names it must not clash with (one sync); or, on an older settings
 * sheet, the cells it lacks (one sync). Returns the cells.
 */
async function ensureSettingCells(context: Excel.RequestContext, names: NamesLookup): Promise<AllSettingCells> {
  const found = settingCells(names);
  if (found) return found.quarters && found.day ? { ...found, quarters: found.quarters, day: found.day } : addMissingCells(context, names, found);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  for (const item of Object.values(names)) if (!item.isNullObject) item.delete();
  const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const sheet = worksheets.add(freeSheetName(SETTINGS_SHEET, taken));
  claimSheet(sheet, "settings");
  sheet.getRange(`A1:C${LAYOUT.length}`).values = LAYOUT.map((row) => row.map(textInput));
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRangeByIndexes(FIRST_SETTING_ROW - 1, 0, SETTING_KEYS.length, 1).format.font.bold = true;
  const cells = {} as AllSettingCells;
  SETTING_KEYS.forEach((key, i) => (cells[key] = nameSettingCell(context, sheet, key, FIRST_SETTING_ROW - 1 + i, 1)));
  sheet.getRange("A:A").format.columnWidth = 120;
  sheet.getRange("B:B").format.columnWidth = 80;
  sheet.visibility = "Hidden";
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
  // Number formats first: a cell formatted as Text would keep a date or a formula as text.
  cells.asOf.numberFormat = [[DATE_FORMAT]];
  cells.asOf.values = [[settings.asOf === null ? "" : isoToSerial(settings.asOf, dateSystem())]];
  cells.amberDays.values = [[settings.amberDays]];
  cells.quarters.numberFormat = [["General"]];
  cells.quarters.values = [[textInput(settings.quarters)]];
  cells.day.numberFormat = [[DATE_FORMAT]];
  cells.day.formulas = [[dayFormula(settings.asOf !== null)]];
}

/** Two or three syncs: look up the names (and sheet names, or where an older sheet's missing cells go), then write. */
export async function saveSettings(context: Excel.RequestContext, settings: PaneSettings): Promise<void> {
  await queueSettings(context, settings);
  await context.sync();
}
