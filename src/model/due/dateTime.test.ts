import { parseDue } from "./parseDue";

/** Date-times as tools export them: the deadline is the day. */

describe("date-times: the day is the deadline", () => {
  test.each([
    ["2024-11-14 10:30", "2024-11-14"],
    ["2024-11-14 10:30:00", "2024-11-14"],
    ["14/11/2024 10:30:00", "2024-11-14"],
    ["14/11/2024 17:00", "2024-11-14"],
    ["14/Nov/24 10:30 AM", "2024-11-14"], // Jira
    ["14/Nov/24 1:30 PM", "2024-11-14"],
    ["14 November 2024 at 5pm", "2024-11-14"],
    ["2024-11-14T10:30:00", "2024-11-14"],
    ["2024-11-14T10:30:00Z", "2024-11-14"],
    ["2024-11-14T10:30:00.000Z", "2024-11-14"],
    ["April 15, 2025 10:00 AM", "2025-04-15"],
  ])("%p → %s", (text, iso) => {
    expect(parseDue(text)).toMatchObject({ kind: "date", start: iso, end: iso, text });
  });

  test("an instant is read as the UK day it falls on, and says so when that is another day", () => {
    // A date-only deadline stored as UK midnight in summer (BST) comes out the evening before in UTC.
    expect(parseDue("2024-06-13T23:00:00Z")).toMatchObject({
      kind: "date",
      end: "2024-06-14",
      reading: "14 Jun 2024 (23:00 UTC on 13 Jun 2024 is 14 Jun 2024 in the UK)",
    });
    expect(parseDue("2024-06-13T23:00:00+01:00").end).toBe("2024-06-13");
    expect(parseDue("2024-11-14T23:30:00Z").end).toBe("2024-11-14"); // GMT in winter: the same day
    expect(parseDue("2024-11-14T20:00:00-05:00").end).toBe("2024-11-15");
  });

  test.each(["2024-11-14 25:00", "14/11/2024 10:75", "2024-11-31 10:30", "2024-11-14 10", "14/11 10:30"])("%p is not read", (text) => {
    expect(parseDue(text)).toMatchObject({ kind: "unparsed", start: null, end: null });
  });
});

describe("the machine's timezone never moves the day", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  test.each(["Etc/GMT+12", "America/Los_Angeles", "Pacific/Kiritimati"])("in %s", (zone) => {
    process.env.TZ = zone;
    expect(parseDue("2024-06-13T23:00:00Z").end).toBe("2024-06-14");
    expect(parseDue("2024-11-14T10:30:00Z").end).toBe("2024-11-14");
    expect(parseDue("14/Nov/24 11:30 PM").end).toBe("2024-11-14");
  });
});
