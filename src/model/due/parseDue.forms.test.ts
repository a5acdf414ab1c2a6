import { parseDue } from "./parseDue";
import type { DueKind, DueOptions } from "./types";

type Row = [text: string, kind: DueKind, start: string | null, end: string | null];

function expectDueWith(options: DueOptions | undefined, [text, kind, start, end]: Row): void {
  expect(parseDue(text, options)).toMatchObject({ kind, start, end, text });
}

// Exactly four parameters: jest treats a fifth as a `done` callback and would wait for it.
function expectDue(text: string, kind: DueKind, start: string | null, end: string | null): void {
  expectDueWith(undefined, [text, kind, start, end]);
}

describe("single days", () => {
  test.each<Row>([
    ["30 April 2009", "date", "2009-04-30", "2009-04-30"],
    ["15 October 2009", "date", "2009-10-15", "2009-10-15"],
    ["By 30 September 2009", "date", "2009-09-30", "2009-09-30"],
    ["By March 31 2010", "date", "2010-03-31", "2010-03-31"],
    ["By 31 March 2010", "date", "2010-03-31", "2010-03-31"],
    ["31st March 2010", "date", "2010-03-31", "2010-03-31"],
    ["1st October 2009", "date", "2009-10-01", "2009-10-01"],
    ["30th of April 2009", "date", "2009-04-30", "2009-04-30"],
    ["30 April, 2009", "date", "2009-04-30", "2009-04-30"],
    ["30-Apr-2009", "date", "2009-04-30", "2009-04-30"],
    ["30 Apr 09", "date", "2009-04-30", "2009-04-30"],
    ["29 Feb 2012", "date", "2012-02-29", "2012-02-29"],
    ["31/03/2010", "date", "2010-03-31", "2010-03-31"],
    ["31.3.10", "date", "2010-03-31", "2010-03-31"],
    ["1/10/09", "date", "2009-10-01", "2009-10-01"],
    ["31-03-2010", "date", "2010-03-31", "2010-03-31"],
    ["2010-03-31", "date", "2010-03-31", "2010-03-31"],
    ["Tuesday 30 March 2010", "date", "2010-03-30", "2010-03-30"],
    ["Tue 30th March 2010", "date", "2010-03-30", "2010-03-30"],
  ])("%p → %s %p", expectDue);

  test("numeric dates are read day first, and the reading says so", () => {
    expect(parseDue("1/10/09").reading).toBe("1 Oct 2009 (read day first)");
  });
});

describe("days with a time or in an unusual order (chrono fallback)", () => {
  test.each<Row>([
    ["30 March 2010 at 5pm", "date", "2010-03-30", "2010-03-30"],
    ["31/03/2010 17:00", "date", "2010-03-31", "2010-03-31"],
    ["Tue 30 Mar 2010 17:00", "date", "2010-03-30", "2010-03-30"],
    ["March 31st, 2010 at 5pm", "date", "2010-03-31", "2010-03-31"],
    ["The 31st of March, 2010", "date", "2010-03-31", "2010-03-31"],
  ])("%p → %s %p", expectDue);
});

describe("months: the deadline is the month's last day", () => {
  test.each<Row>([
    ["May 2009", "date", "2009-05-31", "2009-05-31"],
    ["October 2009", "date", "2009-10-31", "2009-10-31"],
    ["Sept 2010", "date", "2010-09-30", "2010-09-30"],
    ["Sept. 2010", "date", "2010-09-30", "2010-09-30"],
    ["Sep 2010", "date", "2010-09-30", "2010-09-30"],
    ["By Sept 2010", "date", "2010-09-30", "2010-09-30"],
    ["By end of June 2010", "date", "2010-06-30", "2010-06-30"],
    ["By the end of June 2010", "date", "2010-06-30", "2010-06-30"],
    ["End of June 2010", "date", "2010-06-30", "2010-06-30"],
    ["No later than June 2010", "date", "2010-06-30", "2010-06-30"],
    ["Target: June 2010", "date", "2010-06-30", "2010-06-30"],
    ["Deadline: June 2010", "date", "2010-06-30", "2010-06-30"],
    ["Due June 2010", "date", "2010-06-30", "2010-06-30"],
    ["In June 2010", "date", "2010-06-30", "2010-06-30"],
    ["During June 2010", "date", "2010-06-30", "2010-06-30"],
    ["By January 2010", "date", "2010-01-31", "2010-01-31"],
    ["By May 2010", "date", "2010-05-31", "2010-05-31"],
    ["By October 2009", "date", "2009-10-31", "2009-10-31"],
    ["Oct 09", "date", "2009-10-31", "2009-10-31"],
    ["Oct '09", "date", "2009-10-31", "2009-10-31"],
    ["Oct-09", "date", "2009-10-31", "2009-10-31"],
    ["Oct-10", "date", "2010-10-31", "2010-10-31"],
    ["July 09", "date", "2009-07-31", "2009-07-31"],
    ["Nov 09", "date", "2009-11-30", "2009-11-30"],
    ["April 09", "date", "2009-04-30", "2009-04-30"],
    ["March 2010", "date", "2010-03-31", "2010-03-31"],
    ["February 2010", "date", "2010-02-28", "2010-02-28"],
    ["February 2012", "date", "2012-02-29", "2012-02-29"],
    ["April 2010", "date", "2010-04-30", "2010-04-30"],
    ["03/2010", "date", "2010-03-31", "2010-03-31"],
  ])("%p → %s %p", expectDue);

  test("the reading names the month and the day", () => {
    expect(parseDue("Sept 2010").reading).toBe("end of September 2010 (30 Sep 2010)");
  });
});

describe("before: due the day before the named day or period starts", () => {
  test.each<Row>([
    ["Before 1 May 2010", "date", "2010-04-30", "2010-04-30"],
    ["Before May 2010", "date", "2010-04-30", "2010-04-30"],
    ["Before 1 January 2011", "date", "2010-12-31", "2010-12-31"],
    ["Before 2011", "date", "2010-12-31", "2010-12-31"],
    ["Prior to 1 March 2012", "date", "2012-02-29", "2012-02-29"],
    // "Before the end of" is just "by the end of".
    ["Before the end of June 2010", "date", "2010-06-30", "2010-06-30"],
  ])("%p → %s %p", expectDue);

  test("the reading says what 'before' was taken to mean", () => {
    expect(parseDue("Before May 2010").reading).toBe("before May 2010: due by 30 Apr 2010");
  });
});

describe("years and financial years", () => {
  test.each<Row>([
    ["2010", "date", "2010-12-31", "2010-12-31"],
    ["end of 2010", "date", "2010-12-31", "2010-12-31"],
    ["By the end of 2010", "date", "2010-12-31", "2010-12-31"],
    ["2009/10", "date", "2010-03-31", "2010-03-31"],
    ["2009-10", "date", "2010-03-31", "2010-03-31"],
    ["2009/2010", "date", "2010-03-31", "2010-03-31"],
    ["2010-2011", "date", "2011-03-31", "2011-03-31"],
    ["2010 – 2011", "date", "2011-03-31", "2011-03-31"],
    ["2010/11", "date", "2011-03-31", "2011-03-31"],
    ["FY 2010/11", "date", "2011-03-31", "2011-03-31"],
    ["FY10/11", "date", "2011-03-31", "2011-03-31"],
    ["Financial year 2010/11", "date", "2011-03-31", "2011-03-31"],
    ["By end of 2009/10", "date", "2010-03-31", "2010-03-31"],
    ["1999/00", "date", "2000-03-31", "2000-03-31"],
  ])("%p → %s %p", expectDue);

  test("a financial year's reading names it and its last day", () => {
    expect(parseDue("2009/10").reading).toBe("end of financial year 2009/10 (31 Mar 2010)");
  });

  test("bare year reading", () => {
    expect(parseDue("end of 2010").reading).toBe("end of 2010 (31 Dec 2010)");
  });

  test("yearPairs: range reads 2010-2011 as two calendar years, but not 2009/10 or FY forms", () => {
    const options: DueOptions = { yearPairs: "range" };
    expectDueWith(options, ["2010-2011", "range", "2010-01-01", "2011-12-31"]);
    expectDueWith(options, ["2009/2010", "range", "2009-01-01", "2010-12-31"]);
    expectDueWith(options, ["2009/10", "date", "2010-03-31", "2010-03-31"]);
    expectDueWith(options, ["FY 2010/2011", "date", "2011-03-31", "2011-03-31"]);
  });
});

describe("quarters", () => {
  test.each<Row>([
    ["Q2 2010", "date", "2010-06-30", "2010-06-30"],
    ["Qtr 2 2010", "date", "2010-06-30", "2010-06-30"],
    ["Quarter 2 2010", "date", "2010-06-30", "2010-06-30"],
    ["2010 Q2", "date", "2010-06-30", "2010-06-30"],
    ["Q1 2010", "date", "2010-03-31", "2010-03-31"],
    ["Q4 2010", "date", "2010-12-31", "2010-12-31"],
    ["By end of Q3 2010", "date", "2010-09-30", "2010-09-30"],
    // A financial year written with the quarter is always a financial quarter.
    ["Quarter 2 2010/11", "date", "2010-09-30", "2010-09-30"],
    ["Q2 2010/11", "date", "2010-09-30", "2010-09-30"],
    ["Q4 2010/11", "date", "2011-03-31", "2011-03-31"],
    ["2010/11 Q1", "date", "2010-06-30", "2010-06-30"],
  ])("calendar (default): %p → %s %p", expectDue);

  test.each<Row>([
    ["Q1 2010", "date", "2010-06-30", "2010-06-30"],
    ["Q2 2010", "date", "2010-09-30", "2010-09-30"],
    ["Q3 2010", "date", "2010-12-31", "2010-12-31"],
    ["Q4 2010", "date", "2011-03-31", "2011-03-31"],
    ["Quarter 2 2010/11", "date", "2010-09-30", "2010-09-30"],
  ])("financial: %p → %s %p", (text, kind, start, end) => {
    expectDueWith({ quarters: "financial" }, [text, kind, start, end]);
  });

  test("the reading states the quarter rule used", () => {
    expect(parseDue("Q2 2010").reading).toBe("Q2 2010 read as a calendar quarter (Apr–Jun 2010)");
    expect(parseDue("Q2 2010", { quarters: "financial" }).reading).toBe(
      "Q2 2010 read as a financial quarter (Jul–Sep 2010)",
    );
    expect(parseDue("Q4 2010", { quarters: "financial" }).reading).toBe(
      "Q4 2010 read as a financial quarter (Jan–Mar 2011)",
    );
    expect(parseDue("Quarter 2 2010/11").reading).toBe("Q2 2010/11 read as a financial quarter (Jul–Sep 2010)");
  });
});

describe("ranges: start of the first endpoint to end of the last", () => {
  test.each<Row>([
    ["June – Sept 2010", "range", "2010-06-01", "2010-09-30"],
    ["June - Sept 2010", "range", "2010-06-01", "2010-09-30"],
    ["June-Sept 2010", "range", "2010-06-01", "2010-09-30"],
    ["Jan to March 2010", "range", "2010-01-01", "2010-03-31"],
    ["Dec 2009 - Feb 2010", "range", "2009-12-01", "2010-02-28"],
    ["2009 to 2011", "range", "2009-01-01", "2011-12-31"],
    ["2009-2012", "range", "2009-01-01", "2012-12-31"],
    ["2009 to 2010", "range", "2009-01-01", "2010-12-31"],
    ["1 May 2010 - 30 June 2010", "range", "2010-05-01", "2010-06-30"],
    ["1 May - 30 June 2010", "range", "2010-05-01", "2010-06-30"],
    ["1 - 30 June 2010", "range", "2010-06-01", "2010-06-30"],
    ["1/10/09 - 31/3/10", "range", "2009-10-01", "2010-03-31"],
    ["Q1 - Q2 2010", "range", "2010-01-01", "2010-06-30"],
    ["2009/10 - 2010/11", "range", "2009-04-01", "2011-03-31"],
    ["Between May and July 2010", "range", "2010-05-01", "2010-07-31"],
    ["From June to Sept 2010", "range", "2010-06-01", "2010-09-30"],
    ["June to end of Sept 2010", "range", "2010-06-01", "2010-09-30"],
  ])("%p → %s %p..%p", expectDue);

  test("a range's reading shows both days and what was written", () => {
    expect(parseDue("June – Sept 2010").reading).toBe("1 Jun 2010 to 30 Sep 2010 (June 2010 to September 2010)");
  });
});

describe("open-ended: from a date", () => {
  test.each<Row>([
    ["May 2009 onwards", "from", "2009-05-01", null],
    ["May 2009 onward", "from", "2009-05-01", null],
    ["2009 and beyond", "from", "2009-01-01", null],
    ["From April 2010", "from", "2010-04-01", null],
    ["From April 2010 onwards", "from", "2010-04-01", null],
    ["From 1 May 2010", "from", "2010-05-01", null],
    ["Starting from Q2 2010", "from", "2010-04-01", null],
    ["2009+", "from", "2009-01-01", null],
  ])("%p → %s %p", expectDue);
});

describe("ongoing and recurring", () => {
  test.each<Row>([
    ["Ongoing", "ongoing", null, null],
    ["On going", "ongoing", null, null],
    ["On-going", "ongoing", null, null],
    ["ONGOING", "ongoing", null, null],
    ["Continuous", "ongoing", null, null],
    ["Ongoing from May 2009", "ongoing", "2009-05-01", null],
    ["Ongoing (from May 2009)", "ongoing", "2009-05-01", null],
    ["On-going since 2009", "ongoing", "2009-01-01", null],
    ["From adoption onwards", "ongoing", null, null],
    ["Monthly", "ongoing", null, null],
    ["Quarterly", "ongoing", null, null],
    ["Annually", "ongoing", null, null],
    ["Annual", "ongoing", null, null],
  ])("%p → %s %p", expectDue);

  test.each([
    ["Monthly", "recurring (monthly)"],
    ["Quarterly", "recurring (quarterly)"],
    ["Annually", "recurring (annually)"],
    ["Annual", "recurring (annually)"],
    ["Ongoing from May 2009", "ongoing from May 2009 (starts 1 May 2009)"],
    ["From adoption onwards", "from adoption onwards (no date given)"],
  ])("%p reads as %p", (text, reading) => {
    expect(parseDue(text).reading).toBe(reading);
  });
});

describe("immediate", () => {
  test.each(["Immediate", "Immediately", "Immediate and ongoing", "Immediate and Ongoing", "Immediate & ongoing",
    "ASAP", "With immediate effect"])("%p → immediate", (text) => {
    expectDue(text, "immediate", null, null);
  });
});

describe("nothing to read", () => {
  test.each(["", "   ", "\n\t", "TBC", "TBA", "TBD", "tbc", "N/A", "n/a", "NA", "-", "--", "----", "–", "?",
    "Not applicable", "By: TBC"])("%p → none", (text) => {
    expectDue(text, "none", null, null);
  });
});

describe("normalisation", () => {
  test.each<Row>([
    ["  May 2009  ", "date", "2009-05-31", "2009-05-31"],
    ["May\u00a02009", "date", "2009-05-31", "2009-05-31"],
    ["By\nend of\nJune 2010", "date", "2010-06-30", "2010-06-30"],
    ["BY END OF JUNE 2010", "date", "2010-06-30", "2010-06-30"],
    ["30 April 2009.", "date", "2009-04-30", "2009-04-30"],
    ["June \u2014 Sept 2010", "range", "2010-06-01", "2010-09-30"],
    ["2009\u201310", "date", "2010-03-31", "2010-03-31"],
  ])("%p → %s %p", expectDue);

  test("text is kept exactly as written", () => {
    expect(parseDue("  By Sept 2010\u00a0").text).toBe("  By Sept 2010\u00a0");
  });
});
