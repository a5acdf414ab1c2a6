/**
 * Puts due-date text into one canonical shape so the rules can be short anchored regexes:
 * lower case, single spaces, plain hyphens, "to" for arrows, no ordinal suffixes or trailing full stop.
 * Each pass is skipped when it cannot apply: this runs on every distinct cell of every plan.
 */

// Hyphen-like characters officers paste from Word: en/em dashes, minus sign, figure dash.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const CURLY_QUOTES = /[\u2018\u2019]/g;
const NON_ASCII = /[^ -~]/; // outside printable ASCII (tabs and newlines too: harmless)
// \s covers non-breaking and other Unicode spaces, tabs and newlines.
const SPACES = /\s+/g;
const ORDINALS = /(\d)(?:st|nd|rd|th)\b/g;
// Commas and brackets separate nothing a deadline needs ("30 April, 2009", "Ongoing (from May 2009)"),
// nor does a colon that ends a label ("Target: May 2010"), unlike one inside a time ("17:00").
const SEPARATORS = /[,()[\]]|:(?=\s|$)/g;
const HAS_SEPARATOR = /[,()[\]:]/;
const SPACED_SLASH = /\s*\/\s*/g;
// Arrows between two dates (Notion writes "April 15, 2025 → April 30, 2025") are "to".
const ARROWS = /\s*(?:[\u2192\u21d2\u2794\u279d\u27f6\u27f9]|->|=>)\s*/g;
const HAS_ARROW = /[\u2192\u21d2\u2794\u279d\u27f6\u27f9]|[-=]>/;

export function normalizeDueText(text: string): string {
  let t = text.toLowerCase();
  if (HAS_ARROW.test(t)) t = t.replace(ARROWS, " to ");
  if (NON_ASCII.test(t)) t = t.replace(DASHES, "-").replace(CURLY_QUOTES, "'");
  if (HAS_SEPARATOR.test(t)) t = t.replace(SEPARATORS, " ");
  if (t.includes("&")) t = t.replace(/&/g, " and ");
  t = t.replace(ORDINALS, "$1").replace(SPACES, " ");
  if (t.includes("/")) t = t.replace(SPACED_SLASH, "/");
  t = t.trim();
  return t.endsWith(".") ? t.slice(0, -1).trimEnd() : t;
}
