import { looseLabel, normaliseLabel, singularWords } from "../templates/normaliseLabel";
import type { Template, TemplateField } from "../templates/types";

/**
 * How well a header label matched a field: its title (3), an alias (2), either ignoring plurals, or
 * one of the field's keywords appearing as a word of the label (1).
 */
export type MatchQuality = 1 | 2 | 3;

export interface CompiledTemplate {
  template: Template;
  /** Every (field, quality) a normalised label can match, best first. */
  lookup(label: string): { field: TemplateField; fieldIndex: number; quality: MatchQuality }[];
}

const cache = new WeakMap<Template, CompiledTemplate>();
const MEMO_LIMIT = 20_000;
const MAX_KEYWORD_LABEL_WORDS = 6;
const NO_MATCH: ReturnType<CompiledTemplate["lookup"]> = [];

/** Pre-computes the label keys of a template so matching a row is a few map lookups. */
export function compileTemplate(template: Template): CompiledTemplate {
  const hit = cache.get(template);
  if (hit) return hit;
  const exact = new Map<string, { fieldIndex: number; quality: MatchQuality }[]>();
  const loose = new Map<string, number[]>();
  const keyword = new Map<string, number[]>();
  const add = <V>(map: Map<string, V[]>, key: string, value: V) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  template.fields.forEach((field, fieldIndex) => {
    add(exact, normaliseLabel(field.title), { fieldIndex, quality: 3 as MatchQuality });
    for (const alias of field.aliases) add(exact, normaliseLabel(alias), { fieldIndex, quality: 2 as MatchQuality });
    for (const label of [field.title, ...field.aliases]) add(loose, looseLabel(label), fieldIndex);
    for (const word of field.keywords ?? []) add(keyword, looseLabel(word), fieldIndex);
  });
  const longestKey = 2 * Math.max(20, ...template.fields.flatMap((f) => [f.title, ...f.aliases].map((l) => l.length)));
  // Plans repeat the same texts (owners, dates) on every row: remember each label's answer.
  const memo = new Map<string, ReturnType<CompiledTemplate["lookup"]>>();
  const compiled: CompiledTemplate = {
    template,
    lookup(label) {
      // Far longer than any heading: data, and not worth remembering.
      if (label.length > longestKey) return NO_MATCH;
      const hit = memo.get(label);
      if (hit) return hit;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      const result = match(label);
      memo.set(label, result);
      return result;
    },
  };
  function match(label: string): ReturnType<CompiledTemplate["lookup"]> {
    const normal = normaliseLabel(label);
    const found = new Map<number, MatchQuality>();
    for (const m of exact.get(normal) ?? []) {
      if ((found.get(m.fieldIndex) ?? 0) < m.quality) found.set(m.fieldIndex, m.quality);
    }
    // Plural-insensitive matching is the fallback for labels no title or alias names exactly.
    if (found.size === 0) for (const fieldIndex of loose.get(singularWords(normal)) ?? []) found.set(fieldIndex, 1);
    // Keywords only in heading-sized labels: "Action 1: deliver the protocol for ward 3" is data.
    const words = singularWords(normal).split(" ");
    if (found.size === 0 && keyword.size > 0 && words.length <= MAX_KEYWORD_LABEL_WORDS) {
      for (const word of words) {
        for (const fieldIndex of keyword.get(word) ?? []) if (!found.has(fieldIndex)) found.set(fieldIndex, 1);
      }
    }
    if (found.size === 0) return NO_MATCH;
    return [...found]
      .map(([fieldIndex, quality]) => ({ field: template.fields[fieldIndex], fieldIndex, quality }))
      .sort((a, b) => b.quality - a.quality || a.fieldIndex - b.fieldIndex);
  }
  cache.set(template, compiled);
  return compiled;
}
