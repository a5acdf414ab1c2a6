import { parseDue } from "./parseDue";

/** Ranges written with an arrow, as Notion exports a date property with an end date. */

describe("A → B ranges: the deadline is B", () => {
  test.each([
    ["April 15, 2025 → April 30, 2025", "2025-04-15", "2025-04-30"],
    ["April 15, 2025 10:00 AM → April 30, 2025 5:00 PM", "2025-04-15", "2025-04-30"],
    ["15/04/2025 -> 30/04/2025", "2025-04-15", "2025-04-30"],
    ["2025-04-15 ⇒ 2025-04-30", "2025-04-15", "2025-04-30"],
    ["April 2025 → June 2025", "2025-04-01", "2025-06-30"],
  ])("%p → %s to %s", (text, start, end) => {
    expect(parseDue(text)).toMatchObject({ kind: "range", start, end, text });
  });

  test("US long form on its own is one day", () => {
    expect(parseDue("April 15, 2025")).toMatchObject({ kind: "date", end: "2025-04-15" });
  });

  test.each(["April 30, 2025 → April 15, 2025", "April 15 → April 30", "→ April 30, 2025"])("%p is not read", (text) => {
    expect(parseDue(text).kind).toBe("unparsed");
  });
});
