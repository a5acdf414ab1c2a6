import { dayOrderOptions, inferDayOrder } from "./dayOrder";

describe("inferDayOrder: a column's day order from the values only one order can read", () => {
  test("a US export's due dates: 11/14/24 can only be month first", () => {
    expect(inferDayOrder(["10/1/24", "10/15/24", "11/14/24", "12/2/24"])).toEqual({
      basis: "values",
      order: "month-first",
      example: "10/15/24",
    });
  });

  test("a UK plan's dates: 14/11/2024 can only be day first", () => {
    expect(inferDayOrder(["01/10/2024", "14/11/2024", "31/03/2025"])).toEqual({
      basis: "values",
      order: "day-first",
      example: "14/11/2024",
    });
  });

  test("nothing decides when every value fits both ways, or there are no numeric dates", () => {
    expect(inferDayOrder(["1/10/09", "3/4/2010", "12/12/12"])).toEqual({ basis: "none", order: "day-first" });
    expect(inferDayOrder(["March 2010", "Ongoing", "2010-11-14", "Q2 2010", "TBC"])).toEqual({ basis: "none", order: "day-first" });
    expect(inferDayOrder([])).toEqual({ basis: "none", order: "day-first" });
  });

  test("values written both ways conflict: UK day first is kept, and both examples are given", () => {
    expect(inferDayOrder(["14/11/24", "1/10/09", "11/14/24"])).toEqual({
      basis: "conflict",
      order: "day-first",
      dayFirst: "14/11/24",
      monthFirst: "11/14/24",
    });
  });

  test("dates inside due text count: ranges, date-times, filler words", () => {
    expect(inferDayOrder(["By 11/30/2024"]).order).toBe("month-first");
    expect(inferDayOrder(["11/14/2024 10:30 AM"]).order).toBe("month-first");
    expect(inferDayOrder(["19 - 23/2/2018"]).order).toBe("day-first");
    expect(inferDayOrder(["4/1/2025 → 4/30/2025"]).order).toBe("month-first");
  });

  test("impossible either way, ISO dates and longer numbers say nothing", () => {
    expect(inferDayOrder(["13/25/2010", "2024-11-14", "123/14/2024", "1/14/12345"]).basis).toBe("none");
  });
});

describe("dayOrderOptions: what the parser is told, with the reason its readings quote", () => {
  test("month first names the column and an example", () => {
    expect(dayOrderOptions({ basis: "values", order: "month-first", example: "11/14/24" }, "D")).toEqual({
      dayOrder: "month-first",
      dayOrderWhy: "column D's dates are written month first, e.g. 11/14/24",
    });
  });

  test("day first, decided or by default, needs nothing: it is the default", () => {
    expect(dayOrderOptions({ basis: "values", order: "day-first", example: "14/11/24" }, "D")).toEqual({});
    expect(dayOrderOptions({ basis: "none", order: "day-first" }, "D")).toEqual({});
  });

  test("a conflict keeps day first and says why", () => {
    expect(dayOrderOptions({ basis: "conflict", order: "day-first", dayFirst: "14/11/24", monthFirst: "11/14/24" }, "C")).toEqual({
      dayOrder: "day-first",
      dayOrderWhy: "column C has dates written both ways (14/11/24 and 11/14/24), so UK day first is kept",
    });
  });
});
