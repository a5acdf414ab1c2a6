/**
 * @jest-environment jsdom
 *
 * Templates saved from the Columns view, kept in the workbook's add-in settings (Office.context.document.settings):
 * in the document only once saveAsync has succeeded, so a new pane on the workbook (the fake's reopen) sees
 * exactly what was saved. Exported templates are downloaded, except in Excel on Mac, which cannot download.
 */
import "../ui/textCodecs";
import { parseTemplate, templateFromColumns, type Template } from "../../../src/model";
import { TEMPLATES_SETTING } from "../../../src/taskpane/host/templateSetting";
import { withFakeExcel } from "./helpers";

function template(title: string, owner = "Lead officer"): Template {
  const made = templateFromColumns(title.toLowerCase().replace(/\W+/g, "-"), title, [
    { label: "Action", role: "action" },
    { label: owner, role: "owner" },
    { label: "Deadline", role: "due" },
    { label: "Notes", role: null },
  ]);
  if (!made.ok) throw new Error(made.problems.join("; "));
  return made.template;
}

describe("templates in the workbook", () => {
  const setup = withFakeExcel();

  test("a workbook without any has none", async () => {
    const { host } = setup();
    expect(await host.loadTemplates()).toEqual([]);
  });

  test("saved in the document through saveAsync: a new pane on the workbook has them; the same name replaces", async () => {
    const { fake, host } = setup();
    const craven = template("Craven 2010");
    expect(await host.saveTemplate(craven)).toMatch(/^in this workbook/);
    expect([...fake.documentSettings.keys()]).toEqual([TEMPLATES_SETTING]);
    fake.reopen();
    expect(await host.loadTemplates()).toEqual([craven]);
    const selby = template("Selby");
    await host.saveTemplate(selby);
    const cravenAgain = template("Craven 2010", "Responsible officer");
    await host.saveTemplate(cravenAgain);
    fake.reopen();
    expect(await host.loadTemplates()).toEqual([cravenAgain, selby]);
  });

  test("a save Excel refuses is said, and neither the document nor the pane's copy keeps the template", async () => {
    const { fake, host } = setup();
    const craven = template("Craven 2010");
    await host.saveTemplate(craven);
    fake.settingsSaveFailure = "An internal error has occurred.";
    await expect(host.saveTemplate(template("Selby"))).rejects.toThrow(/^Saving the template "Selby" in the workbook did not work\. Excel said: An internal error has occurred\./);
    expect(await host.loadTemplates()).toEqual([craven]);
    fake.reopen();
    expect(await host.loadTemplates()).toEqual([craven]);
    // The first save failing too: nothing is left behind.
    const { fake: empty, host: fresh } = { fake, host };
    empty.documentSettings.clear();
    empty.reopen();
    await expect(fresh.saveTemplate(craven)).rejects.toThrow(/did not work/);
    expect(await fresh.loadTemplates()).toEqual([]);
  });

  test("a damaged entry is skipped, and the others still load", async () => {
    const { fake, host } = setup();
    const craven = template("Craven 2010");
    fake.documentSettings.set(TEMPLATES_SETTING, JSON.stringify([{ name: "broken", fields: [] }, craven, "nonsense"]));
    fake.reopen();
    expect(await host.loadTemplates()).toEqual([craven]);
    fake.documentSettings.set(TEMPLATES_SETTING, JSON.stringify({ not: "a list" }));
    fake.reopen();
    expect(await host.loadTemplates()).toEqual([]);
  });
});

describe("exporting a template", () => {
  const downloads: { name: string; text: Promise<string> }[] = [];
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      const name = `blob:${downloads.length}`;
      // jsdom's Blob has no text(); FileReader reads it as a browser would.
      const text = new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(blob);
      });
      downloads.push({ name: "", text });
      return name;
    };
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads[downloads.length - 1].name = this.download;
    });
  });
  afterEach(() => {
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    jest.restoreAllMocks();
  });

  describe("in Excel on Windows", () => {
    const setup = withFakeExcel({ platform: "PC" });
    test("downloads the JSON file, which parseTemplate takes back", async () => {
      const { host } = setup();
      const craven = template("Craven 2010");
      const text = `${JSON.stringify(craven, null, 2)}\n`;
      expect(await host.exportTemplate({ name: "craven-2010.json", text })).toBe('downloaded as "craven-2010.json"');
      expect(downloads.map((d) => d.name)).toEqual(["craven-2010.json"]);
      const parsed = parseTemplate(JSON.parse(await downloads[0].text));
      expect(parsed).toEqual({ ok: true, template: craven });
    });
  });

  describe("in Excel on Mac", () => {
    const setup = withFakeExcel({ platform: "Mac" });
    test("cannot download from the pane, so says to copy the text shown", async () => {
      const { host } = setup();
      expect(await host.exportTemplate({ name: "craven-2010.json", text: "{}" })).toMatch(/Excel on Mac cannot save files from the pane, so copy the text into a new text file named "craven-2010.json"/);
      expect(downloads).toEqual([]);
    });
  });
});

describe("the district return workbook", () => {
  /** The bytes' plan sheet as PlanCheck's reader and analysis see it. */
  async function planSheet(bytes: Uint8Array) {
    const { readXlsxBuffer } = await import("../../../src/workbook/readBuffer");
    const read = await readXlsxBuffer(bytes, "return.xlsx");
    if (!read.ok) throw new Error(read.error.message);
    return read.book.sheets;
  }

  describe("in Excel with ExcelApi 1.8", () => {
    const setup = withFakeExcel({ platform: "PC" });
    test("opens as a new workbook laid out by the template, with its Instructions sheet", async () => {
      const { host, fake } = setup();
      const craven = template("Craven 2010");
      expect(await host.writeReturnWorkbook(craven)).toMatch(/^opened as a new workbook/);
      expect(fake.createdWorkbooks).toHaveLength(1);
      const sheets = await planSheet(fake.createdWorkbooks[0]);
      expect(sheets.map((s) => s.name)).toEqual(["Instructions", "Plan"]);
      expect(sheets[1].rows[0].map((c) => (c.kind === "text" ? c.value : ""))).toEqual(craven.fields.map((f) => f.title));
    });
  });
});
