import { createDueParser } from "./createDueParser";

const read = createDueParser();
const text = (value: string) => read({ kind: "text", value });

test("a five-digit number written as text is an Excel date serial that lost its format, and says so", () => {
  const due = text("44531");
  expect([due.kind, due.end]).toEqual(["date", "2021-12-01"]);
  expect(due.reading).toMatch(/Excel date serial 44531 .*lost its date format/);
  expect(text(" 45717 ").end).toBe("2025-03-01");
});

test("numbers that cannot be a serial in the plausible window stay unread; four digits stay years", () => {
  expect(text("12345").kind).toBe("unparsed");
  expect(text("99999").kind).toBe("unparsed");
  expect([text("2010").kind, text("2010").end]).toEqual(["date", "2010-12-31"]);
  expect(text("123456").kind).toBe("unparsed");
});
