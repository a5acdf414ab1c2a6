import { parseDue } from "./parseDue";

/**
 * The parser's one hard rule: never a wrong date. Anything it cannot account for in full, any
 * impossible date, and anything that would need a guessed year is "unparsed".
 */

describe("never wrong: unparsed rather than guessed", () => {
  test.each([
    // Free text, including text with a date inside a sentence: the whole text must be a date.
    "When funding allows",
    "Report to Cabinet in June 2010",
    "Report to NYSP Executive 1 October 2009",
    "31 March 2010 (revised)",
    "30 April 2009 2010",
    "3 weeks from 1 May 2010",
    "1234-5thisisnotadate",
    "2010 2011",
    // Impossible dates, and US month-first numerics.
    "31 February 2010",
    "31 April 2010",
    "29 Feb 2011",
    "13/25/2010",
    "12/31/2010",
    "0/1/2010",
    "Q5 2010",
    "Q0 2010",
    // Missing years: chrono would invent one from its reference date.
    "30 April",
    "1 October",
    "March 31",
    "June",
    "Q2",
    "30/4",
    "09/10",
    "From May onwards",
    "End of March",
    // Vague or relative.
    "tomorrow",
    "next week",
    "mid 2010",
    "Early 2010",
    "Spring 2010",
    // Two-digit numbers after a month that could be a day ("Oct 10": 10 October, or October 2010?).
    "Oct 10",
    "March 12",
    "Oct 9",
    // Ambiguous or inconsistent years.
    "FY 2010",
    "2009/11",
    "2009-11",
    "FY 2009/11",
    "Q2 2009/11",
    // Out of order, or unfinished ranges.
    "June 2010 - March 2010",
    "Nov - Feb 2011",
    "1 May 2010 to 30 June",
    // Weekday that contradicts the date (30 March 2010 was a Tuesday).
    "Monday 30 March 2010",
    "Monday 30 March 2010 5pm",
    // Implausible years.
    "30 April 2909",
    "1850",
    "Before",
    "By",
    // chrono sees these (they carry a time) but our own checks still hold.
    "13/25/2010 17:00",
    "12/31/2010 5pm",
    "30 April 5pm",
    "31 February 2010 at 5pm",
    // A long sentence that happens to contain a date.
    "Progress towards this objective is being made at variable rates; review by 31 March 2010 at the latest",
  ])("%p → unparsed", (text) => {
    expect(parseDue(text)).toMatchObject({ kind: "unparsed", start: null, end: null, text });
  });

  test("unparsed keeps the text exactly and explains when it can", () => {
    expect(parseDue("31 February 2010")).toEqual({
      kind: "unparsed",
      text: "31 February 2010",
      start: null,
      end: null,
      reading: "not read as a date: not a real date",
    });
    expect(parseDue("Q5 2010").reading).toBe("not read as a date: there is no quarter 5");
    expect(parseDue("Monday 30 March 2010").reading).toBe("not read as a date: the weekday does not match the date");
    expect(parseDue("When funding allows").reading).toBeUndefined();
  });

  test("a matching weekday is accepted", () => {
    expect(parseDue("Tuesday 30 March 2010")).toMatchObject({ kind: "date", end: "2010-03-30" });
  });

  test("two-digit years pivot at 70: 00–69 are 2000s, 70–99 are 1900s", () => {
    expect(parseDue("1/10/69").end).toBe("2069-10-01");
    expect(parseDue("1/10/70").end).toBe("1970-10-01");
    expect(parseDue("Nov 99").end).toBe("1999-11-30");
    expect(parseDue("Nov 00").end).toBe("2000-11-30");
  });
});
