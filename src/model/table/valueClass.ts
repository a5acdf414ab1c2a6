import { createDueParser } from "../due/createDueParser";
import type { Cell } from "../grid";
import { createStatusParser } from "../status/parseStatus";
import { isPlaceholder } from "./headingPatterns";

/**
 * What a cell holds, as far as telling header rows from data and columns from one another needs:
 * - `date`: a date cell, or text that reads as a dated deadline ("30/06/2009", "March 2010", "Q2 2010/11");
 * - `dueText`: due text without a date ("Ongoing", "Immediate", "TBC");
 * - `status`: a status word, RAG rating or percentage, or a short note the status parser reads ("Complete",
 *   "Amber", "60%", "Complete - report sent");
 * - `ref`: a reference number ("1.1", "2.3a", "R12", or a whole number below 1000);
 * - `number`: any other number;
 * - `short`: a short text (at most 4 words and 30 characters): a name, post, team, category or heading;
 * - `text`: a sentence; `long`: a paragraph.
 * The readings come from the due and status parsers, so the classes follow what they understand.
 */
export type ValueClass = "empty" | "date" | "dueText" | "status" | "ref" | "number" | "short" | "text" | "long";

export const VALUE_CLASSES: readonly ValueClass[] = ["empty", "date", "dueText", "status", "ref", "number", "short", "text", "long"];
const CODE = new Map(VALUE_CLASSES.map((c, i) => [c, i]));

const SHORT_CHARS = 30;
const SHORT_WORDS = 4;
const LONG_CHARS = 80;
const STATUS_WORDS = 12;
const REF = /^[A-Za-z]{0,3}\s?\d{1,3}([.\-/]\d{1,3}){0,3}[a-z]?\.?$/;

// Shared by every sheet: plans repeat the same texts, and the parsers remember what they have read.
const due = createDueParser();
const status = createStatusParser();

const wordCount = (text: string) => text.split(/\s+/).length;

export function classifyValue(cell: Cell | undefined): ValueClass {
  if (!cell) return "empty";
  switch (cell.kind) {
    case "empty":
    case "error":
      return "empty";
    case "date":
      return "date";
    case "boolean":
      return "status";
    case "number":
      return Number.isInteger(cell.value) && cell.value >= 0 && cell.value < 1000 ? "ref" : "number";
    case "text":
      return classifyText(cell);
  }
}

function classifyText(cell: Cell & { kind: "text" }): ValueClass {
  const text = cell.value.trim();
  if (text === "" || isPlaceholder(text)) return "empty";
  const long = text.length > LONG_CHARS;
  if (!long) {
    if (REF.test(text) && !/^\d{1,2}\/\d{1,2}$/.test(text)) return "ref";
    const reading = due(cell);
    if (reading.kind === "date" || reading.kind === "range" || reading.kind === "from") return "date";
    if (reading.kind === "ongoing" || reading.kind === "immediate" || reading.kind === "none") return "dueText";
  }
  const words = wordCount(text);
  // A progress note that opens with a status ("Complete - report sent in May") reads as one too.
  if (!long && words <= STATUS_WORDS) {
    const state = status(cell).state;
    if (state !== "unknown" && state !== "none") return "status";
  }
  if (text.length <= SHORT_CHARS && words <= SHORT_WORDS) return FIGURE.test(text) || QUANTITY.test(text) ? "number" : "short";
  return long || words > 12 ? "long" : "text";
}

const FIGURE = /^-?[£$€]?\d[\d,]*(\.\d+)?%?$/;
// A figure with its unit ("2 weeks", "3.5 days", "40 hrs", "£1,200 pa") is a quantity, not a name or a post.
const QUANTITY = /^[£$€]?\d[\d,]*(\.\d+)?\s*(k|m|hrs?|hours?|days?|d|wks?|weeks?|w|months?|mths?|years?|yrs?|pa|pcm|pw)?\.?$/i;

// Header detection classifies the rows under every candidate, for every template: once per row is enough.
const rowCache = new WeakMap<readonly Cell[], Uint8Array>();

/** The class of every cell of a row (as codes, see classOf), computed once per row. */
export function rowClasses(cells: readonly Cell[]): Uint8Array {
  const hit = rowCache.get(cells);
  if (hit) return hit;
  const codes = new Uint8Array(cells.length);
  for (let c = 0; c < cells.length; c++) codes[c] = CODE.get(classifyValue(cells[c])) ?? 0;
  rowCache.set(cells, codes);
  return codes;
}

export const classOf = (code: number | undefined): ValueClass => VALUE_CLASSES[code ?? 0] ?? "empty";
