/**
 * Which number formats show a date. Excel stores dates as serial numbers; only the number format says
 * that a cell holds a date.
 */

/** Built-in format ids that show a calendar date (14–17, 22, and the East Asian date ids 27–36, 50–58). */
const BUILTIN_DATE_IDS = new Set<number>([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/**
 * Built-in time-only formats (18–21 h:mm…, 45–47 mm:ss, [h]:mm:ss, mm:ss.0). Not dates: a time or a
 * duration has no calendar day (0.5 is "12:00", which the 1904 system would otherwise call 1904-01-01).
 */
const BUILTIN_TIME_IDS = new Set<number>([18, 19, 20, 21, 45, 46, 47]);

export function isBuiltinDateFormat(id: number): boolean {
  return BUILTIN_DATE_IDS.has(id);
}

export function isBuiltinTimeFormat(id: number): boolean {
  return BUILTIN_TIME_IDS.has(id);
}

/**
 * True when a format code shows a calendar date: it has a day or year token (d, y, or the East Asian
 * era/year tokens e and g), or a month token m with no hour/second tokens around (so "mm:ss" is not a
 * date), outside quoted text, [brackets] (colours, locales, [h] elapsed time), \escapes and _/* padding.
 */
export function isDateFormatCode(code: string): boolean {
  // Only the first section matters for positive numbers (dates are positive).
  let stripped = "";
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "[") {
      const end = code.indexOf("]", i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === ";") {
      break;
    } else {
      stripped += ch;
    }
  }
  const s = stripped.toLowerCase();
  if (s.includes("general")) return false;
  if (/[dy]/.test(s)) return true;
  if (/[eg]/.test(s) && !/[0#?]/.test(s)) return true; // East Asian era / year (e.g. "ge.m.d" is caught above; "ggge" alone here)
  if (s.includes("m") && !/[hs]/.test(s) && !/[0#?]/.test(s)) return true;
  return false;
}
