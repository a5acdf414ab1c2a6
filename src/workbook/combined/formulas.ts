/**
 * The formulas the combined workbook writes, as text without the leading "=". They use only functions
 * every Excel and LibreOffice has (IF, AND, OR, ISNUMBER, INT, ROUND, SUM, COUNTIFS, SUMIFS, SUBSTITUTE)
 * and plain A1 references, and read the as-of date and the amber window from two workbook-level names
 * that point at cells on the About sheet.
 */
import type { Rag } from "../../model/flags/types";

export const AS_OF_NAME = "AsOf";
export const AMBER_DAYS_NAME = "AmberDays";

/** The cells of one Combined row that the flags are computed from (A1 references such as "K2"). */
export interface FlagCells {
  /** A real date, or blank when the row has no deadline. */
  dueDate: string;
  /** The status state: complete, in-progress, not-started, blocked, cancelled, none or unknown. */
  state: string;
  /** TRUE when the status is complete. */
  complete: string;
  /** red / amber / green written in the status, or blank. */
  colour: string;
  /** The row's own Overdue cell (the Days overdue and RAG formulas build on it). */
  overdue: string;
}

/**
 * Overdue, as computeFlags: the row has a deadline, the deadline is before AsOf, and the row is neither
 * complete nor cancelled. A deadline on AsOf itself is not overdue. INT drops any time of day.
 */
export function overdueFormula(c: FlagCells): string {
  return `IF(ISNUMBER(${c.dueDate}),AND(INT(${c.dueDate})<INT(${AS_OF_NAME}),${c.complete}<>TRUE,${c.state}<>"cancelled"),FALSE)`;
}

/** Whole days from the deadline to AsOf when overdue, else 0. */
export function daysOverdueFormula(c: FlagCells): string {
  return `IF(${c.overdue}=TRUE,INT(${AS_OF_NAME})-INT(${c.dueDate}),0)`;
}

/**
 * The RAG rating, as computeFlags, first that applies: blue complete; grey cancelled; red overdue, or an
 * in-progress status that says red; amber blocked, or due within AmberDays of AsOf, or an in-progress
 * status that says amber; green a row with a deadline or a recognised status; else grey. A colour written
 * in the status can make a row worse, never better (it is only looked at after blue and grey).
 */
export function ragFormula(c: FlagCells): string {
  const inProgress = `${c.state}="in-progress"`;
  const dueSoon = `IF(ISNUMBER(${c.dueDate}),INT(${c.dueDate})-INT(${AS_OF_NAME})<=${AMBER_DAYS_NAME},FALSE)`;
  const recognised = `AND(${c.state}<>"none",${c.state}<>"unknown",${c.state}<>"")`;
  return (
    `IF(${c.complete}=TRUE,"blue",` +
    `IF(${c.state}="cancelled","grey",` +
    `IF(OR(${c.overdue}=TRUE,AND(${inProgress},${c.colour}="red")),"red",` +
    `IF(OR(${c.state}="blocked",${dueSoon},AND(${inProgress},${c.colour}="amber")),"amber",` +
    `IF(OR(ISNUMBER(${c.dueDate}),${recognised}),"green","grey")))))`
  );
}

/**
 * "Combined!" for a sheet name made of letters, else "'Combined (PlanCheck)'!" with any quote doubled: the
 * prefix of a reference to a cell on that sheet.
 */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_]+$/.test(sheet) && !/^[rc]$/i.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** Absolute ranges over the Combined sheet's data rows, e.g. "Combined!$A$2:$A$101". */
export interface CombinedRanges {
  district: string;
  state: string;
  fraction: string;
  complete: string;
  overdue: string;
  rag: string;
}

/**
 * A COUNTIFS criterion that matches the district named in `cell` exactly. COUNTIFS reads a criterion as a
 * pattern: a leading "=", "<" or ">" is a comparison, and "*", "?" and "~" are wildcards. A name made of
 * letters, spaces and . , ' & ( ) - is safe as it is; anything else is compared with "=" after escaping the
 * wildcards with "~".
 */
export function districtCriterion(cell: string, district: string): string {
  if (/^[A-Za-z][A-Za-z .,'&()-]*$/.test(district) && !/^(true|false)$/i.test(district)) return cell;
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/** The Summary sheet's formulas for one district row. */
export interface DistrictFormulas {
  rows: string;
  complete: string;
  completion: string;
  overdue: string;
  rag: Record<Rag, string>;
}

/** Where the Summary sheet keeps the figures the completion formula builds on, e.g. { rows: "B", complete: "C" }. */
export interface SummaryColumns {
  district: string;
  rows: string;
  complete: string;
}

/** The counts for the district named in column `cols.district` of Summary row `row`. */
export function districtFormulas(r: CombinedRanges, cols: SummaryColumns, row: number, district: string): DistrictFormulas {
  const crit = districtCriterion(`$${cols.district}${row}`, district);
  const count = (...more: string[]): string => `COUNTIFS(${[r.district, crit, ...more].join(",")})`;
  return {
    rows: count(),
    complete: count(r.complete, "TRUE"),
    completion: completionFormula(
      `${cols.rows}${row}`,
      `${cols.complete}${row}`,
      (state) => count(r.state, `"${state}"`),
      `SUMIFS(${r.fraction},${r.district},${crit},${r.state},"in-progress")`,
    ),
    overdue: count(r.overdue, "TRUE"),
    rag: { red: count(r.rag, '"red"'), amber: count(r.rag, '"amber"'), green: count(r.rag, '"green"'), blue: count(r.rag, '"blue"'), grey: count(r.rag, '"grey"') },
  };
}

/** A Total-row cell: the sum of the district rows above (0 when there are none). */
export function sumFormula(column: string, firstRow: number, lastRow: number): string {
  return lastRow < firstRow ? "0" : `SUM(${column}${firstRow}:${column}${lastRow})`;
}

/** Completion over every combined row, from the Total row's Rows and Complete cells. */
export function totalCompletionFormula(r: CombinedRanges, cols: SummaryColumns, totalRow: number): string {
  return completionFormula(
    `${cols.rows}${totalRow}`,
    `${cols.complete}${totalRow}`,
    (state) => `COUNTIFS(${r.state},"${state}")`,
    `SUMIFS(${r.fraction},${r.state},"in-progress")`,
  );
}

/**
 * Completion as in src/model/flags/completion.ts: (complete rows + in-progress fractions) / rows that are
 * not cancelled, rounded to 3 decimals; blank ("") when no row has a recognised status or every row is
 * cancelled.
 */
function completionFormula(rows: string, complete: string, countState: (state: string) => string, inProgressFractions: string): string {
  const assessed = `${rows}-${countState("none")}-${countState("unknown")}`;
  const base = `${rows}-${countState("cancelled")}`;
  return `IF(OR(${assessed}<=0,${base}<=0),"",ROUND((${complete}+${inProgressFractions})/(${base}),3))`;
}
