/**
 * Reads a progress/status cell into a `Status`. The vocabulary is the ordered table in rules.ts;
 * this module only normalises the text, splits it into answers, matches each answer against the
 * table and combines the answers.
 *
 * 1. Answers. A cell may hold several checklist answers, one per line or per HTML paragraph
 *    (<p>, <br>, <li>, …). A line that opens with an answer word ("Yes", "No", "Awaits", … see
 *    ANSWER_OPENERS) is also split before each further capitalised answer word, because extracted
 *    text often runs them together: "Yes No-PCT" → "Yes" + "No-PCT".
 * 2. Each answer: a leading percentage decides by value (0% not started, 100% complete, 1–99% in
 *    progress with that fraction, above 100% unknown); otherwise the first matching rule; otherwise
 *    unknown.
 * 3. Combining several answers (a checklist cell):
 *    - answers that are N/A (none) or cancelled do not apply and drop out; if nothing else is left the
 *      cell is cancelled (when any answer was) or none;
 *    - all remaining answers in one state → that state;
 *    - no remaining answer recognised → unknown;
 *    - recognised answers all in one state other than complete, the rest unrecognised → that state
 *      ("TOR / Will do / No current problems" → not-started); complete needs EVERY answer complete;
 *    - nothing complete or in progress (a mix of not-started / blocked / unrecognised) → blocked if
 *      any answer is blocked, else not-started: nothing has been done yet;
 *    - otherwise the answers disagree → in-progress, reading "mixed answers: …", with
 *      fraction = (complete answers + in-progress fractions, null counting 0) / remaining answers,
 *      rounded to 3 decimals ("Yes No-PCT" → 0.5).
 *
 * The `text` of every status is the cell as written; `reading` says how it was read when the text
 * could be read another way (the same idea as `Due.reading`).
 */
import type { Cell } from "../grid";
import { ANSWER_OPENERS, STATUS_RULES, type RuleRag, type StatusRule } from "./rules";
import type { Status, StatusState } from "./types";

/** A status plus, for ambiguous or combined texts, how it was read. Assignable to `Status`. */
/** Kept as a name for readability; a Status carries its own `reading`. */
export type ParsedStatus = Status;

// ── normalising ─────────────────────────────────────────────────────────────────────────────────

const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;
const HTML_TAGS = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;
const BLOCK_TAGS = new Set(["p", "br", "li", "div", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6"]);
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits a cell's text into lines: newlines, and HTML block boundaries when the text has tags. */
export function splitLines(text: string): string[] {
  let plain = text;
  if (plain.includes("<") && HTML_TAG.test(plain)) {
    plain = plain.replace(HTML_TAGS, (_tag, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? "\n" : ""));
  }
  plain = decodeEntities(plain);
  const lines: string[] = [];
  for (const raw of plain.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const line = raw
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^(?:[•·▪◦*]\s*|\d{1,2}[.)]\s+|-\s+(?=\S))/, "");
    if (line !== "") lines.push(line);
  }
  return lines;
}

const OPENERS_SOURCE = ANSWER_OPENERS.map((w) => w.replace(/ /g, "\\s+")).join("|");
const OPENS_WITH_ANSWER = new RegExp(`^(?:${OPENERS_SOURCE})(?![A-Za-z])`);
/**
 * A letter, digit, ")" or "]", then the whitespace before a capitalised answer word: the answers split in
 * that whitespace. (Matched with the character before it rather than a lookbehind, which Safari before
 * 16.4 — Excel for Mac's web view on older macOS — cannot compile.)
 */
const ANSWER_BOUNDARY = new RegExp(`[A-Za-z0-9)\\]]\\s+(?=(?:${OPENERS_SOURCE})(?![A-Za-z]))`, "g");

/** Splits one line into the answers run together on it (see ANSWER_OPENERS). */
export function splitAnswers(line: string): string[] {
  if (!OPENS_WITH_ANSWER.test(line)) return [line];
  const answers: string[] = [];
  let start = 0;
  for (const m of line.matchAll(ANSWER_BOUNDARY)) {
    answers.push(line.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  answers.push(line.slice(start));
  return answers;
}

/** The form the rules are written against: lower case, "-" for any dash, single spaces, no trailing punctuation. */
export function normaliseAnswer(answer: string): string {
  return answer
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*[.,;:!?\u2026]+$/, "");
}

// ── one answer ──────────────────────────────────────────────────────────────────────────────────

const PERCENT = /^(\d{1,3}(?:\.\d+)?) ?%/;

function make(state: StatusState, text: string, fraction: number | null, rag?: RuleRag, reading?: string): ParsedStatus {
  let s: ParsedStatus;
  switch (state) {
    case "complete":
      s = { state, text, fraction: 1 };
      break;
    case "not-started":
      s = { state, text, fraction: 0 };
      break;
    case "in-progress":
      s = rag === undefined ? { state, text, fraction } : { state, text, fraction, rag };
      break;
    default:
      s = { state, text, fraction: null };
  }
  if (reading !== undefined) s.reading = reading;
  return s;
}

/** A share 0..100 as a status: 0 not started, 100 complete, between in progress. */
function fromPercent(percent: number, text: string, reading?: string): ParsedStatus {
  if (!(percent >= 0 && percent <= 100)) return make("unknown", text, null, undefined, `${percent}% is not a share of the work`);
  if (percent === 0) return make("not-started", text, 0, undefined, reading);
  if (percent === 100) return make("complete", text, 1, undefined, reading);
  return make("in-progress", text, round3(percent / 100), undefined, reading);
}

/** The rule that decides a normalised answer, or undefined. Exposed for tests and diagnostics. */
export function matchRule(normalised: string): StatusRule | undefined {
  for (const rule of STATUS_RULES) if (rule.pattern.test(normalised)) return rule;
  return undefined;
}

function parseAnswer(answer: string): ParsedStatus {
  const n = normaliseAnswer(answer);
  // Only punctuation ("?", "..."): something was written, but nothing recognisable.
  if (n === "") return make("unknown", answer, null);
  const pct = PERCENT.exec(n);
  if (pct) return fromPercent(Number(pct[1]), answer);
  const rule = matchRule(n);
  if (!rule) return make("unknown", answer, null);
  return make(rule.state, answer, null, rule.rag, rule.reading);
}

// ── several answers ─────────────────────────────────────────────────────────────────────────────

const RAG_ORDER: Record<RuleRag, number> = { green: 0, amber: 1, red: 2 };

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function worstRag(statuses: ParsedStatus[]): RuleRag | undefined {
  let worst: RuleRag | undefined;
  for (const s of statuses) {
    if (s.state === "in-progress" && s.rag !== undefined && (worst === undefined || RAG_ORDER[s.rag] > RAG_ORDER[worst])) worst = s.rag;
  }
  return worst;
}

/** Several in-progress answers as one: the mean fraction when every answer gave one, else null. */
function mergeInProgress(text: string, parts: ParsedStatus[], reading?: string): ParsedStatus {
  let sum = 0;
  let all = true;
  for (const p of parts) {
    if (p.fraction === null) all = false;
    else sum += p.fraction;
  }
  return make("in-progress", text, all ? round3(sum / parts.length) : null, worstRag(parts), reading);
}

function describe(counts: Map<StatusState, number>): string {
  const label: Record<StatusState, string> = {
    complete: "complete",
    "in-progress": "in progress",
    "not-started": "not started",
    blocked: "blocked",
    cancelled: "cancelled",
    none: "N/A",
    unknown: "not recognised",
  };
  return [...counts].map(([state, n]) => `${n} ${label[state]}`).join(", ");
}

function combine(text: string, answers: ParsedStatus[]): ParsedStatus {
  const counts = new Map<StatusState, number>();
  for (const a of answers) counts.set(a.state, (counts.get(a.state) ?? 0) + 1);
  const summary = `${answers.length} answers: ${describe(counts)}`;

  const live = answers.filter((a) => a.state !== "none" && a.state !== "cancelled");
  if (live.length === 0) {
    return counts.has("cancelled") ? make("cancelled", text, null, undefined, summary) : make("none", text, null, undefined, summary);
  }
  const known = live.filter((a) => a.state !== "unknown");
  if (known.length === 0) return make("unknown", text, null, undefined, summary);

  const states = new Set(known.map((a) => a.state));
  const only = states.size === 1 ? known[0].state : undefined;
  const allKnown = known.length === live.length;

  if (only !== undefined && (allKnown || only !== "complete")) {
    const reading = allKnown ? summary : `${summary}; the recognised answers agree`;
    return only === "in-progress" ? mergeInProgress(text, known, reading) : make(only, text, null, undefined, reading);
  }
  if (!states.has("complete") && !states.has("in-progress")) {
    return make(states.has("blocked") ? "blocked" : "not-started", text, null, undefined, `${summary}; nothing done yet`);
  }
  let done = 0;
  for (const a of live) {
    if (a.state === "complete") done += 1;
    else if (a.state === "in-progress") done += a.fraction ?? 0;
  }
  return make("in-progress", text, round3(done / live.length), worstRag(live), `mixed answers (${summary}): read as in progress`);
}

// ── public API ──────────────────────────────────────────────────────────────────────────────────

/** Reads a status/progress text. `text` in the result is the argument as written. */
export function parseStatus(text: string): ParsedStatus {
  const answers: string[] = [];
  for (const line of splitLines(text)) for (const a of splitAnswers(line)) answers.push(a);
  if (answers.length === 0) return make("none", text, null);
  if (answers.length === 1) {
    const one = parseAnswer(answers[0]);
    one.text = text;
    return one;
  }
  return combine(text, answers.map(parseAnswer));
}

/**
 * Reads a status cell. Text → parseStatus; empty → none. Numbers are shares of the work: 0..1 is a
 * fraction (0 not started, 1 complete — so a bare 1 is 100%, never 1%), 1 < n ≤ 100 a percentage;
 * anything else unknown. TRUE → complete, FALSE → not-started. Dates and errors → unknown.
 */
export function statusFromCell(cell: Cell): ParsedStatus {
  switch (cell.kind) {
    case "empty":
      return make("none", "", null);
    case "text":
      return parseStatus(cell.value);
    case "number": {
      const v = cell.value;
      const text = String(v);
      if (!Number.isFinite(v) || v < 0 || v > 100) return make("unknown", text, null, undefined, `the number ${text} is not a share of the work`);
      if (v <= 1) {
        if (v === 0) return make("not-started", text, 0);
        if (v === 1) return make("complete", text, 1);
        return make("in-progress", text, round3(v), undefined, `the number ${text} read as a fraction (${round3(v * 100)}%)`);
      }
      return fromPercent(v, text, `the number ${text} read as ${text}%`);
    }
    case "boolean":
      return cell.value ? make("complete", "TRUE", 1) : make("not-started", "FALSE", 0);
    case "date":
      return make("unknown", cell.value, null, undefined, "a date is not a status");
    case "error":
      return make("unknown", cell.value, null, undefined, "an error value is not a status");
  }
}

export interface StatusParserOptions {
  /** Distinct texts remembered; when full the cache starts again. Default 100,000. */
  cacheSize?: number;
}

/**
 * A `statusFromCell` that remembers the status of each distinct text (plans repeat a handful of
 * answers many times). Returned statuses are frozen and shared between equal texts — do not mutate.
 */
export function createStatusParser(options: StatusParserOptions = {}): (cell: Cell) => ParsedStatus {
  const cap = Math.max(1, options.cacheSize ?? 100_000);
  const cache = new Map<string, ParsedStatus>();
  const empty = Object.freeze(make("none", "", null));
  return (cell: Cell): ParsedStatus => {
    if (cell.kind === "empty") return empty;
    if (cell.kind !== "text") return statusFromCell(cell);
    let s = cache.get(cell.value);
    if (s === undefined) {
      if (cache.size >= cap) cache.clear();
      s = Object.freeze(parseStatus(cell.value));
      cache.set(cell.value, s);
    }
    return s;
  };
}
