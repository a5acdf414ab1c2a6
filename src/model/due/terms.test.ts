import { parseDue } from "./parseDue";

/** Plans that rate timescales rather than date them. */

describe("short, medium and long term: no date, and the reading says so", () => {
  test.each([
    ["S", "short term: no date"],
    ["M", "medium term: no date"],
    ["L", "long term: no date"],
    ["Short term", "short term: no date"],
    ["Medium-term", "medium term: no date"],
    ["LONG TERM", "long term: no date"],
    [" Long ", "long term: no date"],
    ["Medium/Long term", "medium to long term: no date"],
    ["S-M", "short to medium term: no date"],
    ["Short to medium term", "short to medium term: no date"],
  ])("%p → %s", (text, reading) => {
    expect(parseDue(text)).toEqual({ kind: "none", text, start: null, end: null, reading });
  });

  test.each(["Shortly", "Long Lane depot", "Medium priority", "SML", "S/M/L", "Long term plan"])("%p is not a term", (text) => {
    expect(parseDue(text).kind).toBe("unparsed");
  });
});
