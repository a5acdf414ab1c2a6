/**
 * What the task pane's UI asks of the place it runs in. Two implementations: the Excel host
 * (src/taskpane/host, the only code that touches office.js) and the browser host (workbooks opened from
 * disk, the combined workbook downloaded). The UI imports this contract and src/model, never Office.
 *
 * Coordinates: every grid a host returns starts at A1 (rows[0][0] is A1 of the sheet, empty rows and
 * columns above and left of the used range included), so the model's findings and RowReports name real
 * sheet cells and rows.
 */
import type { CombinedView } from "../model/combine/types";
import { DEFAULT_FLAG_SETTINGS, type FlagSettings } from "../model/settings/flagSettings";
import type { Grid } from "../model/grid";
import type { Severity } from "../model/findings";
import type { Rag } from "../model/flags/types";
import type { Template } from "../model/templates/types";

export type HostKind = "excel" | "browser";

/** A problem cell to highlight. */
export interface CellMark {
  sheet: string;
  /** A1 address on the sheet. */
  cell: string;
  severity: Severity;
}

/**
 * The flag settings (src/model/settings: as-of date, amber window, quarter rule), kept in the workbook in
 * Excel so everyone who opens it sees the same flags, and in the browser's storage on the standalone page.
 */
export type PaneSettings = FlagSettings;

/** The settings until the officer changes them: the model's defaults (today, its amber window, calendar quarters). */
export const DEFAULT_SETTINGS: Readonly<PaneSettings> = DEFAULT_FLAG_SETTINGS;

/** One data row's flags, for writing flag columns as values. */
export interface RowFlags {
  /** 1-based sheet row. */
  row: number;
  complete: boolean;
  overdue: boolean;
  daysOverdue: number;
  rag: Rag;
}

/**
 * The flag columns' headings, in order, as every host writes them (defined by the model, which recognises
 * them when a sheet is read again): a host finds flag columns it added before by these on the header row,
 * and replaces them.
 */
export { FLAG_COLUMN_TITLES } from "../model/flags/flagColumns";

/** "Add flag columns" beside a plan table found by the model. */
export interface FlagColumnsRequest {
  sheet: string;
  /** 1-based sheet row of the table's header. */
  headerRow: number;
  /** 1-based sheet row of the table's last data row. */
  lastRow: number;
  /** 0-based columns of the due and status cells (status may be missing: police plans have none). */
  dueCol: number;
  statusCol: number | null;
  /** 0-based column the four flag columns start at (the first free column right of the table). */
  firstFlagCol: number;
  /** The action rows (1-based) that get flags; other rows in the range (headings, repeated headers) stay blank. */
  rows: RowFlags[];
  /** Live `PLAN.*` formulas referring to the workbook's settings cells, or plain values (for people without the add-in). */
  mode: "formulas" | "values";
  settings: PaneSettings;
}

/** Progress of one file in a combine run, for the Combine tab. */
export type FileProgress =
  | { file: string; state: "reading" }
  | { file: string; state: "done"; rowsRead: number; rowsCombined: number; rowsSkipped: number; findings: number }
  | { file: string; state: "failed"; message: string };

export interface PlanHost {
  readonly kind: HostKind;
  /** Names of the sheets that can be checked (browser: the sheets of the opened workbooks). */
  sheetNames(): Promise<string[]>;
  /** The sheet the officer is looking at, if the host knows. */
  activeSheetName(): Promise<string | null>;
  /** The sheet's cells, values and date formats, starting at A1 (see above). */
  readSheet(name: string): Promise<Grid>;
  /** Selects (Excel) or scrolls to (browser) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Highlights problem cells without touching the officer's own formatting; clearMarks removes exactly these. */
  markCells(marks: readonly CellMark[]): Promise<void>;
  clearMarks(): Promise<void>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  addFlagColumns(request: FlagColumnsRequest): Promise<void>;
  /**
   * Puts the combined view where the officer can use it: in Excel, the Combined / Summary / Issues / About
   * sheets of the current workbook (replacing an earlier run's); in the browser, a downloaded .xlsx.
   * Returns a short description of where it went.
   */
  writeCombined(view: CombinedView): Promise<string>;
  /**
   * The templates saved with "Save as template…" (Excel: in this workbook, so whoever opens it has them; the
   * browser: in this browser's storage), for the template picker. Damaged entries are left out.
   */
  loadTemplates(): Promise<Template[]>;
  /** Keeps a template, replacing a saved one of the same name; returns where it went ("in this workbook"). */
  saveTemplate(template: Template): Promise<string>;
  /**
   * Hands the officer a template file (the JSON `plancheck --template` takes): a download where the pane can
   * download. Returns what happened, in words for the message bar.
   */
  exportTemplate(file: TemplateFile): Promise<string>;
  /**
   * Makes the blank district return workbook laid out by `template` (instructions, a Status drop-down, date
   * checks on Due, a protected header: the same workbook as `plancheck template --return`) and hands it to the
   * officer: in Excel, opened as a new workbook; in the browser, downloaded. Returns what happened, in words.
   */
  writeReturnWorkbook(template: Template): Promise<string>;
}

/** A template as a file: its name ("craven-2010.json") and its JSON text. */
export interface TemplateFile {
  name: string;
  text: string;
}
