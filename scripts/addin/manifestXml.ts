/**
 * Reading an Office add-in XML manifest as namespaced elements: a strict parse (any XML error is reported,
 * not repaired) and the few lookups the manifest checks need.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basic: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type ParsedManifest = { root: Element; errors: [] } | { root: null; errors: string[] };

export function parseManifest(xml: string): ParsedManifest {
  const errors: string[] = [];
  let root: Element | null = null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message.replace(/^\[xmldom [^\]]*\]\s*/, "").split("\n")[0]);
      },
    }).parseFromString(xml, "text/xml");
    root = doc.documentElement;
  } catch (error) {
    if (errors.length === 0) errors.push(error instanceof Error ? error.message : String(error));
  }
  if (errors.length > 0 || !root) return { root: null, errors: errors.length > 0 ? errors : ["the manifest has no root element"] };
  return { root, errors: [] };
}

/** Child elements, optionally only those with the given namespace and local name. */
export function children(parent: Element, ns?: string, name?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const el = node as Element;
    if ((ns === undefined || el.namespaceURI === ns) && (name === undefined || el.localName === name)) found.push(el);
  }
  return found;
}

export function child(parent: Element, ns: string, name: string): Element | undefined {
  return children(parent, ns, name)[0];
}

/** Follows a path of local names in one namespace: path(root, ns, "Hosts", "Host"). */
export function path(parent: Element | undefined, ns: string, ...names: string[]): Element | undefined {
  return names.reduce<Element | undefined>((el, name) => (el ? child(el, ns, name) : undefined), parent);
}

/** All descendant elements, document order. */
export function descendants(parent: Element): Element[] {
  return children(parent).flatMap((el) => [el, ...descendants(el)]);
}

export function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type") || null;
}

/** "bt:Image" style name for messages, from the element's own prefix. */
export function label(el: Element): string {
  return el.prefix ? `${el.prefix}:${el.localName}` : (el.localName ?? "?");
}
