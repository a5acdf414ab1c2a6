import {
  daysInMonth,
  endOfMonth,
  expandTwoDigitYear,
  formatDay,
  isIsoDate,
  isValidDate,
  previousDay,
  weekdayOf,
} from "./calendar";

describe("calendar arithmetic", () => {
  test("month lengths, with leap years", () => {
    expect(daysInMonth(2010, 2)).toBe(28);
    expect(daysInMonth(2012, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2010, 9)).toBe(30);
    expect(endOfMonth(2010, 12)).toBe("2010-12-31");
  });

  test("validity", () => {
    expect(isValidDate(2010, 2, 29)).toBe(false);
    expect(isValidDate(2010, 13, 1)).toBe(false);
    expect(isValidDate(2010, 4, 31)).toBe(false);
    expect(isValidDate(2010, 3, 31)).toBe(true);
    expect(isIsoDate("2010-03-31")).toBe(true);
    expect(isIsoDate("2010-3-31")).toBe(false);
  });

  test("the day before crosses months and years", () => {
    expect(previousDay("2010-05-01")).toBe("2010-04-30");
    expect(previousDay("2012-03-01")).toBe("2012-02-29");
    expect(previousDay("2011-01-01")).toBe("2010-12-31");
    expect(previousDay("2010-05-15")).toBe("2010-05-14");
  });

  test("weekday, readable days and two-digit years", () => {
    expect(weekdayOf(2010, 3, 30)).toBe(2);
    expect(formatDay("2010-03-31")).toBe("31 Mar 2010");
    expect(expandTwoDigitYear(69)).toBe(2069);
    expect(expandTwoDigitYear(70)).toBe(1970);
  });
});
