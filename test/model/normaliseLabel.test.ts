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

describe("normaliseLabel fast path", () => {
  // Plain ASCII labels take a cheaper path; it must agree with the general one (NFKC, Unicode letters).
  test.each(["Lead organisation/ person", "&Co", "Risks&Issues", " Target/Success  Criteria? ", "Ref. No.", "A--B__C", "x &"])(
    "%s",
    (label) => {
      const general = label.normalize("NFKC").toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      expect(normaliseLabel(label)).toBe(general);
    },
  );
});
