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
    // Tool exports: camelCase, snake_case and "#" for number.
    ["AssignedTo", "assigned to"],
    ["TaskName", "task name"],
    ["due_date", "due date"],
    ["ap_title", "ap title"],
    ["TaskIDList", "task id list"],
    ["Ref #", "ref number"],
    ["#", "number"],
    ["RAG", "rag"],
    ["ÉtatActuel", "état actuel"],
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
  test.each(["Lead organisation/ person", "&Co", "Risks&Issues", " Target/Success  Criteria? ", "Ref. No.", "A--B__C", "x &", "AssignedTo", "TaskIDList", "Item #"])(
    "%s",
    (label) => {
      const general = label
        .normalize("NFKC")
        .replace(/(\p{Ll}|\p{Lu}(?=\p{Lu}\p{Ll}))(\p{Lu})/gu, "$1 $2")
        .toLowerCase()
        .replace(/&/g, " and ")
        .replace(/#/g, " number ")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
      expect(normaliseLabel(label)).toBe(general);
    },
  );
});
