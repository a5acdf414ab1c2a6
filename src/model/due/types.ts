/**
 * A due date as written in a plan, and what PlanCheck reads it to mean.
 * Every variant keeps the original text; `start`/`end` are ISO dates ("YYYY-MM-DD") or null.
 * `end` is the deadline: a row is overdue when `end` is before the as-of date.
 */
interface DueBase {
  /** The cell's text as written (dates from date cells as ISO). */
  text: string;
  /**
   * How the text was read, in plain English, e.g. "end of financial year 2009/10" or
   * "Q2 2010 read as a calendar quarter (Apr–Jun)". Always present for ambiguous forms.
   */
  reading?: string;
}

export type Due =
  /** A single deadline: a day, or the last day of a named month, quarter, year or financial year. */
  | (DueBase & { kind: "date"; start: string; end: string })
  /** Two endpoints written in the text ("June – Sept 2010", "2009 to 2011"). */
  | (DueBase & { kind: "range"; start: string; end: string })
  /** Starts then and carries on ("May 2009 onwards", "2009 and beyond"): no deadline. */
  | (DueBase & { kind: "from"; start: string; end: null })
  /** Continuous work ("Ongoing", "Ongoing from May 2009"): no deadline. */
  | (DueBase & { kind: "ongoing"; start: string | null; end: null })
  /** "Immediate", "Immediate and ongoing": to start at once, no dated deadline. */
  | (DueBase & { kind: "immediate"; start: null; end: null })
  /**
   * Nothing to read: blank, TBC, N/A, "-", "Short term". `placeholder` marks a zero date ("1899-12-30",
   * "0000-00-00", serial 0): no date either, but one the officer should replace with the real one.
   */
  | (DueBase & { kind: "none"; start: null; end: null; placeholder?: true })
  /** Text that is not a recognisable date. Never guessed. */
  | (DueBase & { kind: "unparsed"; start: null; end: null });

export type DueKind = Due["kind"];

export type QuarterRule = "calendar" | "financial";

/**
 * How two consecutive four-digit years joined by "/" or "-" ("2010-2011", "2009/2010") are read:
 * as one financial year ending 31 March of the second year, or as a range of two calendar years.
 * Short forms ("2009/10") and "FY" forms are always financial years.
 */
export type YearPairRule = "financial" | "range";

/**
 * How a numeric date such as "1/10/09" is read: day first (1 October, the UK way and the default) or
 * month first (10 January), for a column whose own values show they are written the US way.
 */
export type DayOrder = "day-first" | "month-first";

/** The options a column's own values decide: how its numeric dates are read, and why. */
export type DayOrderOptions = Pick<DueOptions, "dayOrder" | "dayOrderWhy">;

export interface DueOptions {
  /** How "Q2 2010" is read: calendar (Apr–Jun 2010) or financial (Jul–Sep 2010). Default calendar. */
  quarters?: QuarterRule;
  /** Date system for numbers that look like Excel serials. Default 1900. */
  dateSystem?: 1900 | 1904;
  /** How "2010-2011" is read: one financial year (default) or a two-year range. */
  yearPairs?: YearPairRule;
  /** How "1/10/09" is read. Default day first. */
  dayOrder?: DayOrder;
  /**
   * Why the day order was chosen, e.g. "column D's dates are written month first, e.g. 11/14/24":
   * quoted in the reading of every numeric date it decided.
   */
  dayOrderWhy?: string;
}
