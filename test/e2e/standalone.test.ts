/**
 * End to end, as an officer would use it: the standalone page (a production build, served from this
 * computer) in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core). It opens the sample
 * district workbooks, checks them, adds flag columns, combines them and downloads the combined workbook,
 * which is read back and compared row by row with what src/model's combine gives for the same files.
 * Screenshots of each tab go to a temporary folder; with PLANCHECK_SCREENSHOTS=docs/screenshots they replace
 * the README's (a test never rewrites tracked files unless asked to).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { cellText, combine, type CombinedView } from "../../src/model";
import { analyseBook, createRunParsers } from "../../src/model/analyse/analyseBook";
import { readCombineSource } from "../../src/cli/readSource";
import { readWorkbook } from "../../src/workbook/readWorkbook";
import { serveStatic, type StaticServer } from "../../scripts/serve/staticServer";
import { productionAddin } from "../taskpane/productionBuild";
import { FIXTURES, SAMPLE_FILES } from "../taskpane/sampleList";

const CHROMIUM = "/usr/bin/chromium";
const AS_OF = "2010-07-01";
const SCREENSHOTS = process.env.PLANCHECK_SCREENSHOTS ? path.resolve(process.env.PLANCHECK_SCREENSHOTS) : mkdtempSync(path.join(tmpdir(), "plancheck-screenshots-"));
const files = SAMPLE_FILES.map((f) => path.join(FIXTURES, f));

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(`SKIPPED the end-to-end test: ${CHROMIUM} is missing. Install Debian's Chromium (apt-get install chromium; .ci/run does) to run it.`);
}
const describeInChromium = haveChromium ? describe : describe.skip;

/** What src/model gives for the same files, as the CLI reads them. */
async function modelView(): Promise<CombinedView> {
  const options = { asOf: AS_OF, amberDays: 14, quarters: "calendar" as const };
  const parsers = createRunParsers(options);
  const sources = [];
  for (const file of files) sources.push(await readCombineSource(file, { kind: "file-name" }, options, parsers));
  return combine(sources, { ...options, generatedAt: new Date().toISOString(), version: "e2e" });
}

describeInChromium(`the standalone page in headless Chromium (${CHROMIUM})`, () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const outside: string[] = [];
  const downloads = mkdtempSync(path.join(tmpdir(), "plancheck-e2e-"));

  beforeAll(async () => {
    server = await serveStatic(await productionAddin());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-background-networking", "--lang=en-GB"],
      env: { ...process.env, LANG: "en_GB.UTF-8", LANGUAGE: "en_GB" }, // date fields in UK order in the screenshots
      headless: true,
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 }, locale: "en-GB", timezoneId: "Europe/London" });
    // The page may load nothing from outside this computer.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  test("opens the sample workbooks, checks, flags, combines and downloads what src/model's combine gives", async () => {
    const expected = await modelView();
    await page.goto(`${server.url}index.html`);
    await page.getByRole("tab", { name: "Check" }).waitFor();

    // The as-of date the sample plans were live on, saved in this browser.
    await page.getByRole("tab", { name: "Flags" }).click();
    await page.getByLabel("As of").fill(AS_OF);
    await page.getByText("Flags are worked out as of 1 July 2010.").waitFor();

    // Open the workbooks from disk.
    await page.getByLabel("Open workbooks").setInputFiles(files);
    const sheetNames = (await Promise.all(files.map((f) => readWorkbook(f)))).flatMap((r, i) => (r.ok ? r.book.sheets.map((s) => `${SAMPLE_FILES[i]} › ${s.name}`) : []));
    await page.locator("#workspace-sheet option").nth(sheetNames.length - 1).waitFor({ state: "attached" });
    await page.getByText(`${files.length} workbooks open, ${sheetNames.length} sheets.`).waitFor();
    expect(await page.locator("#workspace-sheet option").allTextContents()).toEqual(sheetNames);

    // Check: every sheet, with the model's findings; a finding goes to its cell in the sheet view.
    await page.getByRole("tab", { name: "Check" }).click();
    await page.getByRole("button", { name: "Check all sheets" }).click();
    let findings = 0;
    for (const file of files) {
      const read = await readWorkbook(file);
      if (read.ok) findings += analyseBook(read.book.sheets, { asOf: AS_OF }).reduce((n, s) => n + s.findings.length, 0);
    }
    await page.getByText(`${sheetNames.length} sheets checked · ${findings} findings`).waitFor();
    const hambleton = page.getByRole("region", { name: "Hambleton action plan 2010.xlsx › 2010 Plan" });
    await hambleton.getByRole("button", { name: /F18/ }).first().click();
    await page.locator("td.selected").waitFor();
    expect(await page.locator("td.selected").evaluate((td) => [td.closest("tr")?.querySelector("th")?.textContent, td.cellIndex])).toEqual(["18", 6]);
    await page.getByRole("switch", { name: "Highlight problem cells" }).check();
    await page.locator("td.mark.error").first().waitFor();
    await hambleton.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "check.png") });

    // Flags: flag columns beside Selby's two tables, and its completion.
    await page.getByLabel("Sheet", { exact: true }).selectOption("Selby action plan 2010.xlsx › Action Plan");
    await page.getByRole("tab", { name: "Flags" }).click();
    await page.getByRole("button", { name: "Add flag columns" }).click();
    const selby = expected.rows.filter((r) => r.district === "Selby");
    await page.getByText(`Flags added for ${selby.length} actions as live PLAN formulas`).waitFor();
    expect(await page.locator("td.rag").allTextContents()).toEqual(selby.map((r) => r.rag));
    const summary = expected.districts.find((d) => d.district === "Selby");
    await page.getByText(`${Math.round((summary?.completion ?? 0) * 100)}% complete as of 1 July 2010`).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "flags.png") });

    // Combine: pick the workbooks, combine, download.
    await page.getByRole("tab", { name: "Combine" }).click();
    await page.getByLabel("District workbooks to combine").setInputFiles(files);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: `Combine and download (${files.length})` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`PlanCheck combined ${AS_OF}.xlsx`);
    const saved = path.join(downloads, download.suggestedFilename());
    await download.saveAs(saved);
    await page.getByText(`${expected.rows.length} actions combined from ${files.length} files.`).waitFor();
    for (const account of expected.files) {
      const row = page.getByRole("row", { name: new RegExp(`^${account.file.replace(/\./g, "\\.")}`) });
      expect(await row.locator(".state").textContent()).toBe("Combined");
      expect(await row.locator("td").allTextContents()).toEqual([`${account.rowsRead}`, `${account.rowsCombined}`, `${account.rowsSkipped}`, `${expected.findings.filter((f) => f.file === account.file).length}`]);
    }
    await page.getByRole("table", { name: "Districts" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "combine.png") });

    // The downloaded workbook, read back: every action once, with its provenance and the model's figures.
    const read = await readWorkbook(saved);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.book.sheets.map((s) => s.name)).toEqual(["Combined", "Summary", "Issues", "About"]);
    const [header, ...rows] = read.book.sheets[0].rows.map((cells) => cells.map(cellText));
    const col = (name: string) => header.indexOf(name);
    const pick = (cells: string[]) => ({
      district: cells[col("District")],
      file: cells[col("File")],
      sheet: cells[col("Sheet")],
      row: Number(cells[col("Row")]),
      key: cells[col("Row key")],
      action: cells[col("Action")],
      dueDate: cells[col("Due date")] || null,
      complete: cells[col("Complete")] === "TRUE",
      overdue: cells[col("Overdue")] === "TRUE",
      daysOverdue: Number(cells[col("Days overdue")]),
      rag: cells[col("RAG")],
    });
    const fromModel = expected.rows.map((r) => ({
      district: r.district,
      file: r.file,
      sheet: r.sheet,
      row: r.row,
      key: r.key,
      action: r.action,
      dueDate: r.dueDate,
      complete: r.complete,
      overdue: r.overdue,
      daysOverdue: r.daysOverdue,
      rag: r.rag,
    }));
    expect(rows.map(pick)).toEqual(fromModel);
    expect(new Set(rows.map((r) => r[col("Row key")])).size).toBe(expected.rows.length);
    expect(expected.rows.length).toBeGreaterThan(70);

    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  }, 90_000);

  test("the add-in page with office.js blocked, as a proxy would: inside Office it says so; opened as a web page it is the standalone page", async () => {
    // A task pane's size; everything from outside this computer (office.js from Microsoft's CDN) refused.
    const context = await browser.newContext({ viewport: { width: 350, height: 600 }, locale: "en-GB" });
    const refused: string[] = [];
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      refused.push(url);
      return route.abort();
    });
    const addin = await context.newPage();
    const errors: string[] = [];
    addin.on("pageerror", (error) => errors.push(error.message));
    try {
      // Office opens the page with its host information in the query.
      await addin.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$en-GB$$$$0`);
      const alert = addin.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/could not download Office's own script \(office\.js\) from https:\/\/appsforoffice\.microsoft\.com/);
      expect(await addin.getByRole("button", { name: "Retry" }).isVisible()).toBe(true);
      expect(await addin.getByRole("tablist").count()).toBe(0);
      // WebView2 hides scroll bars until hovered: the add-in's pane always shows its vertical one.
      expect(await addin.locator("body").evaluate((body) => body.ownerDocument.defaultView?.getComputedStyle(body).overflowY)).toBe("scroll");
      expect(refused).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);

      // The same page opened in a browser, without Office's host information: the standalone page.
      await addin.goto(`${server.url}taskpane.html`);
      await addin.getByRole("tab", { name: "Check" }).waitFor();
      expect(await addin.getByText("in your browser: files stay on this computer").count()).toBe(1);
      // Without office.js only the custom functions' registration fails, as it must: CustomFunctions is office.js's.
      expect(errors.filter((e) => !/CustomFunctions/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
    // The standalone page keeps its own scrolling: the pane and the sheet view each scroll on their own.
    await page.goto(`${server.url}index.html`);
    await page.getByRole("tab", { name: "Check" }).waitFor();
    expect(await page.locator("body").evaluate((body) => body.ownerDocument.defaultView?.getComputedStyle(body).overflowY)).toBe("visible");
    expect(await page.locator(".layout.with-workspace .pane").evaluate((pane) => pane.ownerDocument.defaultView?.getComputedStyle(pane).overflowY)).toBe("auto");
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  }, 30_000);

  test("?samples opens the bundled sample district workbooks and lists them to combine", async () => {
    await page.goto(`${server.url}index.html?samples`);
    await page.getByText(`${SAMPLE_FILES.length} sample district workbooks are open, as of 1 July 2010.`).waitFor();
    await page.getByRole("tab", { name: "Combine" }).click();
    await page.getByRole("button", { name: `Combine and download (${SAMPLE_FILES.length})` }).waitFor();
    expect(await page.locator(".file-table tbody th").allTextContents()).toEqual(SAMPLE_FILES.map((f) => `${f}Waiting`));
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
  }, 30_000);
});
