import { parseStatus } from "./parseStatus";
import type { StatusState } from "./types";

/**
 * Status words as project tools and real trackers write them (Jira, Planner, monday.com, Smartsheet,
 * Notion, Asana, council RAG returns). The choices are documented at the top of rules.ts.
 */

type Row = [text: string, state: StatusState];

describe("tool and tracker status words", () => {
  test.each<Row>([
    ["Resolved", "complete"],
    ["RESOLVED", "complete"],
    ["Resolved – fixed in the March release", "complete"],
    ["Closed", "complete"],
    ["Done", "complete"],
    ["Won't Do", "cancelled"],
    ["Superseded", "cancelled"],
    ["Open", "not-started"],
    ["OPEN", "not-started"],
    ["Pending", "not-started"],
    ["Backlog", "not-started"],
    ["Incomplete", "not-started"],
    ["Not done", "not-started"],
    ["To do", "not-started"],
    ["To Do", "not-started"],
    ["Planning", "in-progress"],
    ["WIP", "in-progress"],
    ["In Review", "in-progress"],
    ["Under review", "in-progress"],
    ["Working on it", "in-progress"],
    ["On target", "in-progress"],
    ["On track", "in-progress"],
    ["Deferred", "blocked"],
    ["Deferred to 2025/26", "blocked"],
    ["Postponed", "blocked"],
    ["Stuck", "blocked"],
    ["Pending approval", "blocked"],
  ])("%j → %s", (text, state) => expect(parseStatus(text).state).toBe(state));

  test("deferred says how it was read", () => {
    expect(parseStatus("Deferred").reading).toBe("deferred: put off, read as blocked (like on hold)");
  });
});

describe("the plan says it is late: not done, with a rag", () => {
  test.each<[string, "red" | "amber"]>([
    ["Late", "red"],
    ["Overdue", "red"],
    ["OVERDUE – chased 3 March", "red"],
    ["Behind", "amber"],
  ])("%j → in progress, %s", (text, rag) => {
    expect(parseStatus(text)).toMatchObject({ state: "in-progress", rag });
  });
});

describe("RAG is a rating, never completion", () => {
  test.each<[string, "red" | "amber" | "green"]>([
    [" Green", "green"],
    ["Green ", "green"],
    ["GREEN", "green"],
    ["RED", "red"],
    ["red", "red"],
    ["Amber", "amber"],
    ["Amber/Green", "amber"],
    ["Green/Amber", "amber"],
    ["Amber / Green", "amber"],
    ["Amber-Green", "amber"],
    ["Red/Amber", "red"],
    ["Amber/Red", "red"],
  ])("%j → in progress, %s", (text, rag) => {
    expect(parseStatus(text)).toMatchObject({ state: "in-progress", rag });
  });

  test("a split rating says it took the worse colour", () => {
    expect(parseStatus("Amber/Green").reading).toBe("a split rating: read as the worse colour, amber");
  });

  test.each(["Blue", "BLUE", " blue ", "Blue – closed"])("BRAG %j is complete", (text) => {
    expect(parseStatus(text)).toMatchObject({ state: "complete", fraction: 1 });
  });
});

describe("generic words count only as the whole answer", () => {
  test.each<Row>([
    ["Open space improvements", "unknown"],
    ["Late night levy consultation", "unknown"],
    ["Pending list of sites", "unknown"],
    ["Behind the scenes work", "unknown"],
    ["Planning application submitted", "unknown"],
    ["Resolved to consult residents", "unknown"],
    ["Bluebell wood survey", "unknown"],
    ["Openness review", "unknown"],
  ])("%j → %s", (text, state) => expect(parseStatus(text).state).toBe(state));
});
