/**
 * CSV / delimited text into a Grid. Every cell is text (or empty): CSV has no types, and the model parses
 * dates and numbers from text itself.
 */
import { EMPTY, type Cell, type Grid } from "../model/grid";

export type Separator = "," | ";" | "\t";
const CANDIDATES: Separator[] = [",", ";", "\t"];

/** Counts each candidate separator outside quotes, per record, over the first records of the text. */
export function detectSeparator(text: string, maxRecords = 20): Separator {
  const counts: number[][] = CANDIDATES.map(() => []);
  const current = [0, 0, 0];
  let inQuotes = false;
  let records = 0;
  let nonEmpty = false;
  const endRecord = (): void => {
    if (nonEmpty) {
      for (let k = 0; k < CANDIDATES.length; k++) counts[k].push(current[k]);
      records++;
    }
    current.fill(0);
    nonEmpty = false;
  };
  for (let i = 0; i < text.length && records < maxRecords; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"') {
      inQuotes = true;
      nonEmpty = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      nonEmpty = true;
      const k = ch === "," ? 0 : ch === ";" ? 1 : ch === "\t" ? 2 : -1;
      if (k >= 0) current[k]++;
    }
  }
  if (records < maxRecords) endRecord();

  // Best: the separator that appears the same (non-zero) number of times in the most records; then the
  // one with the higher count; ties go to comma, then semicolon, then tab.
  let best: Separator = ",";
  let bestScore = -1;
  let bestMode = 0;
  CANDIDATES.forEach((sep, k) => {
    const c = counts[k];
    if (c.length === 0) return;
    const freq = new Map<number, number>();
    for (const n of c) if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 0;
    let modeFreq = 0;
    for (const [n, f] of freq) if (f > modeFreq || (f === modeFreq && n > mode)) [mode, modeFreq] = [n, f];
    if (mode === 0) return;
    if (modeFreq > bestScore || (modeFreq === bestScore && mode > bestMode)) {
      best = sep;
      bestScore = modeFreq;
      bestMode = mode;
    }
  });
  return best;
}

/** File name without folders and without its last extension. */
export function stripExtension(name: string): string {
  const parts = name.split(/[\\/]/);
  const base = parts[parts.length - 1] || name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; CRLF, LF or CR line
 * ends) into a Grid named after the file. The separator (comma, semicolon or tab) is detected; an Excel
 * "sep=;" first line is honoured. A UTF-8 BOM is dropped. Record n (a record may span lines inside quotes)
 * is rows[n - 1]; blank records stay as empty rows so positions match what a spreadsheet shows.
 */
export function readCsvText(text: string, name: string): Grid {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let sep: Separator | undefined;
  const hint = /^sep=([,;\t|])[ \t]*(\r\n|\n|\r|$)/i.exec(s);
  if (hint) {
    sep = hint[1] === "|" ? undefined : (hint[1] as Separator);
    s = s.slice(hint[0].length);
  }
  const separator = sep ?? detectSeparator(s);
  const sepCode = separator.charCodeAt(0);

  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = "";
  let fieldQuoted = false;
  const pushField = (): void => {
    row.push(field === "" ? EMPTY : { kind: "text", value: field });
    field = "";
    fieldQuoted = false;
  };
  const pushRow = (): void => {
    pushField();
    // Trailing empty cells carry nothing.
    let end = row.length;
    while (end > 0 && row[end - 1].kind === "empty") end--;
    row.length = end;
    rows.push(row);
    row = [];
  };

  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 34 /* " */ && field === "" && !fieldQuoted) {
      // Quoted field: read to the closing quote, turning "" into ".
      fieldQuoted = true;
      i++;
      let start = i;
      let value = "";
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          // Unterminated quote: keep the rest as the field's text.
          value += s.slice(start);
          i = n;
          break;
        }
        if (s.charCodeAt(q + 1) === 34) {
          value += s.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        value += s.slice(start, q);
        i = q + 1;
        break;
      }
      field = value;
      // Text after the closing quote up to the separator is kept (as spreadsheet programs do).
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d === sepCode || d === 10 || d === 13) break;
        field += s[i];
        i++;
      }
      continue;
    }
    if (c === sepCode) {
      pushField();
      i++;
    } else if (c === 10 || c === 13) {
      pushRow();
      i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      // Plain run up to the next special character.
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === sepCode || d === 10 || d === 13) break;
        j++;
      }
      field += s.slice(i, j);
      i = j;
    }
  }
  if (field !== "" || fieldQuoted || row.length > 0) pushRow();
  // Trailing empty rows carry nothing.
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { name: stripExtension(name), rows, merges: [], dateSystem: 1900 };
}

export interface DecodedText {
  text: string;
  /** "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1252". */
  encoding: string;
}

/** Windows-1252 code points for bytes 0x80–0x9F (undefined positions map to the C1 control, as browsers do). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Windows-1252 by table. (Node's TextDecoder("windows-1252") decodes as ISO-8859-1, turning the euro sign
 * and curly quotes of 0x80–0x9F into control characters, so it cannot be relied on.)
 */
export function decodeWindows1252(data: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let i = 0; i < data.length; i += CHUNK) {
    const n = Math.min(CHUNK, data.length - i);
    codes.length = n;
    for (let k = 0; k < n; k++) {
      const b = data[i + k];
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/** Decodes text bytes: UTF-16 with a BOM, else UTF-8 if valid, else Windows-1252. */
export function decodeTextBytes(data: Uint8Array): DecodedText {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(data), encoding: "UTF-16LE" };
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(data), encoding: "UTF-16BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(data), encoding: "UTF-8" };
  } catch {
    return { text: decodeWindows1252(data), encoding: "Windows-1252" };
  }
}
