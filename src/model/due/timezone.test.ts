import { createDueParser } from "./createDueParser";
import { dueFromCell, parseDue } from "./parseDue";

/**
 * Due dates are calendar days: the machine's timezone must never shift one. The parser computes
 * nothing with local-time Date methods; this proves it by reading the same inputs under timezones
 * from UTC−12 to UTC+14 (Node applies a change to process.env.TZ at once).
 */

const INPUTS = [
  "30 April 2009", "May 2009", "By end of June 2010", "1/10/09", "2010-03-31", "Q2 2010", "2009/10",
  "Before 1 May 2010", "June – Sept 2010", "May 2009 onwards", "Ongoing from May 2009", "2010",
  // These go through chrono.
  "30 March 2010 at 11pm", "31/03/2010 00:30", "Tue 30 Mar 2010 23:59", "The 31st of March, 2010",
];
const ZONES = ["Etc/GMT+12", "America/Los_Angeles", "Europe/London", "Asia/Kolkata", "Pacific/Kiritimati"];

describe("timezone independence", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  function readAll(): unknown[] {
    const cells = [40268, 38806].map((value) => dueFromCell({ kind: "number", value }));
    const dateCell = dueFromCell({ kind: "date", value: "2010-03-31" });
    return [...INPUTS.map((t) => parseDue(t)), ...cells, dateCell];
  }

  test("every zone gives the same days as UTC", () => {
    process.env.TZ = "UTC";
    const expected = readAll();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(readAll()).toEqual(expected);
    }
  });

  test("a time late in the day stays on its day, in the zone furthest ahead of UTC", () => {
    process.env.TZ = "Pacific/Kiritimati";
    expect(parseDue("30 March 2010 at 11pm").end).toBe("2010-03-30");
    expect(parseDue("Tue 30 Mar 2010 23:59").end).toBe("2010-03-30");
    process.env.TZ = "Etc/GMT+12";
    expect(parseDue("31/03/2010 00:30").end).toBe("2010-03-31");
    expect(createDueParser()({ kind: "number", value: 40268 }).end).toBe("2010-03-31");
  });
});
