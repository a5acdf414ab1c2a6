import { normaliseLabel, singularWords } from "../templates/normaliseLabel";
import type { Role, Template, TemplateField } from "../templates/types";
import { share, type ColumnProfile } from "./columnProfile";
import type { CompiledTemplate, MatchQuality } from "./compileTemplate";

/** A header cell: its label as shown, its own text, and the group heading above it in a two-row header. */
export interface LabelledColumn {
  col: number;
  label: string;
  text: string;
  group?: string;
}

export interface ColumnRole {
  col: number;
  field: TemplateField | null;
  /** How well the heading named the field (0 when only the group heading or the values decided). */
  quality: MatchQuality | 0;
  /** Plain English: what decided the role (heading, group heading, values, or both). */
  why: string;
  /** Whether the column's values bear the role out (a due column of dates), go against it, or say nothing. */
  support: "agrees" | "conflicts" | "none";
}

export interface RoleChoice {
  columns: ColumnRole[];
  /** Columns that could have taken a role another column was given, and why they were passed over. */
  alternatives: { role: Role; col: number; label: string; why: string }[];
}

/** English names of the roles, for the explanations. */
export const ROLE_NAMES: Record<Role, string> = {
  section: "the section",
  objective: "the objective",
  action: "the action",
  resources: "the resources",
  owner: "the owner",
  start: "the start date",
  due: "the due date",
  status: "the status",
  completed: "the completion record",
  progress: "the progress notes",
  notes: "the notes",
  success: "the success measures",
  risk: "the risks",
  ref: "the reference",
};

interface Candidate {
  index: number;
  fieldIndex: number;
  score: number;
  quality: MatchQuality | 0;
  specificity: number;
  viaGroup: boolean;
  authoritative: boolean;
  content: number;
  contentNote: string;
}

// A content-only role needs values that clearly show it, in a few rows; weaker hints only settle rival headings.
const CONTENT_ONLY_MIN = 7;
const CONTENT_ONLY_VALUES = 3;
const NO_CONTENT = { points: 0, note: "" };
const AUTHORITATIVE = 1000;

/**
 * Gives each header column a field of the template from its heading and, when profiles are given, its
 * values. A heading the template names counts most (title over alias over a keyword, and among equals the
 * more specific heading: "Due Date" over "Date"); values settle rival headings and place columns the
 * template does not name (dates → due, status words → status, the longest free text → action, 1.1 → ref,
 * short names → owner). With an `authoritative` template (chosen by the user) a heading that is one of its
 * titles or aliases keeps its field whatever the values look like.
 */
export function chooseRoles(
  columns: readonly LabelledColumn[],
  compiled: CompiledTemplate,
  profiles: readonly ColumnProfile[] | undefined,
  authoritative: boolean,
): RoleChoice {
  const { template } = compiled;
  const vocabulary = vocabularyOf(template);
  const longest = profiles ? longestTextColumn(profiles) : -1;
  const candidates: Candidate[] = [];
  columns.forEach((column, index) => {
    const own = compiled.lookup(column.label === column.text || !column.text ? column.label : column.text);
    const group = column.group ? compiled.lookup(column.group) : [];
    const profile = profiles?.[index];
    const labelled = own.length > 0 || group.length > 0;
    const words = wordsOf(column.text || column.label);
    template.fields.forEach((field, fieldIndex) => {
      const mine = own.find((m) => m.fieldIndex === fieldIndex);
      const theirs = mine ? undefined : group.find((m) => m.fieldIndex === fieldIndex);
      const quality = mine?.quality ?? 0;
      const specificity = specificityOf(words, vocabulary[fieldIndex]);
      const isAuthoritative = authoritative && quality >= 2;
      // A chosen template's own headings decide whatever the values say; the values still tell whether they
      // bear the heading out (the support a later header row needs to start a new table).
      const content = profile ? contentPoints(field.role, profile, index === longest) : NO_CONTENT;
      let score = quality * 10 + specificity + (theirs ? theirs.quality * 10 - 5 : 0);
      score += isAuthoritative ? AUTHORITATIVE : content.points;
      const named = quality > 0 || theirs !== undefined;
      // Values alone place only a column whose heading names nothing ("Task Category" is no owner).
      if (!named && (labelled || saysWhatKind(words) || content.points + specificity < CONTENT_ONLY_MIN || !CONTENT_ROLES.has(field.role) || (profile?.values ?? 0) < CONTENT_ONLY_VALUES)) return;
      if (score <= 0) return;
      candidates.push({
        index,
        fieldIndex,
        score,
        quality,
        specificity,
        viaGroup: theirs !== undefined,
        authoritative: isAuthoritative,
        content: content.points,
        contentNote: "",
      });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.fieldIndex - b.fieldIndex || a.index - b.index);
  const byIndex = new Map<number, Candidate>();
  const byField = new Map<number, Candidate>();
  for (const c of candidates) {
    if (byIndex.has(c.index) || byField.has(c.fieldIndex)) continue;
    byIndex.set(c.index, c);
    byField.set(c.fieldIndex, c);
  }
  promoteObjectiveToAction(template, byIndex, byField);
  // Words only for the candidates the explanations use.
  const explain = (c: Candidate) => {
    const profile = profiles?.[c.index];
    if (profile && c.content !== 0 && c.contentNote === "") {
      c.contentNote = contentPoints(template.fields[c.fieldIndex].role, profile, c.index === longest, true).note;
    }
    return c;
  };

  const roles: ColumnRole[] = columns.map((column, index) => {
    const won = byIndex.get(index);
    if (!won) {
      const lost = candidates.find((c) => c.index === index);
      return { col: column.col, field: null, quality: 0, why: unplacedWhy(column, template, lost && explain(lost), byField, columns), support: "none" };
    }
    const field = template.fields[won.fieldIndex];
    return {
      col: column.col,
      field,
      quality: won.quality,
      why: whyOf(column, field, explain(won), template),
      support: won.content > 0 ? "agrees" : won.content < 0 ? "conflicts" : "none",
    };
  });
  const alternatives: RoleChoice["alternatives"] = [];
  for (const c of candidates) {
    const winner = byField.get(c.fieldIndex);
    if (!winner || winner.index === c.index) continue;
    if (c.quality === 0 && !c.viaGroup && c.content < CONTENT_ONLY_MIN) continue;
    const field = template.fields[winner.fieldIndex];
    if (alternatives.filter((a) => a.role === field.role).length >= 2) continue;
    const column = columns[c.index];
    alternatives.push({
      role: field.role,
      col: column.col,
      label: column.label,
      why: `${reasonOf(column, explain(c), ROLE_NAMES[field.role])} too, but "${columns[winner.index].label}" ${betterBecause(winner, c)}`,
    });
  }
  return { columns: roles, alternatives };
}

/** Roles the values alone can give a column. */
const CONTENT_ROLES: ReadonlySet<Role> = new Set<Role>(["due", "status", "owner", "action", "ref"]);

/**
 * Headings that say what kind of thing a row is or how much it costs ("Category", "Phase", "Salary",
 * "Risk score"): a column of short words under one is a classification or a figure, never the owner or the
 * action, whatever its values look like. Only a heading that names nothing is placed by its values.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  "category", "type", "kind", "class", "classification", "phase", "tag", "label", "group", "priority", "severity",
  "impact", "likelihood", "probability", "cost", "salary", "amount", "price", "budget", "total", "hours", "quantity",
  "rate", "score", "version", "unit", "units",
]);

const saysWhatKind = (words: readonly string[]): boolean => words.some((w) => KIND_WORDS.has(w) || KIND_WORDS.has(w.replace(/s$/, "")));

/** Points the values give a role (negative when they go against it), and in words why when `explain`. */
function contentPoints(role: Role, p: ColumnProfile, isLongest: boolean, explain = false): { points: number; note: string } {
  if (p.values === 0) return { points: 0, note: "" };
  const of = (n: number) => (explain ? `${Math.round(n * p.values)} of ${p.values} values` : "");
  const few = p.values < 3;
  switch (role) {
    case "due": {
      const dated = share(p, "date", "dueText");
      if (dated >= 0.5 && p.counts.date > 0) return { points: 15 * dated, note: `${of(dated)} read as dates` };
      if (!few && dated < 0.2) return { points: -8, note: "its values do not read as dates" };
      return { points: 0, note: "" };
    }
    case "start": {
      const dated = share(p, "date", "dueText");
      if (dated >= 0.5) return { points: 5, note: `${of(dated)} read as dates` };
      if (!few && dated < 0.2) return { points: -8, note: "its values do not read as dates" };
      return { points: 0, note: "" };
    }
    case "status": {
      const words = share(p, "status");
      if (words >= 0.5) return { points: 15 * words, note: `${of(words)} are status words` };
      if (!few && words < 0.2) return { points: -8, note: "its values are not status words" };
      return { points: 0, note: "" };
    }
    case "owner": {
      const names = share(p, "short");
      if (names >= 0.6 && p.averageLength <= 30) return { points: 8 * names, note: `${of(names)} are short names, posts or teams` };
      if (share(p, "date", "status", "ref", "number") >= 0.5) return { points: -8, note: "its values are not names" };
      if (share(p, "text", "long") >= 0.6) return { points: -5, note: "its values are sentences, not names" };
      return { points: 0, note: "" };
    }
    case "action":
      if (isLongest) return { points: 12, note: explain ? `it holds the longest free text (about ${Math.round(p.averageLength)} characters)` : "" };
      if (share(p, "date", "status", "ref", "number") >= 0.6) return { points: -8, note: "its values are not free text" };
      return { points: 0, note: "" };
    case "ref": {
      const refs = share(p, "ref");
      if (refs >= 0.6) return { points: 15 * refs, note: `${of(refs)} are reference numbers` };
      if (!few && refs < 0.2) return { points: -5, note: "its values are not reference numbers" };
      return { points: 0, note: "" };
    }
    case "section":
    case "objective":
      if (share(p, "date", "status", "ref", "number") >= 0.6) return { points: -8, note: "its values are dates, numbers or status words" };
      return { points: 0, note: "" };
    default:
      return { points: 0, note: "" };
  }
}

/** The column whose values are the longest free text (the action, in a plan without an action heading). */
function longestTextColumn(profiles: readonly ColumnProfile[]): number {
  let best = -1;
  let length = 14;
  profiles.forEach((p, i) => {
    if (share(p, "short", "text", "long") < 0.6) return;
    if (p.averageLength > length) {
      best = i;
      length = p.averageLength;
    }
  });
  return best;
}

const vocabularyCache = new WeakMap<Template, Set<string>[]>();

/** Every word of each field's title, aliases and keywords (singular). */
function vocabularyOf(template: Template): Set<string>[] {
  const hit = vocabularyCache.get(template);
  if (hit) return hit;
  const sets = template.fields.map(
    (f) => new Set([f.title, ...f.aliases, ...(f.keywords ?? [])].flatMap((l) => singularWords(normaliseLabel(l)).split(" ")).filter(Boolean)),
  );
  vocabularyCache.set(template, sets);
  return sets;
}

// Words that say nothing about a column either way.
const FILLER = new Set(["of", "the", "and", "a", "to", "for", "by", "in", "on", "is", "be", "what", "which", "who"]);

/**
 * How specific a heading is for a field: its words in the field's vocabulary, less the words foreign to it
 * ("Due Date" 2 beats "Date" 1; "Task Description" beats "Task Category"). Bounded so it only ranks
 * headings of the same match quality.
 */
function specificityOf(words: readonly string[], vocabulary: Set<string>): number {
  let n = 0;
  for (const word of words) n += vocabulary.has(word) ? 1 : -1;
  return Math.max(-4, Math.min(4, n));
}

const wordsCache = new Map<string, string[]>();
const WORDS_CACHE_LIMIT = 10_000;

/** A heading's words that can say something about its column (singular, fillers left out). */
function wordsOf(label: string): string[] {
  const hit = wordsCache.get(label);
  if (hit) return hit;
  if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
  const words = singularWords(normaliseLabel(label))
    .split(" ")
    .filter((w) => w !== "" && !FILLER.has(w));
  wordsCache.set(label, words);
  return words;
}

function promoteObjectiveToAction(template: Template, byIndex: Map<number, Candidate>, byField: Map<number, Candidate>): void {
  // Many plans call their action column "Objective" (one objective per row): with no action column, it is the action.
  const action = template.fields.findIndex((f) => f.role === "action");
  if (action < 0 || byField.has(action)) return;
  const objective = [...byField.entries()].find(([fieldIndex]) => template.fields[fieldIndex].role === "objective");
  if (!objective) return;
  const [fieldIndex, won] = objective;
  const promoted = { ...won, fieldIndex: action };
  byField.delete(fieldIndex);
  byField.set(action, promoted);
  byIndex.set(won.index, promoted);
}

const HOW: Record<MatchQuality, string> = {
  3: "is the template's heading for",
  2: "is another name for",
  1: "has a word that suggests",
};

function whyOf(column: LabelledColumn, field: TemplateField, won: Candidate, template: Template): string {
  const role = ROLE_NAMES[field.role];
  const heading = `heading "${column.text || column.label}"`;
  const parts: string[] = [];
  if (won.quality > 0) parts.push(`${heading} ${HOW[won.quality as MatchQuality]} ${role}`);
  else if (won.viaGroup) parts.push(`its group heading "${column.group}" names ${role}`);
  if (won.authoritative) parts.push(`template "${template.name}" was chosen, so its headings decide`);
  if (won.contentNote) {
    if (parts.length === 0) parts.push(`${won.contentNote}, so it is read as ${role}`);
    else parts.push(won.content >= 0 ? won.contentNote : `although ${won.contentNote}`);
  }
  if (parts.length === 0) parts.push(`read as ${role}`);
  return parts.join("; ");
}

/** Why a column could have had a role it was not given, e.g. 'heading "Date" could name the due date'. */
function reasonOf(column: LabelledColumn, c: Candidate, role: string): string {
  if (c.quality > 0) return `heading "${column.text || column.label}" could name ${role}`;
  if (c.viaGroup) return `its group heading "${column.group}" could name ${role}`;
  return c.contentNote ? `${c.contentNote}, so it could be ${role}` : `it could be ${role}`;
}

function betterBecause(winner: Candidate, loser: Candidate): string {
  if (winner.authoritative && !loser.authoritative) return "is named for it by the chosen template";
  if (winner.quality > loser.quality) return "is named for it more exactly";
  if (winner.quality === loser.quality && winner.quality > 0 && winner.specificity > loser.specificity) return "is more specific";
  if (winner.content > loser.content) return "holds values that fit it better";
  return "comes first";
}

function unplacedWhy(
  column: LabelledColumn,
  template: Template,
  lost: Candidate | undefined,
  byField: Map<number, Candidate>,
  columns: readonly LabelledColumn[],
): string {
  if (lost) {
    const winner = byField.get(lost.fieldIndex);
    const role = ROLE_NAMES[template.fields[lost.fieldIndex].role];
    if (winner) return `${reasonOf(column, lost, role)}, but "${columns[winner.index].label}" ${betterBecause(winner, lost)}; kept as an extra column`;
  }
  return `heading "${column.label}" is not one of template "${template.name}"'s headings and its values do not show a role; kept as an extra column`;
}
