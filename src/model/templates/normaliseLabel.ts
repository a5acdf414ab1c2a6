/**
 * Header labels are compared after normalising away the differences councils make when they retype a
 * template: case, spacing, punctuation, "&" for "and", trailing "?" or ".", and the differences tools make
 * when they export one: words run together in camelCase ("AssignedTo") or joined by "_" ("due_date"),
 * and "#" for "number" ("Ref #", "#").
 */
export function normaliseLabel(label: string): string {
  return isPlainAscii(label) ? normaliseAscii(label) : normaliseUnicode(label);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const isPlainAscii = (s: string) => PRINTABLE_ASCII.test(s);

// The same rules as normaliseUnicode for plain ASCII text, with cheaper steps: header detection
// normalises every short cell of a sheet, so this is the hot path on big plans.
function normaliseAscii(label: string): string {
  let s = CAMEL_ASCII.test(label) ? label.replace(CAMEL_ASCII_ALL, "$1 $2") : label;
  s = s.toLowerCase();
  if (s.includes("&")) s = s.replace(/&/g, " and ");
  if (s.includes("#")) s = s.replace(/#/g, " number ");
  return s.replace(/[^a-z0-9]+/g, " ").trim();
}

// A lower-case letter then a capital ("AssignedTo"), or the last capital of an acronym before a word ("TaskIDList").
const CAMEL_ASCII = /[a-z][A-Z]|[A-Z][A-Z][a-z]/;
const CAMEL_ASCII_ALL = /([a-z]|[A-Z](?=[A-Z][a-z]))([A-Z])/g;
const CAMEL_UNICODE_ALL = /(\p{Ll}|\p{Lu}(?=\p{Lu}\p{Ll}))(\p{Lu})/gu;

function normaliseUnicode(label: string): string {
  return label
    .normalize("NFKC")
    .replace(CAMEL_UNICODE_ALL, "$1 $2")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/#/g, " number ")
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
