/**
 * Offline structural checks of PlanCheck's XML add-in manifest, written from the manifest reference (there
 * is no offline copy of Microsoft's XSDs in the npm registry or Debian). It checks what makes sideloading
 * fail or the add-in misbehave: element order of the top level, VersionOverrides, host and form factor;
 * required elements; ids and lengths; that every resid names a defined resource of the right kind and every
 * resource is used; HTTPS URLs; ribbon icons at 16, 32 and 80 px; and the shared runtime — one long-lived
 * runtime whose page is also the task pane's default page, the custom functions' page, the FunctionFile and
 * the page every ShowTaskpane button opens, with no <TaskpaneId> on any of them (a shared runtime supports
 * one task pane).
 */
import type { Element } from "@xmldom/xmldom";
import { NS, child, children, descendants, label, parseManifest, path, xsiType } from "./manifestXml";

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

export interface ManifestUrl {
  where: string;
  url: string;
  /** The width and height in pixels the manifest states for an image. */
  iconSize?: number;
}

export interface ManifestReport {
  problems: string[];
  /** Every URL the manifest names. */
  urls: ManifestUrl[];
  /** The custom functions' namespace (the formula prefix). */
  namespace: string | null;
  /** The shared runtime's page. */
  runtimeUrl: string | null;
}

const TOP_LEVEL = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
  "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl",
  "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
];
const OVERRIDES_ORDER = ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const FORM_FACTOR_ORDER = ["GetStarted", "FunctionFile", "ExtensionPoint"];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const RIBBON_ICON_SIZES = [16, 32, 80];
const MAX_LENGTH: Record<ResourceKind, number> = { ShortString: 125, LongString: 250, Url: 2048, Image: 2048 };
const RESOURCE_LISTS: [list: string, item: string, kind: ResourceKind][] = [
  ["Images", "Image", "Image"],
  ["Urls", "Url", "Url"],
  ["ShortStrings", "String", "ShortString"],
  ["LongStrings", "String", "LongString"],
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Checker {
  readonly problems: string[] = [];
  readonly urls: ManifestUrl[] = [];
  readonly resources = new Map<string, { kind: ResourceKind; value: string }>();

  problem(message: string): void {
    this.problems.push(message);
  }

  require(el: Element | undefined, what: string): el is Element {
    if (!el) this.problem(`missing ${what}`);
    return el !== undefined;
  }

  /** Children in the schema's order, each at most once unless repeatable; `overridesNs` also allows <VersionOverrides> from there. */
  order(parent: Element, ns: string, order: string[], where: string, repeatable: string[] = [], overridesNs?: string): void {
    let last = -1;
    const seen = new Set<string>();
    for (const el of children(parent)) {
      const inNs = el.namespaceURI === ns || (el.namespaceURI === overridesNs && el.localName === "VersionOverrides");
      const index = inNs ? order.indexOf(el.localName ?? "") : -1;
      if (index < 0) {
        this.problem(`${where}: unexpected element <${label(el)}>`);
        continue;
      }
      if (index < last) this.problem(`${where}: <${el.localName}> must come before <${order[last]}>`);
      if (seen.has(order[index]) && !repeatable.includes(order[index])) this.problem(`${where}: <${el.localName}> appears more than once`);
      seen.add(order[index]);
      last = Math.max(last, index);
    }
  }

  url(value: string, where: string, iconSize?: number): void {
    let ok = false;
    try {
      ok = new URL(value).protocol === "https:";
    } catch {
      // reported below
    }
    if (!ok) this.problem(`${where}: "${value}" is not an https:// URL`);
    this.urls.push({ where, url: value, ...(iconSize ? { iconSize } : {}) });
  }

  /** The value of the resource an element's resid names, if it is of the given kind. */
  resolve(el: Element | undefined, kind: ResourceKind): string | null {
    const resource = el ? this.resources.get(el.getAttribute("resid") ?? "") : undefined;
    return resource?.kind === kind ? resource.value : null;
  }
}

function defaultValue(el: Element | undefined): string {
  return el?.getAttribute("DefaultValue") ?? "";
}

/** A top-level element; VersionOverrides lives in its own namespace. */
function topLevel(root: Element, name: string): Element | undefined {
  return child(root, name === "VersionOverrides" ? NS.overrides : NS.app, name);
}

function checkTopLevel(c: Checker, root: Element, packageVersion?: string): void {
  c.order(root, NS.app, TOP_LEVEL, "<OfficeApp>", [], NS.overrides);
  for (const name of REQUIRED_TOP_LEVEL) c.require(topLevel(root, name), `<${name}> in <OfficeApp>`);
  const text = (name: string) => child(root, NS.app, name)?.textContent?.trim() ?? "";
  if (text("Id") && !GUID.test(text("Id"))) c.problem(`<Id> "${text("Id")}" is not a GUID`);
  const version = text("Version");
  if (version && !/^\d+(\.\d+){0,3}$/.test(version)) c.problem(`<Version> "${version}" must be up to four numbers, e.g. 1.0.0.0`);
  if (version && packageVersion && version.replace(/(\.0)+$/, "") !== packageVersion.replace(/(\.0)+$/, "")) {
    c.problem(`<Version> ${version} does not match package.json's version ${packageVersion}`);
  }
  if (text("DefaultLocale") && !/^[a-z]{2,3}-[A-Z]{2}$/.test(text("DefaultLocale"))) c.problem(`<DefaultLocale> "${text("DefaultLocale")}" is not a culture name such as en-GB`);
  if (child(root, NS.app, "ProviderName") && !text("ProviderName")) c.problem("<ProviderName> is empty");
  for (const [name, max] of [["DisplayName", 125], ["Description", 250]] as const) {
    const value = defaultValue(child(root, NS.app, name));
    if (child(root, NS.app, name) && (!value || value.length > max)) c.problem(`<${name}> DefaultValue must be 1 to ${max} characters`);
  }
  if (text("Permissions") && !PERMISSIONS.includes(text("Permissions"))) c.problem(`<Permissions> "${text("Permissions")}" is not one of ${PERMISSIONS.join(", ")}`);
  const hosts = child(root, NS.app, "Hosts");
  if (hosts && !children(hosts, NS.app, "Host").some((h) => h.getAttribute("Name") === "Workbook")) c.problem('<Hosts> has no <Host Name="Workbook"/> (Excel)');
  const sets = path(root, NS.app, "Requirements", "Sets");
  const shared = sets && children(sets, NS.app, "Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (child(root, NS.app, "Requirements") && !shared) c.problem('<Requirements> does not ask for <Set Name="SharedRuntime" MinVersion="1.1"/>');
  // Every PLAN.* error is a CustomFunctions.Error, which arrived in CustomFunctionsRuntime 1.2.
  const functionsRuntime = sets && children(sets, NS.app, "Set").find((s) => s.getAttribute("Name") === "CustomFunctionsRuntime");
  const [major = 0, minor = 0] = (functionsRuntime?.getAttribute("MinVersion") ?? "").split(".").map(Number);
  if (child(root, NS.app, "Requirements") && !(major > 1 || (major === 1 && minor >= 2))) {
    c.problem('<Requirements> asks for less than the add-in uses: CustomFunctions.Error needs <Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
  }
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = child(root, NS.app, name);
    if (el) c.url(defaultValue(el), `<${name}>`, name === "IconUrl" ? 32 : name === "HighResolutionIconUrl" ? 64 : undefined);
  }
  const source = path(root, NS.app, "DefaultSettings", "SourceLocation");
  if (c.require(source, "<SourceLocation> in <DefaultSettings>")) c.url(defaultValue(source), "<DefaultSettings><SourceLocation>");
}

function readResources(c: Checker, overrides: Element): void {
  const resources = child(overrides, NS.overrides, "Resources");
  if (!c.require(resources, "<Resources> in <VersionOverrides>")) return;
  for (const [list, item, kind] of RESOURCE_LISTS) {
    const listEl = child(resources, NS.basic, list);
    for (const el of listEl ? children(listEl, NS.basic, item) : []) {
      const id = el.getAttribute("id") ?? "";
      const value = defaultValue(el);
      if (!id || id.length > 32) c.problem(`<bt:${item}> id "${id}" must be 1 to 32 characters`);
      if (c.resources.has(id)) c.problem(`resource id "${id}" is defined more than once`);
      if (!value || value.length > MAX_LENGTH[kind]) c.problem(`resource "${id}" must have a DefaultValue of 1 to ${MAX_LENGTH[kind]} characters`);
      c.resources.set(id, { kind, value });
    }
  }
}

/** The kind of resource an element's resid must name. */
function residKind(el: Element): ResourceKind | null {
  if (el.namespaceURI === NS.basic && el.localName === "Image") return "Image";
  switch (el.localName) {
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
    case "Runtime":
      return "Url";
    case "Label":
    case "Title":
    case "Namespace":
      return "ShortString";
    case "Description":
      return "LongString";
    default:
      return null;
  }
}

function checkReferences(c: Checker, overrides: Element): void {
  const used = new Set<string>();
  const imageSizes = new Map<string, Set<number>>();
  for (const el of descendants(overrides)) {
    if (!el.hasAttribute("resid")) continue;
    const resid = el.getAttribute("resid") ?? "";
    used.add(resid);
    const resource = c.resources.get(resid);
    const kind = residKind(el);
    if (!resource) c.problem(`<${label(el)} resid="${resid}"> names a resource that <Resources> does not define`);
    else if (kind && resource.kind !== kind) c.problem(`<${label(el)} resid="${resid}"> needs a ${kind} resource, but "${resid}" is a ${resource.kind}`);
    if (kind === "Image") imageSizes.set(resid, (imageSizes.get(resid) ?? new Set()).add(Number(el.getAttribute("size"))));
  }
  for (const [id, { kind, value }] of c.resources) {
    if (!used.has(id)) c.problem(`resource "${id}" is defined but never used`);
    const sizes = [...(imageSizes.get(id) ?? [])];
    if (sizes.length > 1) c.problem(`image "${id}" is used at several sizes (${sizes.join(", ")} px)`);
    if (kind === "Url" || kind === "Image") c.url(value, `resource "${id}"`, kind === "Image" ? sizes[0] : undefined);
  }
  const ids = new Set<string>();
  for (const el of descendants(overrides)) {
    const id = el.getAttribute("id");
    if (!id || el.namespaceURI !== NS.overrides || el.localName === "OfficeTab") continue; // OfficeTab ids name Office's own tabs
    if (ids.has(id)) c.problem(`id "${id}" is used by more than one control or group`);
    ids.add(id);
  }
}

function checkIcon(c: Checker, icon: Element | undefined, where: string): void {
  if (!c.require(icon, `<Icon> in ${where}`)) return;
  const sizes = children(icon, NS.basic, "Image").map((img) => Number(img.getAttribute("size")));
  for (const size of RIBBON_ICON_SIZES) if (!sizes.includes(size)) c.problem(`<Icon> in ${where} has no ${size} px image`);
}

function checkRibbon(c: Checker, desktop: Element, runtimeUrl: string | null): void {
  const surfaces = children(desktop, NS.overrides, "ExtensionPoint").filter((e) => xsiType(e) === "PrimaryCommandSurface");
  const tabs = surfaces.flatMap((s) => children(s).filter((t) => t.localName === "OfficeTab" || t.localName === "CustomTab"));
  const groups = tabs.flatMap((t) => children(t, NS.overrides, "Group"));
  if (groups.length === 0) c.problem("no ribbon group: add <ExtensionPoint xsi:type=\"PrimaryCommandSurface\"> with a tab and a <Group>");
  for (const group of groups) {
    const where = `group "${group.getAttribute("id")}"`;
    c.require(child(group, NS.overrides, "Label"), `<Label> in ${where}`);
    checkIcon(c, child(group, NS.overrides, "Icon"), where);
    const controls = children(group, NS.overrides, "Control");
    if (controls.length === 0) c.problem(`${where} has no <Control>`);
    for (const control of controls) {
      const at = `control "${control.getAttribute("id")}"`;
      c.require(child(control, NS.overrides, "Label"), `<Label> in ${at}`);
      c.require(path(control, NS.overrides, "Supertip", "Title"), `<Supertip><Title> in ${at}`);
      c.require(path(control, NS.overrides, "Supertip", "Description"), `<Supertip><Description> in ${at}`);
      checkIcon(c, child(control, NS.overrides, "Icon"), at);
      const action = child(control, NS.overrides, "Action");
      if (!c.require(action, `<Action> in ${at}`)) continue;
      if (xsiType(action) === "ShowTaskpane") {
        const page = c.resolve(child(action, NS.overrides, "SourceLocation"), "Url");
        if (page !== runtimeUrl) c.problem(`${at} opens ${page ?? "no page"}, not the shared runtime page ${runtimeUrl}`);
        // "Configure your Office Add-in to use a shared runtime", "Good practice: avoid multiple task panes".
        if (child(action, NS.overrides, "TaskpaneId")) c.problem(`${at} has a <TaskpaneId>: with a shared runtime no ShowTaskpane action may have one, so that only one task pane can exist`);
      } else if (xsiType(action) === "ExecuteFunction") {
        c.require(child(action, NS.overrides, "FunctionName"), `<FunctionName> in ${at}`);
      } else c.problem(`${at} has an <Action> of unknown type "${xsiType(action)}"`);
    }
  }
}

function checkWorkbookHost(c: Checker, root: Element, overrides: Element): { namespace: string | null; runtimeUrl: string | null } {
  const hosts = child(overrides, NS.overrides, "Hosts");
  const host = hosts && children(hosts, NS.overrides, "Host").find((h) => xsiType(h) === "Workbook");
  if (!c.require(host, '<Host xsi:type="Workbook"> in <VersionOverrides><Hosts>')) return { namespace: null, runtimeUrl: null };
  c.order(host, NS.overrides, HOST_ORDER, '<Host xsi:type="Workbook">');

  const runtimes = path(host, NS.overrides, "Runtimes");
  const runtime = runtimes ? children(runtimes, NS.overrides, "Runtime") : [];
  if (runtime.length !== 1) c.problem(`the Workbook host declares ${runtime.length} <Runtime> elements: the shared runtime needs exactly one`);
  if (runtime[0] && runtime[0].getAttribute("lifetime") !== "long") c.problem('the shared <Runtime> must have lifetime="long"');
  const runtimeUrl = c.resolve(runtime[0], "Url");
  const samePage = (url: string | null, what: string) => {
    if (url !== runtimeUrl) c.problem(`${what} is ${url ?? "missing"}, not the shared runtime page ${runtimeUrl}`);
  };
  samePage(defaultValue(path(root, NS.app, "DefaultSettings", "SourceLocation")) || null, "the task pane's <DefaultSettings> page");

  const allFormFactors = path(host, NS.overrides, "AllFormFactors");
  const functions = allFormFactors && children(allFormFactors, NS.overrides, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  let namespace: string | null = null;
  if (c.require(functions, '<ExtensionPoint xsi:type="CustomFunctions"> in <AllFormFactors>')) {
    c.order(functions, NS.overrides, ["Script", "Page", "Metadata", "Namespace"], "the CustomFunctions extension point");
    const source = (name: string) => c.resolve(path(functions, NS.overrides, name, "SourceLocation"), "Url");
    if (!source("Script")?.endsWith(".js")) c.problem("the custom functions' <Script> must name a .js file");
    if (!source("Metadata")?.endsWith(".json")) c.problem("the custom functions' <Metadata> must name a .json file");
    samePage(source("Page"), "the custom functions' <Page>");
    namespace = c.resolve(child(functions, NS.overrides, "Namespace"), "ShortString");
    if (!namespace || !/^[A-Za-z][A-Za-z0-9.]{0,31}$/.test(namespace)) c.problem(`the custom functions' namespace "${namespace ?? ""}" must be letters, digits and dots`);
  }

  const desktop = path(host, NS.overrides, "DesktopFormFactor");
  if (c.require(desktop, "<DesktopFormFactor> in the Workbook host")) {
    c.order(desktop, NS.overrides, FORM_FACTOR_ORDER, "<DesktopFormFactor>", ["ExtensionPoint"]);
    const started = child(desktop, NS.overrides, "GetStarted");
    if (started) for (const name of ["Title", "Description", "LearnMoreUrl"]) c.require(child(started, NS.overrides, name), `<${name}> in <GetStarted>`);
    samePage(c.resolve(child(desktop, NS.overrides, "FunctionFile"), "Url"), "the <FunctionFile>");
    checkRibbon(c, desktop, runtimeUrl);
  }
  return { namespace, runtimeUrl };
}

export function checkManifest(xml: string, options: { packageVersion?: string } = {}): ManifestReport {
  const parsed = parseManifest(xml);
  if (!parsed.root) return { problems: parsed.errors.map((e) => `not well-formed XML: ${e}`), urls: [], namespace: null, runtimeUrl: null };
  const root = parsed.root;
  const c = new Checker();
  if (root.namespaceURI !== NS.app || root.localName !== "OfficeApp") c.problem(`the root element must be <OfficeApp xmlns="${NS.app}">`);
  if (xsiType(root) !== "TaskPaneApp") c.problem('<OfficeApp> must have xsi:type="TaskPaneApp"');
  checkTopLevel(c, root, options.packageVersion);
  const overrides = topLevel(root, "VersionOverrides") ?? child(root, NS.app, "VersionOverrides");
  if (!overrides) return { problems: c.problems, urls: c.urls, namespace: null, runtimeUrl: null };
  if (overrides.namespaceURI !== NS.overrides) c.problem(`<VersionOverrides> must be in the namespace ${NS.overrides}`);
  if (xsiType(overrides) !== "VersionOverridesV1_0") c.problem('<VersionOverrides> must have xsi:type="VersionOverridesV1_0"');
  c.order(overrides, NS.overrides, OVERRIDES_ORDER, "<VersionOverrides>");
  readResources(c, overrides);
  checkReferences(c, overrides);
  const { namespace, runtimeUrl } = checkWorkbookHost(c, root, overrides);
  return { problems: c.problems, urls: c.urls, namespace, runtimeUrl };
}
