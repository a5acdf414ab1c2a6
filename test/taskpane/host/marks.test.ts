/**
 * @jest-environment node
 *
 * Highlighting problem cells with conditional-format rules, and removing exactly those again.
 */
import { addressLists, markAreas } from "../../../src/taskpane/host/marks";
import { rectAddress, type FakeConditionalFormat } from "../fakeExcel";
import { withFakeExcel } from "./helpers";

const describeRule = (cf: FakeConditionalFormat) => [cf.type, cf.formula ?? cf.rule?.formula1, cf.fill, cf.rects.map(rectAddress).join(",")];

describe("marks", () => {
  const setup = withFakeExcel();

  test("cells are marked by severity, on top of the officer's own rules and formats, which stay as they were", async () => {
    const { fake, host } = setup();
    const plan = fake.workbook.addSheet("Plan");
    plan.setRaw(4, 5, "value");
    plan.addFormat({ top: 4, left: 5, rows: 1, cols: 1 }, { fill: "#00FF00", bold: true });
    const theirs: FakeConditionalFormat = { id: "theirs", rects: [{ top: 0, left: 0, rows: 100, cols: 10 }], type: "Custom", formula: "=A1>10", fill: "#123456" };
    plan.conditionalFormats.push(theirs);
    fake.workbook.addSheet("Other");

    await host.markCells([
      { sheet: "Plan", cell: "F5", severity: "error" },
      { sheet: "Plan", cell: "F6", severity: "error" },
      { sheet: "Plan", cell: "F7", severity: "error" },
      { sheet: "Plan", cell: "C9", severity: "warning" },
      { sheet: "Other", cell: "A1", severity: "info" },
    ]);
    expect(plan.conditionalFormats.map(describeRule)).toEqual([
      ["Custom", '=ISTEXT("PlanCheck mark: error")', "#FFC7CE", "F5:F7"],
      ["Custom", '=ISTEXT("PlanCheck mark: warning")', "#FFEB9C", "C9"],
      ["Custom", "=A1>10", "#123456", "A1:J100"],
    ]);
    expect(fake.sheet("Other").conditionalFormats.map(describeRule)).toEqual([["Custom", '=ISTEXT("PlanCheck mark: info")', "#BDD7EE", "A1"]]);
    expect(plan.raw(4, 5)).toBe("value");
    expect(plan.format(4, 5)).toMatchObject({ fill: "#00FF00", bold: true });

    // Marking a sheet again replaces its marks.
    await host.markCells([{ sheet: "Plan", cell: "B2", severity: "warning" }]);
    expect(plan.conditionalFormats.map(describeRule)).toEqual([
      ["Custom", '=ISTEXT("PlanCheck mark: warning")', "#FFEB9C", "B2"],
      ["Custom", "=A1>10", "#123456", "A1:J100"],
    ]);

    // clearMarks removes PlanCheck's marks everywhere, and nothing else.
    fake.resetCounts();
    await host.clearMarks();
    expect(plan.conditionalFormats).toEqual([theirs]);
    expect(fake.sheet("Other").conditionalFormats).toEqual([]);
    expect(fake.syncs.length).toBe(4);
  });

  test("thousands of marks on a sheet: rules over column runs, address lists kept short, few syncs", async () => {
    const { fake, host } = setup();
    const plan = fake.workbook.addSheet("Plan");
    const marks = Array.from({ length: 5000 }, (_, i) => ({ sheet: "Plan", cell: `${i % 2 === 0 ? "C" : "F"}${2 + i * 3}`, severity: "error" as const }));
    fake.resetCounts();
    await host.markCells(marks);
    expect(plan.conditionalFormats.length).toBeGreaterThan(1);
    expect(plan.conditionalFormats.flatMap((cf) => cf.rects)).toHaveLength(5000);
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
  });

  test("areas join consecutive rows of a column; lists stay under the length limit", () => {
    expect(markAreas(["F7", "F5", "F6", "C9", "F9", "bad", "F5"])).toEqual(["C9", "F5:F7", "F9"]);
    const lists = addressLists(Array.from({ length: 1000 }, (_, i) => `AB${i * 2 + 1}`), 200);
    expect(lists.every((l) => l.length <= 200)).toBe(true);
    expect(lists.join(",").split(",")).toHaveLength(1000);
  });
});
