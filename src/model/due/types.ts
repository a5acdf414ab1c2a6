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
  /** Nothing to read: blank, TBC, N/A, "-". */
  | (DueBase & { kind: "none"; start: null; end: null })
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

export interface DueOptions {
  /** How "Q2 2010" is read: calendar (Apr–Jun 2010) or financial (Jul–Sep 2010). Default calendar. */
  quarters?: QuarterRule;
  /** Date system for numbers that look like Excel serials. Default 1900. */
  dateSystem?: 1900 | 1904;
  /** How "2010-2011" is read: one financial year (default) or a two-year range. */
  yearPairs?: YearPairRule;
}
