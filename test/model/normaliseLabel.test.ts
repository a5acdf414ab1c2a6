import { looseLabel, normaliseLabel } from "../../src/model/templates/normaliseLabel";

describe("normaliseLabel", () => {
  test.each([
    ["Achieved?", "achieved"],
    ["Lead organisation/ person", "lead organisation person"],
    ["  Target/Success   Criteria ", "target success criteria"],
    ["Lead Officer/ Dept.", "lead officer dept"],
    ["Risks & Issues", "risks and issues"],
    ["BY WHEN", "by when"],
    ["Budget £", "budget"],
  ])("%s → %s", (label, expected) => expect(normaliseLabel(label)).toBe(expected));

  test("plural-insensitive key joins singular and plural headings", () => {
    expect(looseLabel("Responsibilities")).toBe(looseLabel("Responsibility"));
    expect(looseLabel("Outcomes")).toBe(looseLabel("Outcome"));
    expect(looseLabel("Actions")).toBe(looseLabel("Action"));
    expect(looseLabel("Date")).not.toBe(looseLabel("Dates and times"));
  });
});
