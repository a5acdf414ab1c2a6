/**
 * The status vocabulary, as data: an ordered list of {pattern, state}. The FIRST rule that matches an
 * answer decides its state; an answer no rule matches is "unknown". Matching lives in parseStatus.ts.
 *
 * Every pattern is tested against the *normalised* answer (see `normaliseAnswer` in parseStatus.ts):
 * HTML tags stripped and entities decoded, lower case, any dash (– — ‒ −) written "-", curly quotes
 * straightened, whitespace collapsed to single spaces, trailing punctuation (. , ; : ! ? …) removed.
 *
 * Patterns are anchored at the start ("begins with"), so free progress text takes the state of its
 * opening words: "Completed Nov 07 – report to board" is complete, "Partial – efforts continue" is in
 * progress. Every word is followed by a word boundary (\b), so "Nominated…" is not "No" and
 * "Yesterday" is not "Yes". The one rule that looks at the END of the text is "… completed <date>".
 *
 * Choices made on ambiguous texts (each is pinned by a test):
 * - "N/A", "Not applicable" → none (no status to assess), not cancelled: it says the row has nothing
 *   to report, not that the action was dropped.
 * - "x" alone → unknown (a cross may mean "done" or "not done").
 * - "No" counts only as the whole answer or when followed by punctuation ("No – TOR-PCT", "No-PCT",
 *   "No (see note)"). "No" followed directly by a word is a sentence, not the answer No:
 *   "No current problems", "No issues" → unknown.
 * - "Yes" counts when followed by anything ("Yes (Strategic Assessment requirements)", "Yes – CDRP
 *   meeting discussed…") EXCEPT when the rest says the work is still to do or waiting:
 *   "Yes – will do" → in-progress (agreed, not yet done); "Yes – awaits County …" → blocked.
 * - "It did", "It does – …" → complete (an affirmative answer to a checklist question); "They are",
 *   "They will be" → unknown.
 * - "Complete by <…>" is a target, not a status → unknown. "Review Completed" (no date) → unknown;
 *   "CDRPIs Strategic Group Completed Nov 07" (ends with "completed <date>") → complete.
 * - "Delayed", "Behind schedule", "Slipped" → in-progress with rag amber (the text says it is behind).
 * - A lone dash ("-") and any run of dashes ("--", "----") → not-started, as in the Achieved? column.
 * - "TBC", "To be confirmed" → unknown; other "To be …" / "To do" → not-started.
 * - "Met" only as a whole answer or followed by punctuation ("Met Police to lead" is not "met").
 *
 * Words that project tools and trackers use (Jira, Planner, monday.com, Smartsheet, Notion, Asana):
 * - "Resolved", "Closed" → complete. "Won't do", "Won't fix" → cancelled, like "Superseded".
 * - "Open", "Pending", "Backlog", "Incomplete" → not-started: nothing says work has begun.
 *   "Pending approval / review / sign-off / decision" → blocked (waiting on others).
 * - "Planning" (alone), "WIP", "In review", "Under review", "Working on it" (monday.com) → in-progress.
 * - "Deferred", "Postponed" → blocked, not not-started: the work was put off on purpose, as "On hold"
 *   is, and is neither dropped (cancelled) nor simply waiting its turn. "Stuck" (monday.com) → blocked.
 * - "Late", "Overdue" → in-progress, red; "Behind" → in-progress, amber (as "Behind schedule"). The plan
 *   itself says the work is not done; whether it is overdue is still decided by the due date.
 * - RAG words are ratings, never completion: in any case and spacing ("RED", " Green") they are
 *   in-progress with that rag. A split rating ("Amber/Green", "Red-Amber") takes the worse colour.
 *   BRAG "Blue" alone or followed by punctuation ("Blue – closed") → complete.
 * - Generic words ("Open", "Pending", "Late", "Behind", "Backlog", "Planning", "Incomplete", "Resolved")
 *   count only as the whole answer or followed by punctuation: "Open space improvements" and "Late night
 *   levy" are not statuses.
 */
import type { StatusState } from "./types";

export type RuleRag = "red" | "amber" | "green";

export interface StatusRule {
  pattern: RegExp;
  state: StatusState;
  /** For in-progress: the RAG colour the text itself gives ("Amber", "Delayed"). */
  rag?: RuleRag;
  /** How the text was read, when it could be read another way. Becomes the status's `reading`. */
  reading?: string;
}

// Word lists shared by several rules.
const AWAIT = String.raw`(?:awaits?|awaiting|waiting)\b`;
const STILL_TO_DO = String.raw`(?:will (?:do|be)|to (?:do|be)|in progress|partly|partially|on ?going)\b`;
/** "- ", " (", ": " … between an opening word and what follows. */
const SEP = String.raw`[\s\-,:;(/]*`;
/** The answer stops here, or continues after punctuation (not directly with another word). */
const THEN_PUNCT = String.raw`(?:$|\s*[-(:,;/])`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** A date at the end of the text: "Nov 07", "November 2007", "3rd Nov 07", "03/11/07", "2007". */
const DATE_AT_END = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)? )?${MONTH}(?: '?\d{2}| \d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4})$`;

/** Between the two colours of a split rating ("Amber/Green", "Amber - Green", "Red-Amber"). */
const RAG_JOIN = String.raw`[/-] ?`;

const re = (source: string): RegExp => new RegExp(source);

/** Ordered: the first match wins. Read it top to bottom as the vocabulary of progress columns. */
export const STATUS_RULES: readonly StatusRule[] = [
  // ── nothing to assess ────────────────────────────────────────────────────────────────────────
  { pattern: /^(?:n\/a|n\.a|na|not applicable)(?:$|\W)/, state: "none", reading: "N/A: not applicable, read as no status" },
  { pattern: /^yes ?\/ ?no$/, state: "unknown", reading: "a template placeholder, not an answer" },
  { pattern: /^(?:tbc|tba|to be (?:confirmed|advised|determined|decided))\b/, state: "unknown", reading: "to be confirmed: no progress stated" },

  // ── cancelled (before "No", so "No longer required" is not read as No) ─────────────────────────
  { pattern: /^(?:cancell?ed|canceled|withdrawn|deleted|superseded|dropped|abandoned)\b/, state: "cancelled" },
  { pattern: /^won'?t (?:do|fix)\b/, state: "cancelled" },
  { pattern: /^no longer (?:required|needed|applicable|relevant)\b/, state: "cancelled" },

  // ── blocked ───────────────────────────────────────────────────────────────────────────────────
  { pattern: re(`^${AWAIT}`), state: "blocked" },
  { pattern: re(`^(?:probably|possibly|likely)\\b${SEP}${AWAIT}`), state: "blocked", reading: "hedged, but waiting on others: read as blocked" },
  { pattern: /^(?:on hold|blocked|stalled|paused|suspended|stuck)\b/, state: "blocked" },
  { pattern: /^(?:deferred|postponed)\b/, state: "blocked", reading: "deferred: put off, read as blocked (like on hold)" },
  { pattern: /^pending (?:approval|sign[ -]?off|review|decision|funding)\b/, state: "blocked", reading: "pending a decision by others: read as blocked" },
  { pattern: re(`^yes\\b${SEP}(?:but )?${AWAIT}`), state: "blocked", reading: "yes, but waiting on others: read as blocked" },

  // ── yes, but not done yet ─────────────────────────────────────────────────────────────────────
  { pattern: re(`^yes\\b${SEP}(?:but )?${STILL_TO_DO}`), state: "in-progress", reading: "yes, with the work still to do: read as in progress" },

  // ── complete ──────────────────────────────────────────────────────────────────────────────────
  { pattern: /^[✓✔☑✅]/, state: "complete" },
  { pattern: /^(?:yes|y)\b/, state: "complete" },
  { pattern: /^complete by\b/, state: "unknown", reading: "a target date ('complete by …'), not a status" },
  { pattern: /^(?:done|complete|completed|achieved|finished|closed|delivered|in place)\b/, state: "complete" },
  { pattern: re(`^met${THEN_PUNCT}`), state: "complete" },
  { pattern: re(`^it (?:did|does|is|has)${THEN_PUNCT}`), state: "complete", reading: "an affirmative answer ('It did'): read as complete" },
  { pattern: re(`^(?:resolved)${THEN_PUNCT}`), state: "complete" },
  { pattern: re(`^blue${THEN_PUNCT}`), state: "complete", reading: "blue (BRAG): complete" },
  { pattern: re(`\\bcompleted (?:(?:in|on) )?${DATE_AT_END}`), state: "complete", reading: "ends 'completed <date>': read as complete" },

  // ── in progress ───────────────────────────────────────────────────────────────────────────────
  { pattern: /^(?:partial|partially|partly)\b/, state: "in-progress" },
  // "In-progress" as people hyphenate it, and as PLAN.STATUS and `plancheck flags` write the state.
  { pattern: /^(?:in[ -]progress|in hand|in (?:the )?process of|under ?way|started|begun|commenced|progressing)\b/, state: "in-progress" },
  { pattern: /^(?:on track|on target|on schedule|on ?going|improving)\b/, state: "in-progress" },
  { pattern: /^needs? (?:some |more |further )?(?:work|improvement)\b/, state: "in-progress" },
  { pattern: /^(?:wip|in review|under review|working on it)\b/, state: "in-progress" },
  { pattern: re(`^planning${THEN_PUNCT}`), state: "in-progress", reading: "planning: the work is being planned, read as in progress" },
  { pattern: /^(?:delayed|behind schedule|behind target|slipped|slipping)\b/, state: "in-progress", rag: "amber", reading: "behind schedule: in progress, amber" },
  { pattern: re(`^behind${THEN_PUNCT}`), state: "in-progress", rag: "amber", reading: "behind schedule: in progress, amber" },
  { pattern: re(`^(?:late|overdue)${THEN_PUNCT}`), state: "in-progress", rag: "red", reading: "late: not done, read as in progress, red" },
  // A split rating takes the worse colour: "Amber/Green" is amber, "Red/Amber" red.
  { pattern: re(`^(?:red ?${RAG_JOIN}(?:amber|green)|(?:amber|green) ?${RAG_JOIN}red)$`), state: "in-progress", rag: "red", reading: "a split rating: read as the worse colour, red" },
  { pattern: re(`^(?:amber ?${RAG_JOIN}green|green ?${RAG_JOIN}amber)$`), state: "in-progress", rag: "amber", reading: "a split rating: read as the worse colour, amber" },
  { pattern: re(`^(?:green|g$)${THEN_PUNCT}`), state: "in-progress", rag: "green" },
  { pattern: re(`^(?:amber|a$)${THEN_PUNCT}`), state: "in-progress", rag: "amber" },
  { pattern: re(`^(?:red|r$)${THEN_PUNCT}`), state: "in-progress", rag: "red" },

  // ── not started ───────────────────────────────────────────────────────────────────────────────
  { pattern: /^not[ -](?:yet )?(?:started|begun|commenced|done|complete|completed|achieved|in place|met|delivered)\b/, state: "not-started" },
  { pattern: /^not (?:yet|due)\b/, state: "not-started" },
  { pattern: /^-+$/, state: "not-started", reading: "dashes: read as not started" },
  { pattern: /^[✗✘]/, state: "not-started" },
  { pattern: re(`^(?:no|n$)${THEN_PUNCT}`), state: "not-started" },
  { pattern: re(`^(?:open|pending|backlog|incomplete)${THEN_PUNCT}`), state: "not-started", reading: "not yet worked on or not done: read as not started" },
  { pattern: /^(?:will|to do|to be|planned)\b/, state: "not-started" },
];

/**
 * Capitalised words that open a new answer when several checklist answers were run together on one
 * line ("Yes No-PCT", "Yes Yes – will do …"). Used only when the line itself opens with one of them;
 * case-sensitive, and only after a word or ")" — never after "– " or "(" ("Yes – No further action"
 * stays one answer).
 */
export const ANSWER_OPENERS: readonly string[] = [
  "Yes",
  "No",
  "Not yet",
  "Not started",
  "Needs work",
  "Awaits",
  "Awaiting",
  "Will do",
  "Will be",
  "Partial",
  "Partially",
  "In place",
  "Completed",
  "Done",
  "On hold",
];
