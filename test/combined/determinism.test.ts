/** The same view gives the same workbook: cell for cell, sheet by sheet — and byte for byte. */
import { buildCombinedWorkbook, combinedCsv, combinedWorkbookBytes } from "../../src/workbook/combined";
import { cellsOf, loadBytes } from "./helpers";
import { sampleView } from "./sampleView";

describe("determinism", () => {
  test("two in-memory builds from one view hold the same cells, sheet by sheet", () => {
    const a = cellsOf(buildCombinedWorkbook(sampleView()));
    const b = cellsOf(buildCombinedWorkbook(sampleView()));
    expect(Object.keys(a)).toEqual(["Combined", "Summary", "Issues", "Changes", "About"]);
    for (const name of Object.keys(a)) expect([name, b[name]]).toEqual([name, a[name]]);
  });

  test("created and modified come from the view's generatedAt", () => {
    const wb = buildCombinedWorkbook(sampleView());
    expect(wb.created).toEqual(new Date("2010-07-01T09:30:00.000Z"));
    expect(wb.modified).toEqual(new Date("2010-07-01T09:30:00.000Z"));
  });

  test("two written workbooks from one view have the same cells, and the same bytes", async () => {
    const [x, y] = [await combinedWorkbookBytes(sampleView()), await combinedWorkbookBytes(sampleView())];
    const a = cellsOf(await loadBytes(x));
    const b = cellsOf(await loadBytes(y));
    for (const name of Object.keys(a)) expect([name, b[name]]).toEqual([name, a[name]]);
    expect(Buffer.from(x).equals(Buffer.from(y))).toBe(true);
  });

  test("the CSV too", () => {
    expect(combinedCsv(sampleView())).toBe(combinedCsv(sampleView()));
  });
});
