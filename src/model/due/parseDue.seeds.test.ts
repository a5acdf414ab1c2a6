import { parseDue } from "./parseDue";
import type { DueKind } from "./types";

/**
 * Every due-date form in the seed plans (/work/shared/seeds 000 Timescale, 003 Date, 004 By When),
 * with the exact reading PlanCheck must give it under the default options.
 */

type Row = [text: string, kind: DueKind, start: string | null, end: string | null];

const SEED_000: Row[] = [
  ["30 April 2009", "date", "2009-04-30", "2009-04-30"],
  ["May 2009", "date", "2009-05-31", "2009-05-31"],
  ["October 2009", "date", "2009-10-31", "2009-10-31"],
  ["From adoption onwards", "ongoing", null, null],
  ["15 October 2009", "date", "2009-10-15", "2009-10-15"],
  ["By end of June 2010", "date", "2010-06-30", "2010-06-30"],
  ["By 30 September 2009", "date", "2009-09-30", "2009-09-30"],
  ["By 31 March 2010", "date", "2010-03-31", "2010-03-31"],
  ["By Sept 2010", "date", "2010-09-30", "2010-09-30"],
  ["1 October 2009", "date", "2009-10-01", "2009-10-01"],
  ["Ongoing", "ongoing", null, null],
  // A row split across a page break: "1 October" then "2009" on the next line.
  ["1 October", "unparsed", null, null],
  ["2009", "date", "2009-12-31", "2009-12-31"],
  ["May 2009 onwards", "from", "2009-05-01", null],
  ["Ongoing from May 2009", "ongoing", "2009-05-01", null],
  ["By January 2010", "date", "2010-01-31", "2010-01-31"],
  ["By May 2010", "date", "2010-05-31", "2010-05-31"],
  ["By October 2009", "date", "2009-10-31", "2009-10-31"],
  ["By March 31 2010", "date", "2010-03-31", "2010-03-31"],
];

const SEED_003: Row[] = [
  ["2009 and beyond", "from", "2009-01-01", null],
  ["Q2 2010", "date", "2010-06-30", "2010-06-30"],
  ["2010", "date", "2010-12-31", "2010-12-31"],
  ["2011", "date", "2011-12-31", "2011-12-31"],
  ["2012", "date", "2012-12-31", "2012-12-31"],
  ["2009", "date", "2009-12-31", "2009-12-31"],
  ["Immediate and ongoing", "immediate", null, null],
  ["Immediate and Ongoing", "immediate", null, null],
  ["Immediate", "immediate", null, null],
  ["April 2010", "date", "2010-04-30", "2010-04-30"],
  ["March 2010", "date", "2010-03-31", "2010-03-31"],
  ["February 2010", "date", "2010-02-28", "2010-02-28"],
  ["Sept 2010", "date", "2010-09-30", "2010-09-30"],
  ["2010-2011", "date", "2011-03-31", "2011-03-31"],
  ["Ongoing", "ongoing", null, null],
];

const SEED_004: Row[] = [
  ["Oct 09", "date", "2009-10-31", "2009-10-31"],
  ["Ongoing", "ongoing", null, null],
  ["July 09", "date", "2009-07-31", "2009-07-31"],
  ["June 2009", "date", "2009-06-30", "2009-06-30"],
  ["September 2009", "date", "2009-09-30", "2009-09-30"],
  ["On going", "ongoing", null, null],
  ["Nov 09", "date", "2009-11-30", "2009-11-30"],
  ["May 09", "date", "2009-05-31", "2009-05-31"],
  ["April 09", "date", "2009-04-30", "2009-04-30"],
];

// Header cells and text shifted into the date column by the extraction: never dates.
const NOT_DATES: Row[] = [
  ["Timescale", "unparsed", null, null],
  ["Date", "unparsed", null, null],
  ["By When", "unparsed", null, null],
  ["PA Safer Comms", "unparsed", null, null],
  ["Media & Comms Officer", "unparsed", null, null],
  ["Police Authority/ ACPO", "unparsed", null, null],
  ["", "none", null, null],
];

describe.each([
  ["000 Timescale", SEED_000],
  ["003 Date", SEED_003],
  ["004 By When", SEED_004],
  ["non-dates in the date columns", NOT_DATES],
])("seed plan %s", (_name, rows) => {
  test.each(rows)("%p → %s %p..%p", (text, kind, start, end) => {
    const due = parseDue(text);
    expect(due).toMatchObject({ kind, start, end, text });
  });
});

describe("seed readings that must say which rule was used", () => {
  test("Q2 2010 is read as a calendar quarter by default, and says so", () => {
    expect(parseDue("Q2 2010").reading).toBe("Q2 2010 read as a calendar quarter (Apr–Jun 2010)");
  });

  test("2010-2011 is read as financial year 2010/11, and says so", () => {
    expect(parseDue("2010-2011").reading).toBe(
      'end of financial year 2010/11 (31 Mar 2011); "2010-2011" read as a financial year, not a two-year range',
    );
  });

  test("a bare year reads as the end of that year", () => {
    expect(parseDue("2010").reading).toBe("end of 2010 (31 Dec 2010)");
  });

  test("From adoption onwards has no date", () => {
    expect(parseDue("From adoption onwards").reading).toBe("from adoption onwards (no date given)");
  });

  test("1 October with no year says why it was not read", () => {
    expect(parseDue("1 October").reading).toBe("not read as a date: no year given");
  });
});
