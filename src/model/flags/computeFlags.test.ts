import type { Due } from "../due/types";
import type { Status } from "../status/types";
import { computeFlags, daysBetween, isoDayNumber } from "./computeFlags";
import type { Flags } from "./types";

const date = (end: string): Due => ({ kind: "date", text: end, start: end, end });
const range = (start: string, end: string): Due => ({ kind: "range", text: `${start} – ${end}`, start, end });
const ongoing: Due = { kind: "ongoing", text: "Ongoing", start: null, end: null };
const from: Due = { kind: "from", text: "May 2009 onwards", start: "2009-05-01", end: null };
const immediate: Due = { kind: "immediate", text: "Immediate", start: null, end: null };
const noDue: Due = { kind: "none", text: "", start: null, end: null };
const unparsed: Due = { kind: "unparsed", text: "When funding allows", start: null, end: null };

const none: Status = { state: "none", text: "", fraction: null };
const unknown: Status = { state: "unknown", text: "Noted", fraction: null };
const complete: Status = { state: "complete", text: "✓", fraction: 1 };
const partial: Status = { state: "in-progress", text: "Partial", fraction: null };
const red: Status = { state: "in-progress", text: "Red", fraction: null, rag: "red" };
const amber: Status = { state: "in-progress", text: "Amber", fraction: null, rag: "amber" };
const green: Status = { state: "in-progress", text: "Green", fraction: null, rag: "green" };
const notStarted: Status = { state: "not-started", text: "----", fraction: 0 };
const blocked: Status = { state: "blocked", text: "Awaits County", fraction: null };
const cancelled: Status = { state: "cancelled", text: "Withdrawn", fraction: null };

const AS_OF = "2010-07-01";
const flags = (complete: boolean, overdue: boolean, daysOverdue: number, rag: Flags["rag"]): Flags => ({ complete, overdue, daysOverdue, rag });

describe("computeFlags as of 2010-07-01", () => {
  test.each<[string, Due, Status, Flags]>([
    ["due yesterday, blank → overdue 1 day", date("2010-06-30"), none, flags(false, true, 1, "red")],
    ["due yesterday, unrecognised → overdue", date("2010-06-30"), unknown, flags(false, true, 1, "red")],
    ["due yesterday, partial → overdue", date("2010-06-30"), partial, flags(false, true, 1, "red")],
    ["due yesterday, blocked → overdue, red beats amber", date("2010-06-30"), blocked, flags(false, true, 1, "red")],
    ["due yesterday, complete → blue", date("2010-06-30"), complete, flags(true, false, 0, "blue")],
    ["due yesterday, cancelled → grey, not overdue", date("2010-06-30"), cancelled, flags(false, false, 0, "grey")],
    ["due a year ago, not started", date("2009-07-01"), notStarted, flags(false, true, 365, "red")],
    ["due today → not overdue, amber", date("2010-07-01"), none, flags(false, false, 0, "amber")],
    ["due in 9 days, blank → amber", date("2010-07-10"), none, flags(false, false, 0, "amber")],
    ["due in 14 days → amber (window inclusive)", date("2010-07-15"), partial, flags(false, false, 0, "amber")],
    ["due in 15 days → green", date("2010-07-16"), partial, flags(false, false, 0, "green")],
    ["due in 15 days, blank → green (it has a deadline)", date("2010-07-16"), none, flags(false, false, 0, "green")],
    ["due in 9 days, complete → blue", date("2010-07-10"), complete, flags(true, false, 0, "blue")],
    ["due in 9 days, cancelled → grey", date("2010-07-10"), cancelled, flags(false, false, 0, "grey")],
    ["due later, blocked → amber", date("2010-12-31"), blocked, flags(false, false, 0, "amber")],
    ["due later, written Red → red, not overdue", date("2010-12-31"), red, flags(false, false, 0, "red")],
    ["due later, written Amber → amber", date("2010-12-31"), amber, flags(false, false, 0, "amber")],
    ["due later, written Green → green", date("2010-12-31"), green, flags(false, false, 0, "green")],
    ["due in 5 days, written Green → amber (dates win when worse)", date("2010-07-06"), green, flags(false, false, 0, "amber")],
    ["overdue, written Green → red", date("2010-06-01"), green, flags(false, true, 30, "red")],
    ["range ended → overdue from its end", range("2010-04-01", "2010-06-30"), partial, flags(false, true, 1, "red")],
    ["range running → by its end", range("2010-04-01", "2011-03-31"), partial, flags(false, false, 0, "green")],
    ["ongoing, blank → grey, never overdue", ongoing, none, flags(false, false, 0, "grey")],
    ["ongoing, unrecognised → grey", ongoing, unknown, flags(false, false, 0, "grey")],
    ["ongoing, in progress → green", ongoing, partial, flags(false, false, 0, "green")],
    ["ongoing, complete → blue", ongoing, complete, flags(true, false, 0, "blue")],
    ["ongoing, blocked → amber", ongoing, blocked, flags(false, false, 0, "amber")],
    ["from May 2009 onwards, in progress → green", from, partial, flags(false, false, 0, "green")],
    ["immediate, not started → green", immediate, notStarted, flags(false, false, 0, "green")],
    ["immediate, blank → grey", immediate, none, flags(false, false, 0, "grey")],
    ["no due date, not started → green", noDue, notStarted, flags(false, false, 0, "green")],
    ["no due date, blank → grey (nothing to assess)", noDue, none, flags(false, false, 0, "grey")],
    ["unparsed due, unrecognised → grey", unparsed, unknown, flags(false, false, 0, "grey")],
    ["unparsed due, complete → blue", unparsed, complete, flags(true, false, 0, "blue")],
    ["no due date, cancelled → grey", noDue, cancelled, flags(false, false, 0, "grey")],
  ])("%s", (_name, due, status, expected) => {
    expect(computeFlags(due, status, { asOf: AS_OF })).toEqual(expected);
  });
});

describe("daysOverdue: whole UTC days", () => {
  test.each<[string, string, number]>([
    ["2010-06-30", "2010-07-01", 1],
    ["2010-01-31", "2010-03-01", 29], // across end of Feb, common year
    ["2012-01-31", "2012-03-01", 30], // across end of Feb, leap year
    ["2012-02-28", "2012-03-01", 2], // 29 Feb 2012 counted
    ["2011-02-28", "2011-03-01", 1],
    ["2012-02-29", "2013-02-28", 365],
    ["2011-03-01", "2012-03-01", 366], // a year containing 29 Feb
    ["2009-12-31", "2010-01-01", 1], // year end
    ["2010-04-30", "2010-05-01", 1], // 30-day month end
    ["2010-03-27", "2010-03-29", 2], // across the UK clocks going forward (28 Mar 2010)
    ["2010-10-30", "2010-11-01", 2], // across the UK clocks going back (31 Oct 2010)
    ["1999-12-31", "2000-03-01", 61], // 2000 is a leap year
    ["2100-02-28", "2100-03-01", 1], // 2100 is not
  ])("due %s, as of %s → %i days", (end, asOf, days) => {
    expect(computeFlags(date(end), none, { asOf })).toMatchObject({ overdue: true, daysOverdue: days, rag: "red" });
    expect(daysBetween(end, asOf)).toBe(days);
  });

  test("asOf with a time part is read as its date", () => {
    expect(computeFlags(date("2010-06-30"), none, { asOf: "2010-07-01T23:59:59Z" }).daysOverdue).toBe(1);
  });
});

describe("amberDays", () => {
  test.each<[number | undefined, string, Flags["rag"]]>([
    [undefined, "2010-07-15", "amber"],
    [undefined, "2010-07-16", "green"],
    [0, "2010-07-01", "amber"],
    [0, "2010-07-02", "green"],
    [30, "2010-07-31", "amber"],
    [30, "2010-08-01", "green"],
  ])("amberDays %p, due %s → %s", (amberDays, end, rag) => {
    expect(computeFlags(date(end), partial, { asOf: AS_OF, amberDays }).rag).toBe(rag);
  });

  test("rejects a negative window", () => {
    expect(() => computeFlags(date("2010-07-10"), none, { asOf: AS_OF, amberDays: -1 })).toThrow(RangeError);
  });
});

describe("isoDayNumber", () => {
  test.each<[string, number]>([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["2000-01-01", 10957],
  ])("%s → %i", (iso, n) => expect(isoDayNumber(iso)).toBe(n));

  test.each(["", "1/7/2010", "2010-02-30", "2010-13-01", "July 2010"])("rejects %j", (iso) => {
    expect(() => isoDayNumber(iso)).toThrow(RangeError);
  });

  test("a bad asOf throws rather than flagging everything", () => {
    expect(() => computeFlags(date("2010-06-30"), none, { asOf: "01/07/2010" })).toThrow(RangeError);
  });
});
