import { immediateDue, noneDue, ongoingDue } from "./results";
import type { Due } from "./types";

/**
 * Whole-cell words with no date in them: "TBC", "Immediate", "Ongoing", "Monthly", "Short term".
 * Looked up in a Map before any regex or chrono work, because these are the commonest cells.
 */

type KeywordRead = (text: string) => Due;

const NOTHING = ["tbc", "tba", "tbd", "n/a", "na", "n.a", "n/k", "not applicable", "none", "nil", "not known",
  "unknown", "to be confirmed", "to be agreed", "to be decided", "to be determined", "to be announced", "to be arranged"];
const IMMEDIATE = ["immediate", "immediately", "asap", "a.s.a.p", "as soon as possible", "with immediate effect",
  "immediate effect", "immediate start", "now", "straight away"];
const IMMEDIATE_THEN_ONGOING = ["immediate and ongoing", "immediately and ongoing", "immediate and on going",
  "immediate and on-going", "immediate and continuous", "immediate/ongoing", "immediate - ongoing",
  "immediate then ongoing", "immediately then ongoing"];
const ONGOING = ["ongoing", "on going", "on-going", "continuous", "continuing", "continual", "rolling",
  "rolling programme", "ongoing/continuous"];
// Recurring work has no single deadline: ongoing, with the rhythm in the reading.
const RECURRING: Record<string, string> = {
  daily: "daily", weekly: "weekly", fortnightly: "fortnightly", monthly: "monthly", "every month": "monthly",
  "each month": "monthly", "bi-monthly": "bi-monthly", bimonthly: "bi-monthly", quarterly: "quarterly",
  "every quarter": "quarterly", "each quarter": "quarterly", termly: "termly", "six monthly": "six-monthly",
  "six-monthly": "six-monthly", "6 monthly": "six-monthly", "6-monthly": "six-monthly", "half yearly": "six-monthly",
  "half-yearly": "six-monthly", "twice yearly": "six-monthly", biannually: "six-monthly", "bi-annually": "six-monthly",
  annually: "annually", annual: "annually", yearly: "annually", "every year": "annually", "each year": "annually",
};

// Plans that rate timescales rather than date them: "S", "M", "L", "Short term", "Medium/Long term".
const TERM_WORD = "(short|medium|long|s|m|l)(?:[ -]term)?";
const TERMS = new RegExp(`^${TERM_WORD}(?: ?(?:/|-|to|or|and) ?${TERM_WORD})?$`);
const TERM_NAMES: Record<string, string> = { s: "short", m: "medium", l: "long" };
const termName = (word: string) => TERM_NAMES[word] ?? word;

function termDue(text: string, normalized: string): Due | undefined {
  const m = TERMS.exec(normalized);
  if (!m) return undefined;
  const span = m[2] === undefined ? termName(m[1]) : `${termName(m[1])} to ${termName(m[2])}`;
  return noneDue(text, `${span} term: no date`);
}

function buildTable(): Map<string, KeywordRead> {
  const table = new Map<string, KeywordRead>();
  for (const w of NOTHING) table.set(w, (text) => noneDue(text));
  for (const w of IMMEDIATE) table.set(w, (text) => immediateDue(text));
  for (const w of IMMEDIATE_THEN_ONGOING) table.set(w, (text) => immediateDue(text, "immediate, then ongoing"));
  for (const w of ONGOING) table.set(w, (text) => ongoingDue(text, null));
  for (const [w, rhythm] of Object.entries(RECURRING)) {
    table.set(w, (text) => ongoingDue(text, null, `recurring (${rhythm})`));
  }
  return table;
}

const TABLE = buildTable();
// Blank, "-", "--", "----", "?", "...": placeholders for "no date".
const PLACEHOLDER = /^[-?.*_/\s]*$/;

/** The Due for a keyword cell, or undefined when the (normalised) text is not a keyword. */
export function keywordDue(text: string, normalized: string): Due | undefined {
  if (PLACEHOLDER.test(normalized)) return noneDue(text);
  return TABLE.get(normalized)?.(text) ?? termDue(text, normalized);
}
