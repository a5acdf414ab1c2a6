import { todayInUk } from "./todayInUk";

describe("todayInUk", () => {
  test("is the UK's calendar day, whatever the machine's time zone", () => {
    expect(todayInUk(new Date("2010-07-01T12:00:00Z"))).toBe("2010-07-01");
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(todayInUk(new Date("2010-06-30T23:30:00Z"))).toBe("2010-07-01");
    // In winter the UK is on UTC.
    expect(todayInUk(new Date("2010-12-31T23:30:00Z"))).toBe("2010-12-31");
  });
});
