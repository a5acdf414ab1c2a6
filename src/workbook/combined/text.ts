/**
 * Source text made safe to store in a workbook cell. Every text from a plan is written as a plain string
 * value, never as a formula, so `=HYPERLINK(…)` stays the text `=HYPERLINK(…)`. What this changes:
 *
 * - characters XML 1.0 cannot carry (C0 controls other than tab and line feed, U+FFFE/U+FFFF, lone
 *   surrogates) are dropped — exceljs would drop them silently anyway, and Excel refuses the file otherwise;
 * - carriage returns become line feeds (an XML parser turns a raw CR into LF; Excel's line break is LF);
 * - a literal `_xHHHH_` is escaped as `_x005F_xHHHH_`, because Excel (and exceljs's reader) decode
 *   `_xHHHH_` in cell text: without this, a cell reading "_x0041_" would come back as "A";
 * - text longer than Excel's 32,767-character cell limit is cut, ending with "…".
 *
 * The empty string becomes null (a blank cell).
 */

export const MAX_CELL_TEXT = 32_767;
const MAX_TABLE_HEADER = 255;

// A surrogate pair is matched first and put back (`$1`); what else matches goes: controls, U+FFFE/U+FFFF
// and the surrogates left over, which are lone. (No lookbehind: Safari before 16.4 cannot compile one.)
// eslint-disable-next-line no-control-regex
const NOT_XML = /([\uD800-\uDBFF][\uDC00-\uDFFF])|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot carry. */
function xmlChars(text: string): string {
  return text.replace(NOT_XML, "$1");
}

const ESCAPE_LIKE = /_x[0-9A-Fa-f]{4}_/g;

// Anything cellText might change; most texts have none of it and are returned as they are.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/** The text as it should be stored in a cell of an .xlsx file, or null for a blank cell. */
export function cellText(text: string | null | undefined): string | null {
  if (text === null || text === undefined || text === "") return null;
  if (text.length <= MAX_CELL_TEXT && !NEEDS_WORK.test(text)) return text;
  const t = plainCellText(text);
  return t !== null && t.includes("_x") ? t.replace(ESCAPE_LIKE, (m) => `_x005F${m}`) : t;
}

/**
 * cellText without the `_xHHHH_` escape, for writers that hand Excel the text itself rather than file XML
 * (the Excel add-in): line breaks as LF, characters a workbook cannot carry dropped, at most `max`
 * characters (cut ending "…"). Null for a blank cell.
 */
export function plainCellText(text: string | null | undefined, max = MAX_CELL_TEXT): string | null {
  if (text === null || text === undefined || text === "") return null;
  let t = xmlChars(text.replace(/\r\n?/g, "\n"));
  if (t.length > max) t = cut(t, max - 1) + "…";
  return t === "" ? null : t;
}

/**
 * A table column heading: one line, trimmed, at most 255 characters. Excel compares table column names
 * with the header cells and repairs the file when they differ; line breaks and tabs in a name break that.
 */
export function headerText(text: string): string {
  const t = xmlChars(text).replace(/\s+/g, " ").trim();
  return cut(t, MAX_TABLE_HEADER).trimEnd();
}

/** Cuts to at most `n` UTF-16 units without splitting a surrogate pair. */
function cut(t: string, n: number): string {
  if (t.length <= n) return t;
  const code = t.charCodeAt(n - 1);
  return t.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/**
 * Unique table column names: names are compared case-insensitively (as Excel does); a name already taken
 * gets " (2)", " (3)"…; a blank name becomes "(no heading)".
 */
export function uniqueNames(wanted: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  return wanted.map((raw) => {
    const base = headerText(raw) || "(no heading)";
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${cut(base, MAX_TABLE_HEADER - 8)} (${i})`;
    used.add(name.toLowerCase());
    return name;
  });
}
