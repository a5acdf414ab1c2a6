/**
 * What in a built script the oldest engine we promise (webpack/browserFloor.js) could not run: syntax beyond
 * its ECMAScript edition, and regular expressions it cannot compile — lookbehind (`(?<=`, `(?<!`), flags
 * newer than it, or pattern syntax newer than its edition — whether written as a literal or as a string
 * (or template) handed to `new RegExp(…)`/`RegExp(…)`. A script that fails to parse at all throws: that is
 * not a question of the floor.
 */
import { getLineInfo, parse, type Node, type Options } from "acorn";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FLOOR = require("../../webpack/browserFloor.js") as { FLOOR_ENGINE: string; ECMA_VERSION: Options["ecmaVersion"]; REGEXP_FLAGS: string };
export const { FLOOR_ENGINE, ECMA_VERSION, REGEXP_FLAGS } = FLOOR;

export interface FloorProblem {
  file: string;
  line: number;
  column: number;
  what: string;
  /** The source around it. */
  near: string;
}

export function formatProblem(p: FloorProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.what} — near: ${p.near}`;
}

/** Stands for a part of a RegExp's pattern or flags that is not a constant (a variable, a call…). */
const HOLE = "\uE000";

export function floorProblems(source: string, file: string): FloorProblem[] {
  const problems: FloorProblem[] = [];
  const near = (start: number, end: number) => source.slice(Math.max(0, start - 40), Math.min(source.length, end + 40)).replace(/\s+/g, " ");
  const problem = (start: number, end: number, what: string) => {
    const { line, column } = getLineInfo(source, start);
    problems.push({ file, line, column: column + 1, what, near: near(start, Math.min(end, start + 80)) });
  };

  let program: Node;
  let parsedAtFloor = true; // then acorn has validated every regular expression literal at the floor's edition
  try {
    program = parseScript(source, ECMA_VERSION);
  } catch (e) {
    parsedAtFloor = false;
    if (!(e instanceof SyntaxError)) throw e;
    const { pos } = e as SyntaxError & { pos: number };
    problem(pos, pos, `syntax beyond ECMAScript ${ECMA_VERSION}, which ${FLOOR_ENGINE} runs: ${e.message.replace(/ \(\d+:\d+\)$/, "")}`);
    program = parseScript(source, "latest"); // still look at its regular expressions
  }

  for (const node of nodesOf(program)) {
    const literal = node as Node & { regex?: { pattern: string; flags: string } };
    if (node.type === "Literal" && literal.regex) {
      for (const what of regexpProblems(literal.regex.pattern, literal.regex.flags, parsedAtFloor ? "validated" : "literal")) problem(node.start, node.end, `${what}, in a regular expression literal`);
    } else if ((node.type === "NewExpression" || node.type === "CallExpression") && isRegExp((node as Node & { callee: Node }).callee)) {
      const [patternNode, flagsNode] = (node as Node & { arguments: Node[] }).arguments;
      const pattern = patternNode ? staticText(patternNode) : null;
      const flags = flagsNode ? (staticText(flagsNode) ?? HOLE) : "";
      for (const what of regexpProblems(pattern ?? HOLE, flags, "string")) problem(node.start, node.end, `${what}, in a RegExp built from ${pattern === null ? "a value" : "a string"}`);
    }
  }
  return problems;
}

function parseScript(source: string, ecmaVersion: Options["ecmaVersion"]): Node {
  return parse(source, { ecmaVersion, sourceType: "script", allowHashBang: true });
}

/** Every node of the tree, parents before children. */
function* nodesOf(root: Node): Generator<Node> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (const value of Object.values(node) as unknown[]) {
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i]);
      } else if (isNode(value)) stack.push(value);
    }
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

/** `RegExp`, `window.RegExp`, `globalThis.RegExp`… */
function isRegExp(callee: Node): boolean {
  if (callee.type === "Identifier") return (callee as Node & { name: string }).name === "RegExp";
  const member = callee as Node & { computed?: boolean; property?: Node & { name?: string } };
  return callee.type === "MemberExpression" && !member.computed && member.property?.name === "RegExp";
}

/** A string expression's text as far as it is constant, with HOLE for the parts that are not; null if none is. */
function staticText(node: Node): string | null {
  const n = node as Node & { value?: unknown; quasis?: (Node & { value: { cooked?: string | null; raw: string } })[]; expressions?: Node[] };
  if (node.type === "Literal") return typeof n.value === "string" ? n.value : null;
  if (node.type === "TemplateLiteral" && n.quasis && n.expressions) {
    const exprs = n.expressions;
    return n.quasis.map((q, i) => (q.value.cooked ?? q.value.raw) + (i < exprs.length ? (staticText(exprs[i]) ?? HOLE) : "")).join("");
  }
  const sum = node as Node & { operator?: string; left?: Node; right?: Node };
  if (node.type === "BinaryExpression" && sum.operator === "+" && sum.left && sum.right) {
    const left = staticText(sum.left);
    const right = staticText(sum.right);
    return left === null && right === null ? null : (left ?? HOLE) + (right ?? HOLE);
  }
  return null;
}

/**
 * What the floor cannot compile in a pattern with these flags. The pattern is a string's value, or a
 * literal's source text (already escaped for `/…/`), which acorn may have validated at the floor already.
 * Parts marked HOLE are not judged, except that a pattern or flags with one cannot be validated as a whole.
 */
function regexpProblems(pattern: string, flags: string, kind: "string" | "literal" | "validated"): string[] {
  const problems: string[] = [];
  const lookbehind = lookbehindIn(pattern);
  if (lookbehind) problems.push(`RegExp lookbehind "${lookbehind}", which ${FLOOR_ENGINE} cannot compile (Safari has it from 16.4)`);
  const newer = [...flags].filter((f) => f !== HOLE && !REGEXP_FLAGS.includes(f));
  if (newer.length > 0) problems.push(`RegExp flag${newer.length > 1 ? "s" : ""} "${newer.join("")}", which ${FLOOR_ENGINE} does not know (it knows "${REGEXP_FLAGS}")`);
  if (kind !== "validated" && !pattern.includes(HOLE) && !flags.includes(HOLE)) {
    const known = [...flags].filter((f) => REGEXP_FLAGS.includes(f)).join("");
    const literal = `/${kind === "literal" ? pattern : asLiteralSource(pattern)}/${known}`;
    try {
      parseScript(literal, ECMA_VERSION);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      problems.push(`RegExp syntax beyond ECMAScript ${ECMA_VERSION}, which ${FLOOR_ENGINE} runs: ${e.message.replace(/ \(\d+:\d+\)$/, "")}`);
    }
  }
  return problems;
}

/** The first lookbehind group opening in a pattern ("(?<=" or "(?<!"), or null: escapes and classes are skipped. */
export function lookbehindIn(pattern: string): string | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && pattern.startsWith("(?<", i) && (pattern[i + 3] === "=" || pattern[i + 3] === "!")) return pattern.slice(i, i + 4);
  }
  return null;
}

const LINE_TERMINATORS: Record<string, string> = { "\n": "n", "\r": "r", "\u2028": "u2028", "\u2029": "u2029" };

/** A RegExp string's pattern written as the source of a `/…/` literal that means the same. */
function asLiteralSource(pattern: string): string {
  if (pattern === "") return "(?:)";
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) {
      const next = pattern[++i];
      out += "\\" + (LINE_TERMINATORS[next] ?? next);
      continue;
    }
    if (LINE_TERMINATORS[c]) out += "\\" + LINE_TERMINATORS[c];
    else if (c === "/" && !inClass) out += "\\/";
    else out += c;
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
  }
  return out;
}
