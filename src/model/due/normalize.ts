/**
 * Puts due-date text into one canonical shape so the rules can be short anchored regexes:
 * lower case, single spaces, plain hyphens, no ordinal suffixes or trailing full stop.
 */

// Hyphen-like characters officers paste from Word: en/em dashes, minus sign, figure dash.
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
// \s covers non-breaking and other Unicode spaces, tabs and newlines.
const SPACES = /\s+/g;
const ORDINALS = /(\d)(?:st|nd|rd|th)\b/g;
// Commas and brackets separate nothing a deadline needs: "30 April, 2009", "Ongoing (from May 2009)".
const SEPARATORS = /[,()[\]]/g;
// A colon that ends a label ("Target: May 2010"), not one inside a time ("17:00").
const LABEL_COLON = /:(?=\s|$)/g;
const SPACED_SLASH = /\s*\/\s*/g;

export function normalizeDueText(text: string): string {
  return text
    .toLowerCase()
    .replace(DASHES, "-")
    .replace(SEPARATORS, " ")
    .replace(LABEL_COLON, " ")
    .replace(/&/g, " and ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(ORDINALS, "$1")
    .replace(SPACES, " ")
    .replace(SPACED_SLASH, "/")
    .trim()
    .replace(/\s*\.$/, "");
}
