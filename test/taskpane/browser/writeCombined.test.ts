/**
 * The browser host's download: the combined workbook made by combinedWorkbookBytes, saved under a dated
 * name. (Node's environment, which has CompressionStream as browsers do; jsdom has none.)
 */
import { combinedFileName, createBrowserHost } from "../../../src/taskpane/browser/browserHost";
import { Workspace } from "../../../src/taskpane/browser/workspace";
import { combineFiles } from "../../../src/taskpane/ui/combine/combineFiles";
import { readXlsxBuffer } from "../../../src/workbook/readBuffer";
import { pickedFixture } from "../ui/sampleFiles";

test("the combined workbook is downloaded as an .xlsx with the Combined, Summary, Issues and About sheets", async () => {
  const saved: { bytes: Uint8Array; name: string; type: string }[] = [];
  const host = createBrowserHost(new Workspace(), { storage: null, settingsKey: "x", defaults: { asOf: null, amberDays: 14, quarters: "calendar" }, save: (bytes, name, type) => saved.push({ bytes, name, type }) });
  const view = await combineFiles([pickedFixture("Craven action plan 2010.xlsx"), pickedFixture("Ryedale action plan 2010.csv")], { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" }, "test", () => undefined);
  expect(await host.writeCombined(view)).toBe('downloaded as "PlanCheck combined 2010-07-01.xlsx"');
  expect(saved.map((s) => [s.name, s.type])).toEqual([[combinedFileName(view), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]]);
  const read = await readXlsxBuffer(saved[0].bytes, saved[0].name);
  if (!read.ok) throw new Error(read.error.message);
  expect(read.book.sheets.map((s) => s.name)).toEqual(["Combined", "Summary", "Issues", "About"]);
  expect(read.book.sheets[0].rows.length).toBe(view.rows.length + 1);
}, 30_000);
