/**
 * A small, fast, non-validating XML pull parser for the parts of an Office Open XML package.
 *
 * Why not a library: SpreadsheetML is plain XML, but real files vary (namespace prefixes such as `x:`,
 * Strict OOXML namespaces, BOMs, indentation), and the reader must be fast on 100k-row sheets and safe on
 * hostile input. This parser:
 * - reports element names without their prefix (`x:row` → `row`), attributes under their qualified names;
 * - decodes the five predefined entities and character references, and rejects any other entity;
 * - rejects a DOCTYPE that declares entities (the "billion laughs" XML bomb) instead of expanding it;
 * - never recurses, so deep nesting cannot overflow the stack.
 * It does not check that end tags match start tags (callers count depth), which keeps it lenient with the
 * odd files that Excel itself opens.
 */

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type XmlEvent = typeof EOF | typeof OPEN | typeof CLOSE | typeof TEXT;

export class XmlError extends Error {
  /** True when the document was rejected as unsafe (entity declarations), not merely malformed. */
  readonly unsafe: boolean;
  constructor(message: string, unsafe = false) {
    super(message);
    this.name = "XmlError";
    this.unsafe = unsafe;
  }
}

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const ENTITY_RE = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);?/g;

/** Decodes `&amp;`, `&#233;`, `&#x1F600;` and friends; throws on an undeclared entity or a bare `&`. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY_RE, (match: string, body: string) => {
    if (!match.endsWith(";")) throw new XmlError(`malformed entity reference "${match}"`);
    if (body.charCodeAt(0) === 35 /* # */) {
      const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
      const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlError(`bad character reference "${match}"`);
      return String.fromCodePoint(code);
    }
    const v = PREDEFINED[body];
    if (v === undefined) throw new XmlError(`undefined entity "&${body};"`);
    return v;
  });
}

function isNameEnd(c: number): boolean {
  // whitespace, '/', '>'
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

export class XmlPull {
  private readonly s: string;
  private pos = 0;
  private pendingClose = false;
  private attrStart = 0;
  private attrEnd = 0;
  private attrCache: Record<string, string> | undefined;
  private attrRegion: string | undefined;
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;
  /** Local name (prefix removed) of the element just opened or closed. */
  name = "";
  /** True when the element just opened is self-closing (`<a/>`); its CLOSE event follows at once. */
  selfClosing = false;

  constructor(text: string) {
    // A BOM decoded into the string (UTF-8 parts decoded without BOM stripping) is not markup.
    this.s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** Position in the text, for progress checks. */
  get offset(): number {
    return this.pos;
  }

  next(): XmlEvent {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.selfClosing = false;
      return CLOSE;
    }
    const s = this.s;
    for (;;) {
      const p = this.pos;
      if (p >= s.length) return EOF;
      if (s.charCodeAt(p) !== 60 /* < */) {
        let q = s.indexOf("<", p);
        if (q < 0) q = s.length;
        this.textStart = p;
        this.textEnd = q;
        this.textIsCdata = false;
        this.pos = q;
        return TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 47 /* / */) {
        const end = s.indexOf(">", p + 2);
        if (end < 0) throw new XmlError("unterminated end tag");
        let qn = s.slice(p + 2, end).trim();
        const colon = qn.indexOf(":");
        if (colon >= 0) qn = qn.slice(colon + 1);
        this.name = qn;
        this.pos = end + 1;
        return CLOSE;
      }
      if (c1 === 63 /* ? */) {
        const end = s.indexOf("?>", p + 2);
        if (end < 0) throw new XmlError("unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", p)) {
          const end = s.indexOf("-->", p + 4);
          if (end < 0) throw new XmlError("unterminated comment");
          this.pos = end + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", p)) {
          const end = s.indexOf("]]>", p + 9);
          if (end < 0) throw new XmlError("unterminated CDATA section");
          this.textStart = p + 9;
          this.textEnd = end;
          this.textIsCdata = true;
          this.pos = end + 3;
          return TEXT;
        }
        if (s.startsWith("<!DOCTYPE", p)) {
          this.pos = this.skipDoctype(p);
          continue;
        }
        throw new XmlError("unexpected markup declaration");
      }
      // Start tag.
      let i = p + 1;
      const len = s.length;
      while (i < len && !isNameEnd(s.charCodeAt(i))) i++;
      let qn = s.slice(p + 1, i);
      if (qn.length === 0) throw new XmlError("empty element name");
      const colon = qn.indexOf(":");
      if (colon >= 0) qn = qn.slice(colon + 1);
      // Find the closing '>' outside quoted attribute values.
      let j = i;
      let quote = 0;
      for (; j < len; j++) {
        const c = s.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 /* > */) break;
        else if (c === 60 /* < */) throw new XmlError(`"<" inside the tag <${qn}>`);
      }
      if (j >= len) throw new XmlError(`unterminated start tag <${qn}>`);
      const self = s.charCodeAt(j - 1) === 47; /* / */
      this.name = qn;
      this.selfClosing = self;
      this.pendingClose = self;
      this.attrStart = i;
      this.attrEnd = self ? j - 1 : j;
      this.attrCache = undefined;
      this.attrRegion = undefined;
      this.pos = j + 1;
      return OPEN;
    }
  }

  private skipDoctype(p: number): number {
    const s = this.s;
    let i = p + 9;
    let inSubset = false;
    let quote = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
        continue;
      }
      if (c === 34 || c === 39) quote = c;
      else if (c === 91 /* [ */) inSubset = true;
      else if (c === 93 /* ] */) inSubset = false;
      else if (c === 62 /* > */ && !inSubset) break;
      else if (c === 60 /* < */ && inSubset && s.startsWith("<!ENTITY", i)) {
        throw new XmlError("the XML declares entities (a possible \"XML bomb\"), which Excel files never use", true);
      }
    }
    if (i >= s.length) throw new XmlError("unterminated DOCTYPE");
    return i + 1;
  }

  /** Decoded text of the TEXT event just returned. */
  text(): string {
    const raw = this.s.slice(this.textStart, this.textEnd);
    return this.textIsCdata ? raw : decodeEntities(raw);
  }

  /** Attributes of the element just opened, keyed by qualified name (e.g. "r", "r:id", "xml:space"). */
  attrs(): Record<string, string> {
    if (this.attrCache) return this.attrCache;
    const out: Record<string, string> = {};
    const s = this.s;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      let c = s.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end) {
        c = s.charCodeAt(i);
        if (c === 61 /* = */ || c === 32 || c === 9 || c === 10 || c === 13) break;
        i++;
      }
      const an = s.slice(nameStart, i);
      while (i < end && s.charCodeAt(i) !== 61) i++;
      i++; // '='
      while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 10 || s.charCodeAt(i) === 13)) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) {
        if (i >= end) break;
        throw new XmlError(`attribute ${an} has no quoted value`);
      }
      const close = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0 || close > end) throw new XmlError(`unterminated value of attribute ${an}`);
      out[an] = decodeEntities(s.slice(i + 1, close));
      i = close + 1;
    }
    this.attrCache = out;
    return out;
  }

  /** One attribute by qualified name. */
  attr(qname: string): string | undefined {
    if (this.attrCache) return this.attrCache[qname];
    // Fast path without building the attribute object (the hot loop reads r, s, t of every cell). The
    // search runs within the tag only: searching the rest of the document for an absent name would be O(n²).
    const a = (this.attrRegion ??= this.s.slice(this.attrStart, this.attrEnd));
    const end = a.length;
    let from = 0;
    for (;;) {
      const at = a.indexOf(qname, from);
      if (at < 0) return undefined;
      from = at + 1;
      const before = at === 0 ? 32 : a.charCodeAt(at - 1);
      if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
      let i = at + qname.length;
      while (i < end && (a.charCodeAt(i) === 32 || a.charCodeAt(i) === 9 || a.charCodeAt(i) === 10 || a.charCodeAt(i) === 13)) i++;
      if (a.charCodeAt(i) !== 61 /* = */) continue;
      i++;
      while (i < end && (a.charCodeAt(i) === 32 || a.charCodeAt(i) === 9 || a.charCodeAt(i) === 10 || a.charCodeAt(i) === 13)) i++;
      const q = a.charCodeAt(i);
      if (q !== 34 && q !== 39) return this.attrs()[qname];
      const close = a.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0) return this.attrs()[qname];
      return decodeEntities(a.slice(i + 1, close));
    }
  }

  /** An attribute by local name whatever its prefix (e.g. "id" finds "r:id" or "ns:id", but not "sheetId"). */
  attrLocal(local: string): string | undefined {
    const a = this.attrs();
    if (a[local] !== undefined) return a[local];
    for (const k in a) {
      const colon = k.indexOf(":");
      if (colon >= 0 && k.slice(colon + 1) === local && k.slice(0, colon) !== "xmlns") return a[k];
    }
    return undefined;
  }

  /** After OPEN: consumes the element's content and its CLOSE; returns all text inside it. */
  readText(): string {
    if (this.pendingClose) {
      this.next();
      return "";
    }
    // Fast path for the common `<v>123</v>`: plain text straight up to an end tag.
    const s = this.s;
    const p = this.pos;
    const q = s.indexOf("<", p);
    if (q >= 0 && s.charCodeAt(q + 1) === 47 /* / */) {
      const end = s.indexOf(">", q + 2);
      if (end >= 0) {
        let qn = s.slice(q + 2, end).trim();
        const colon = qn.indexOf(":");
        if (colon >= 0) qn = qn.slice(colon + 1);
        this.name = qn;
        this.pos = end + 1;
        return decodeEntities(s.slice(p, q));
      }
    }
    return this.readTextSlow();
  }

  private readTextSlow(): string {
    let depth = 1;
    let out = "";
    for (;;) {
      const ev = this.next();
      if (ev === EOF) return out;
      if (ev === TEXT) out += this.text();
      else if (ev === OPEN) depth++;
      else if (ev === CLOSE && --depth === 0) return out;
    }
  }

  /** After OPEN: consumes the element's content and its CLOSE. */
  /**
   * Calls `visit` with the local name of each child element of the element just opened, then consumes
   * that element's end. `visit` must consume the child it is given (readText, skip, or a reader).
   */
  forEachChild(visit: (name: string) => void): void {
    if (this.selfClosing) {
      this.next();
      return;
    }
    for (;;) {
      const ev = this.next();
      if (ev === EOF || ev === CLOSE) return;
      if (ev === OPEN) visit(this.name);
    }
  }

  skip(): void {
    let depth = 1;
    for (;;) {
      const ev = this.next();
      if (ev === EOF) return;
      if (ev === OPEN) depth++;
      else if (ev === CLOSE && --depth === 0) return;
    }
  }
}
