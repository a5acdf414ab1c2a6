/**
 * The task pane's start-up line, and the help `npm start` prints.
 */
import { hasDesktopExcel } from "../../scripts/addin/desktopExcel";
import { sideloadHelp } from "../../scripts/addin/sideloadHelp";
import { loadedMessage } from "../../src/taskpane/loadedMessage";

test.each([
  [{ host: "Excel", platform: "PC" }, "PlanCheck is loaded in Excel (Windows). Type =PLAN. in a cell to see its formulas."],
  [{ host: "Excel", platform: "OfficeOnline" }, "PlanCheck is loaded in Excel (Excel on the web). Type =PLAN. in a cell to see its formulas."],
  [{ host: "Excel", platform: null }, "PlanCheck is loaded in Excel. Type =PLAN. in a cell to see its formulas."],
  [{ host: "Word", platform: "PC" }, "PlanCheck is loaded, but in Word: it works in Excel only."],
  [{ host: null, platform: null }, "PlanCheck is loaded, outside Excel. To use it in Excel, sideload manifest.xml (see the README)."],
])("the task pane says what it is running in: %j", (info, message) => {
  expect(loadedMessage(info)).toBe(message);
});

test("npm start explains sideloading on Windows, Mac and the web, with the manifest's path", () => {
  const help = sideloadHelp("/home/me/plancheck/manifest.xml", "https://localhost:3000/taskpane.html");
  for (const heading of ["Excel on Windows", "Excel on Mac", "Excel on the web"]) expect(help).toContain(heading);
  expect(help).toContain("Manifest to sideload: /home/me/plancheck/manifest.xml");
  expect(help).toContain("Library/Containers/com.microsoft.Excel/Data/Documents/wef");
  expect(help).toContain("Upload My Add-in");
});

test("office-addin-debugging is only run where a desktop Excel can exist", () => {
  expect(hasDesktopExcel("win32")).toBe(true);
  expect(hasDesktopExcel("darwin")).toBe(true);
  expect(hasDesktopExcel("linux")).toBe(false);
});
