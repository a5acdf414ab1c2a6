/**
 * manifest.xml read directly (with its own small lookups here, not the validator's), then the offline
 * validator (`npm run validate`) on it and on broken copies, then the production URL rewrite.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { checkManifest } from "../../scripts/addin/checkManifest";
import { pngSize } from "../../scripts/icons/png";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, normaliseUrlProd, rewriteManifestUrls } = require("../../webpack/manifestUrls.js") as {
  DEV_URL: string;
  normaliseUrlProd(value: string): string;
  rewriteManifestUrls(xml: string, urlProd: string): string;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestVersion, stampManifestVersion } = require("../../webpack/manifestVersion.js") as {
  manifestVersion(packageVersion: string): string;
  stampManifestVersion(xml: string, packageVersion: string): string;
};

const ROOT = path.resolve(__dirname, "..", "..");
const XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const doc = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(message); } }).parseFromString(XML, "text/xml");
const elements = Array.from(doc.getElementsByTagName("*")) as Element[];
const all = (name: string) => elements.filter((el) => el.localName === name);
const one = (name: string) => {
  const found = all(name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};
const resources = new Map(
  ["Image", "Url", "String"].flatMap((name) => Array.from(doc.getElementsByTagNameNS(BT, name)).filter((el) => el.hasAttribute("id")).map((el) => [el.getAttribute("id") as string, el.getAttribute("DefaultValue") as string] as const)),
);
const urlOf = (el: Element) => resources.get(el.getAttribute("resid") ?? "");
const withXsiType = (name: string, type: string) => all(name).filter((el) => el.getAttributeNS(XSI, "type") === type);

describe("manifest.xml", () => {
  test("every resid names a defined resource, and every resource is used", () => {
    const resids = elements.map((el) => el.getAttribute("resid")).filter((r): r is string => Boolean(r));
    expect(resids.length).toBeGreaterThan(15);
    expect(resids.filter((r) => !resources.has(r))).toEqual([]);
    expect([...resources.keys()].filter((id) => !resids.includes(id))).toEqual([]);
  });

  test("ids are unique: resources, groups and controls", () => {
    const ids = elements
      .filter((el) => el.hasAttribute("id") && el.localName !== "OfficeTab")
      .map((el) => el.getAttribute("id"));
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("is a Workbook task pane add-in with a fixed GUID, en-GB, and the shared runtime required", () => {
    expect(doc.documentElement?.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
    expect(one("DefaultLocale").textContent).toBe("en-GB");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("PlanCheck");
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    expect(all("Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
    const sets = Object.fromEntries(all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]));
    // CustomFunctions.Error, which every PLAN.* error is, needs CustomFunctionsRuntime 1.2.
    expect(sets).toMatchObject({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(one("Version").textContent).toBe(`${version}.0`);
  });

  test("one long-lived runtime serves the task pane, the functions and the ribbon command: the same page everywhere", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = urlOf(runtime);
    expect(page).toBe(`${DEV_URL}taskpane.html`);
    const functions = withXsiType("ExtensionPoint", "CustomFunctions");
    expect(functions).toHaveLength(1);
    const pageOf = (parent: Element, name: string) => urlOf(Array.from(parent.getElementsByTagName("*")).find((el) => el.localName === name)?.getElementsByTagName("SourceLocation")[0] as Element);
    expect(pageOf(functions[0], "Page")).toBe(page);
    expect(pageOf(functions[0], "Script")).toBe(`${DEV_URL}functions.js`);
    expect(pageOf(functions[0], "Metadata")).toBe(`${DEV_URL}functions.json`);
    expect(urlOf(one("FunctionFile"))).toBe(page);
    const actions = withXsiType("Action", "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(urlOf(action.getElementsByTagName("SourceLocation")[0])).toBe(page);
    // A shared runtime supports one task pane: no ShowTaskpane action names one ("Configure your Office Add-in
    // to use a shared runtime", "Good practice: avoid multiple task panes").
    expect(all("TaskpaneId")).toEqual([]);
    expect(one("DefaultSettings").getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")).toBe(page);
  });

  test("the functions' namespace is PLAN", () => {
    expect(urlOf(one("Namespace"))).toBe("PLAN");
  });

  test("a button on the Home tab opens the task pane, with 16, 32 and 80 px icons", () => {
    const home = all("OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    expect(home).toBeDefined();
    const buttons = Array.from(home?.getElementsByTagName("Control") ?? []).filter((c) => c.getAttributeNS(XSI, "type") === "Button");
    expect(buttons).toHaveLength(1);
    expect(buttons[0].getElementsByTagName("Action")[0].getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
    const sizes = Array.from(buttons[0].getElementsByTagNameNS(BT, "Image")).map((img) => img.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  test("every icon exists in assets/ at the size the manifest states", () => {
    const stated: [string, number][] = [
      [one("IconUrl").getAttribute("DefaultValue") as string, 32],
      [one("HighResolutionIconUrl").getAttribute("DefaultValue") as string, 64],
      ...Array.from(doc.getElementsByTagNameNS(BT, "Image"))
        .filter((img) => img.hasAttribute("size"))
        .map((img) => [urlOf(img) as string, Number(img.getAttribute("size"))] as [string, number]),
    ];
    expect(stated.length).toBe(8);
    for (const [url, size] of stated) {
      expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_URL.length));
      expect(pngSize(readFileSync(file), file)).toEqual({ width: size, height: size });
    }
  });

  test("has a SupportUrl on the add-in's own support page", () => {
    expect(one("SupportUrl").getAttribute("DefaultValue")).toBe(`${DEV_URL}support.html`);
  });
});

describe("the offline validator (npm run validate)", () => {
  test("passes manifest.xml", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const report = checkManifest(XML, { packageVersion: version });
    expect(report.problems).toEqual([]);
    expect(report.namespace).toBe("PLAN");
    expect(report.runtimeUrl).toBe(`${DEV_URL}taskpane.html`);
  });

  const broken: [what: string, from: string | RegExp, to: string, expected: string][] = [
    ["an undefined resid", 'resid="Functions.Namespace"', 'resid="Functions.Namespaze"', 'names a resource that <Resources> does not define'],
    ["a resource of the wrong kind", '<Label resid="Group.Label"/>', '<Label resid="GetStarted.Description"/>', "needs a ShortString resource"],
    ["an unused resource", '<bt:String id="Group.Label" DefaultValue="PlanCheck"/>', '<bt:String id="Group.Label" DefaultValue="PlanCheck"/><bt:String id="Spare" DefaultValue="x"/>', 'resource "Spare" is defined but never used'],
    ["a duplicate resource id", '<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"', 'resource id "Taskpane.Url" is defined more than once'],
    ["a duplicate control id", 'id="PlanCheck.OpenPane"', 'id="PlanCheck.Group"', 'id "PlanCheck.Group" is used by more than one'],
    ["functions on another page", /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Support.Url"/>', "the custom functions' <Page> is https://localhost:3000/support.html, not the shared runtime page"],
    ["a FunctionFile on another page", '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Support.Url"/>', "the <FunctionFile> is https://localhost:3000/support.html"],
    ["a short-lived runtime", 'lifetime="long"', 'lifetime="short"', 'must have lifetime="long"'],
    ["a task pane id on the button", '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>PlanCheck.Taskpane</TaskpaneId>', 'control "PlanCheck.OpenPane" has a <TaskpaneId>: with a shared runtime'],
    ["no shared runtime requirement", '<Set Name="SharedRuntime" MinVersion="1.1"/>', "", 'does not ask for <Set Name="SharedRuntime"'],
    ["custom functions without CustomFunctions.Error", '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>', 'CustomFunctions.Error needs <Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>'],
    ["no custom functions requirement", '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>', "", 'CustomFunctions.Error needs <Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>'],
    ["elements out of order", /<ProviderName>PlanCheck<\/ProviderName>\s*<DefaultLocale>en-GB<\/DefaultLocale>/, "<DefaultLocale>en-GB</DefaultLocale><ProviderName>PlanCheck</ProviderName>", "<ProviderName> must come before <DefaultLocale>"],
    ["a ribbon icon size missing", /<bt:Image size="80" resid="Icon.80x80"\/>\s*<\/Icon>\s*<Control/, "</Icon><Control", 'group "PlanCheck.Group" has no 80 px image'],
    ["an http URL", 'DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"', "is not an https:// URL"],
    ["a namespace with a space", 'DefaultValue="PLAN"', 'DefaultValue="PLAN CHECK"', "namespace \"PLAN CHECK\" must be letters, digits and dots"],
    ["a string over 125 characters", 'DefaultValue="PlanCheck is ready"', `DefaultValue="${"x".repeat(126)}"`, "DefaultValue of 1 to 125 characters"],
    ["broken XML", "</Hosts>\n  <Requirements>", "</Hostz>\n  <Requirements>", "not well-formed XML"],
  ];

  test.each(broken)("reports %s", (_what, from, to, expected) => {
    const xml = XML.replace(from, to);
    expect(xml).not.toBe(XML);
    expect(checkManifest(xml).problems.join("\n")).toContain(expected);
  });

  test("reports a version that differs from package.json", () => {
    expect(checkManifest(XML, { packageVersion: "9.9.9" }).problems).toEqual(["<Version> 0.1.0.0 does not match package.json's version 9.9.9"]);
  });
});

describe("the production URL rewrite (--env urlProd=…)", () => {
  test("moves every dev URL under urlProd and nothing else", () => {
    const prod = rewriteManifestUrls(XML, normaliseUrlProd("https://plans.example.gov.uk/plancheck"));
    expect(prod).not.toContain(`"${DEV_URL}`);
    const report = checkManifest(prod);
    expect(report.problems).toEqual([]);
    expect(report.urls.map((u) => u.url)).toEqual(checkManifest(XML).urls.map((u) => u.url.replace(DEV_URL, "https://plans.example.gov.uk/plancheck/")));
    expect(prod.replace(/https:\/\/plans\.example\.gov\.uk\/plancheck\//g, DEV_URL)).toBe(XML);
  });

  test.each([
    ["https://plans.example.gov.uk/plancheck", "https://plans.example.gov.uk/plancheck/"],
    ["https://addins.council.gov.uk/", "https://addins.council.gov.uk/"],
    [" https://host.example/a/b/ ", "https://host.example/a/b/"],
  ])("accepts %j as %j", (given, expected) => {
    expect(normaliseUrlProd(given)).toBe(expected);
  });

  test.each([
    ["http://plans.example.gov.uk/", "must start with https://"],
    ["plans.example.gov.uk", "is not a URL"],
    ["https://plans.example.gov.uk/?v=2", "without ?query"],
  ])("rejects %j with a clear message", (given, message) => {
    expect(() => normaliseUrlProd(given)).toThrow(message);
  });
});

describe("the build's version stamp (package.json's version as <Version>)", () => {
  test.each([
    ["0.1.0", "0.1.0.0"],
    ["2.10.3", "2.10.3.0"],
    ["1.2", "1.2.0.0"],
    ["1.2.3.4", "1.2.3.4"],
  ])("%s is <Version>%s</Version>", (version, expected) => {
    expect(manifestVersion(version)).toBe(expected);
    const stamped = stampManifestVersion(XML, version);
    expect(checkManifest(stamped, { packageVersion: version }).problems).toEqual([]);
    expect(stamped.replace(`<Version>${expected}</Version>`, `<Version>${one("Version").textContent}</Version>`)).toBe(XML); // nothing else changes
  });

  test.each(["1.2.0-rc.1", "1.2.3+build.5", "1.2.3.4.5", "v1.2.3"])("refuses %j, which a manifest cannot carry, saying what to drop", (version) => {
    expect(() => manifestVersion(version)).toThrow(/cannot be a manifest <Version>, which is up to four numbers/);
  });
});
