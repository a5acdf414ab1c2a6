/**
 * Header labels are compared after normalising away the differences councils make when they retype a
 * template: case, spacing, punctuation, "&" for "and", trailing "?" or ".".
 */
export function normaliseLabel(label: string): string {
  return isPlainAscii(label) ? normaliseAscii(label) : normaliseUnicode(label);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const isPlainAscii = (s: string) => PRINTABLE_ASCII.test(s);

// The same rules as normaliseUnicode for plain ASCII text, with cheaper steps: header detection
// normalises every short cell of a sheet, so this is the hot path on big plans.
function normaliseAscii(label: string): string {
  let s = label.toLowerCase();
  if (s.includes("&")) s = s.replace(/&/g, " and ");
  return s.replace(/[^a-z0-9]+/g, " ").trim();
}

function normaliseUnicode(label: string): string {
  return label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** A looser key that also ignores plurals ("Actions"/"Action", "Responsibilities"/"Responsibility"). */
export function looseLabel(label: string): string {
  return singularWords(normaliseLabel(label));
}

/** The plural-insensitive form of an already normalised label. */
export function singularWords(normalised: string): string {
  if (!normalised.includes("s ") && !normalised.endsWith("s")) return normalised;
  return normalised
    .split(" ")
    .map((w) => (w.length > 3 ? w.replace(/ies$/, "y").replace(/s$/, "") : w))
    .join(" ");
}
