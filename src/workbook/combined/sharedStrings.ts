/**
 * The shared-string table of the written workbook, extended with the strings of the rows the byte writer
 * adds. Strings exceljs already wrote keep their indexes; new strings are appended.
 */
import { ByteWriter, utf8 } from "./byteWriter";
import { attr, escapeText, unescapeXml } from "./ooxml";

const SI = utf8("<si><t>");
const SI_PRESERVE = utf8('<si><t xml:space="preserve">');
const SI_END = utf8("</t></si>");
const NEEDS_ESCAPE = /[&<>]/;

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly head: string;
  private readonly body: string;
  private readonly existing: number;
  private refs: number;

  /** `xml` is exceljs's xl/sharedStrings.xml. */
  constructor(xml: string) {
    const open = /<sst\b[^>]*>/.exec(xml);
    const close = xml.lastIndexOf("</sst>");
    if (!open || close < 0) throw new Error("the written workbook's shared strings are not an <sst> part");
    this.head = xml.slice(0, open.index) + open[0].replace(/\s(count|uniqueCount)="[^"]*"/g, "").replace(/>$/, "");
    this.body = xml.slice(open.index + open[0].length, close);
    this.refs = Number(attr(open[0], "count") ?? 0);
    let n = 0;
    for (const m of this.body.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      // Plain items (<si><t>…</t></si>) can be shared again; rich ones just keep their place.
      const plain = /^<t(?: xml:space="preserve")?>([^<]*)<\/t>$/.exec(m[1]);
      if (plain) {
        const text = unescapeXml(plain[1]);
        if (!this.index.has(text)) this.index.set(text, n);
      }
      n++;
    }
    this.existing = n;
  }

  /** The index of `text` (already made safe by cellText), adding it when new; counts one reference. */
  ref(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.index.set(text, i);
      this.added.push(text);
    }
    return i;
  }

  /**
   * A new item for `text` without looking for an equal one: for texts that rarely repeat (row keys,
   * actions), where the lookup costs more than it saves. The shared-string table may hold equal items.
   */
  add(text: string): number {
    this.refs++;
    this.added.push(text);
    return this.existing + this.added.length - 1;
  }

  /** Forget `n` references (cells the byte writer replaced). */
  unref(n: number): void {
    this.refs = Math.max(0, this.refs - n);
  }

  /** The part as UTF-8 chunks: exceljs's items, then the added ones. */
  *chunks(): Generator<Uint8Array> {
    const w = new ByteWriter();
    w.text(`${this.head} count="${this.refs}" uniqueCount="${this.existing + this.added.length}">`);
    w.text(this.body);
    for (const t of this.added) {
      w.bytes(/^\s|\s$|\n/.test(t) ? SI_PRESERVE : SI);
      w.text(NEEDS_ESCAPE.test(t) ? escapeText(t) : t);
      w.bytes(SI_END);
      if (w.full) yield w.take();
    }
    w.text("</sst>");
    yield w.take();
  }
}
