import { parseDue } from "./parseDue";

/** Dates written with their weekday, as calendars and Notion export them. */

describe("dates with a weekday", () => {
  test.each([
    ["2025-04-15 (Tuesday)", "2025-04-15"],
    ["2025-04-15 Tue", "2025-04-15"],
    ["Tuesday 2025-04-15", "2025-04-15"],
    ["Tue 15 Apr 2025", "2025-04-15"],
    ["Tue 15/04/2025", "2025-04-15"],
    ["15/04/2025 (Tue)", "2025-04-15"],
    ["Tuesday, 15 April 2025", "2025-04-15"],
  ])("%p → %s", (text, iso) => {
    expect(parseDue(text)).toMatchObject({ kind: "date", start: iso, end: iso, text });
  });

  test.each(["2025-04-15 (Monday)", "Wed 15/04/2025", "15/04/2025 (Fri)"])("%p: a weekday that contradicts the date is not read", (text) => {
    expect(parseDue(text)).toMatchObject({ kind: "unparsed", reading: "not read as a date: the weekday does not match the date" });
  });
});
