/**
 * Words that mark a heading row in real plans. A heading row names the section of the rows under it.
 * Patterns are tested against a cell's whole trimmed text.
 */
const SECTION_LABELS: readonly RegExp[] = [
  /^strategic\s+objective\s*\d/i,
  /^objective\s*\d+\b/i,
  /^recommendation\s*(no\.?|number)?\s*\d+/i,
  /^(theme|priority|section|stage|part|workstream|outcome)\s+\d+\b/i,
  // A numbered sub-objective such as "5(i) Implement the New Arrivals Integration Strategy".
  /^\d+\s*\((i{1,3}|iv|v|vi{0,3}|ix|x|[a-z])\)\s+\S/i,
];

/** Rows that annotate the section above them without starting a new one. */
const ANNOTATION_LABELS: readonly RegExp[] = [
  /^executive'?s?\s+response\b/i,
  /^(cabinet|officer|management)'?s?\s+response\b/i,
  /^response\b/i,
  /^(key\s+partners|other\s+stakeholders|partners|stakeholders)\s*:/i,
];

/**
 * A key or legend ends the plan table: what follows explains colours, it is not actions. It may stand
 * alone ("Key") or carry its explanation in the same cell ("Key: R = overdue, A = at risk").
 */
const LEGEND_LABELS: readonly RegExp[] = [/^(colour\s+|color\s+|rag\s+)?(key|legend)\s*(:|$|[-–—]\s)/i];

/** A note that says it is one ("Note: …", "NB …", "Source: …"): never an action, wherever it is written. */
const NOTE_LABELS: readonly RegExp[] = [/^(notes?|n\.?\s?b\.?|sources?|please\s+note)\s*[:\-–—]/i, /^N\.?B\.?\s+\S/];

/** A footnote marker ("* Source: …", "† subject to funding"): a note when it sits under the table. */
const FOOTNOTE_MARKS = /^(\*+|[†‡§¹²³])\s*\S/;

export const isSectionLabel = (text: string): boolean => SECTION_LABELS.some((p) => p.test(text));
export const isAnnotationLabel = (text: string): boolean => ANNOTATION_LABELS.some((p) => p.test(text));
export const isLegendLabel = (text: string): boolean => LEGEND_LABELS.some((p) => p.test(text));
export const isNoteLabel = (text: string): boolean => NOTE_LABELS.some((p) => p.test(text));
export const isFootnoteLabel = (text: string): boolean => isNoteLabel(text) || FOOTNOTE_MARKS.test(text);

/** Bullets, dashes and ticks-alone that fill template placeholders but say nothing. */
export function isPlaceholder(text: string): boolean {
  return /^[\s•·\u2022\u25AA\u25CF*]*$/.test(text);
}
