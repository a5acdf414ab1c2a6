import { parseStatus } from "../status/parseStatus";
import type { Status } from "../status/types";
import { completion, type Completion } from "./completion";

const S = {
  none: { state: "none", text: "", fraction: null },
  unknown: { state: "unknown", text: "Noted", fraction: null },
  complete: { state: "complete", text: "✓", fraction: 1 },
  partial: { state: "in-progress", text: "Partial", fraction: null },
  sixty: { state: "in-progress", text: "60%", fraction: 0.6 },
  third: { state: "in-progress", text: "33.3%", fraction: 0.333 },
  notStarted: { state: "not-started", text: "----", fraction: 0 },
  blocked: { state: "blocked", text: "Awaits County", fraction: null },
  cancelled: { state: "cancelled", text: "Withdrawn", fraction: null },
} satisfies Record<string, Status>;

const result = (rows: number, assessed: number, complete: number, inProgress: number, cancelled: number, value: number | null): Completion => ({
  rows,
  assessed,
  complete,
  inProgress,
  cancelled,
  completion: value,
});

describe("completion", () => {
  test.each<[string, Status[], Completion]>([
    ["no rows", [], result(0, 0, 0, 0, 0, null)],
    ["every row blank: cannot be assessed", [S.none, S.none, S.none], result(3, 0, 0, 0, 0, null)],
    ["every row blank or unrecognised: cannot be assessed", [S.none, S.unknown], result(2, 0, 0, 0, 0, null)],
    ["every row cancelled: nothing left to complete", [S.cancelled, S.cancelled], result(2, 2, 0, 0, 2, null)],
    ["all complete", [S.complete, S.complete], result(2, 2, 2, 0, 0, 1)],
    ["half complete", [S.complete, S.notStarted], result(2, 2, 1, 0, 0, 0.5)],
    ["blank rows count 0 in the denominator", [S.complete, S.none, S.none, S.none], result(4, 1, 1, 0, 0, 0.25)],
    ["unrecognised rows count 0", [S.complete, S.unknown], result(2, 1, 1, 0, 0, 0.5)],
    ["in progress with no fraction counts 0", [S.complete, S.partial], result(2, 2, 1, 1, 0, 0.5)],
    ["in-progress fractions add", [S.complete, S.sixty, S.notStarted, S.blocked], result(4, 4, 1, 1, 0, 0.4)],
    ["cancelled rows leave the denominator", [S.complete, S.cancelled, S.notStarted], result(3, 3, 1, 0, 1, 0.5)],
    ["rounded to 3 decimals", [S.complete, S.notStarted, S.notStarted], result(3, 3, 1, 0, 0, 0.333)],
    ["rounded to 3 decimals (2/3)", [S.complete, S.complete, S.notStarted], result(3, 3, 2, 0, 0, 0.667)],
    ["fractions then rounding", [S.third, S.third, S.third], result(3, 3, 0, 3, 0, 0.333)],
    ["only not-started rows: 0, assessed", [S.notStarted, S.blocked], result(2, 2, 0, 0, 0, 0)],
  ])("%s", (_name, statuses, expected) => {
    expect(completion(statuses)).toEqual(expected);
  });

  test("seed 000 Achieved? column: 19 ✓, 2 Partial, 1 ----, 12 blank (the wrapped \"NYSP Executive\" line is part of the row above)", () => {
    const column = [
      ...Array<string>(19).fill("✓"),
      ...Array<string>(2).fill("Partial"),
      "----",
      ...Array<string>(12).fill(""),
    ].map(parseStatus);
    expect(completion(column)).toEqual(result(34, 22, 19, 2, 0, 0.559));
  });

  test("seed 004 Progress column: 15 actions, all blank → cannot be assessed", () => {
    expect(completion(Array.from({ length: 15 }, () => parseStatus(""))).completion).toBeNull();
  });
});
