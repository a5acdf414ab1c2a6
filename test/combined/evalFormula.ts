/**
 * A tiny evaluator for the handful of Excel functions the row formulas use (IF, AND, OR, NOT, ISNUMBER, INT),
 * with Excel's comparison rules: a blank cell compares as 0, "" or FALSE (whichever the other side is);
 * text compares case-insensitively; across types, numbers < text < booleans. Used to check the formulas'
 * meaning without trusting the cached values written next to them.
 */

export type XValue = number | string | boolean | null | { error: string };

const isError = (v: XValue): v is { error: string } => typeof v === "object" && v !== null;

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?/.exec(src.slice(i));
      if (!m) throw new Error(`bad number at ${i} in ${src}`);
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') {
          i++;
          break;
        } else s += src[i++];
      }
      out.push({ t: "str", v: s });
    } else if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(src.slice(i));
      out.push({ t: "id", v: m![0] });
      i += m![0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (two === "<=" || two === ">=" || two === "<>") {
        out.push({ t: "op", v: two });
        i += 2;
      } else if ("=<>+-&(),*/".includes(ch)) {
        out.push({ t: "op", v: ch });
        i++;
      } else throw new Error(`unexpected ${ch} in ${src}`);
    }
  }
  return out;
}

type Node =
  | { k: "lit"; v: XValue }
  | { k: "ref"; name: string }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node };

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  /** The operator at the current token, if it is one. */
  const opAt = (): string | undefined => {
    const tok = toks[p];
    return tok && tok.t === "op" ? tok.v : undefined;
  };
  const isOp = (v: string): boolean => opAt() === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${p} in ${src}`);
    p++;
  };
  const comparison = (): Node => {
    let a = additive();
    for (let op = opAt(); op !== undefined && ["=", "<>", "<", ">", "<=", ">="].includes(op); op = opAt()) {
      p++;
      a = { k: "bin", op, a, b: additive() };
    }
    return a;
  };
  const additive = (): Node => {
    let a = multiplicative();
    for (let op = opAt(); op !== undefined && ["+", "-", "&"].includes(op); op = opAt()) {
      p++;
      a = { k: "bin", op, a, b: multiplicative() };
    }
    return a;
  };
  const multiplicative = (): Node => {
    let a = unary();
    for (let op = opAt(); op !== undefined && ["*", "/"].includes(op); op = opAt()) {
      p++;
      a = { k: "bin", op, a, b: unary() };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp("-")) {
      p++;
      return { k: "neg", a: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new Error(`unexpected end of ${src}`);
    if (tok.t === "num" || tok.t === "str") return { k: "lit", v: tok.v };
    if (tok.t === "op" && tok.v === "(") {
      const e = comparison();
      expect(")");
      return e;
    }
    if (tok.t === "id") {
      const upper = tok.v.toUpperCase();
      if (isOp("(")) {
        p++;
        const args: Node[] = [];
        if (!isOp(")")) {
          for (;;) {
            args.push(comparison());
            if (isOp(",")) p++;
            else break;
          }
        }
        expect(")");
        return { k: "call", fn: upper, args };
      }
      if (upper === "TRUE" || upper === "FALSE") return { k: "lit", v: upper === "TRUE" };
      return { k: "ref", name: tok.v };
    }
    throw new Error(`unexpected token ${JSON.stringify(tok)} in ${src}`);
  };
  const tree = comparison();
  if (p !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return tree;
}

const typeRank = (v: Exclude<XValue, null | { error: string }>): number => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

function compare(a: XValue, b: XValue): number {
  const blankAs = (other: XValue): XValue => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  if (a === null && b === null) return 0;
  if (a === null) a = blankAs(b);
  if (b === null) b = blankAs(a);
  const x = a as Exclude<XValue, null | { error: string }>;
  const y = b as Exclude<XValue, null | { error: string }>;
  if (typeRank(x) !== typeRank(y)) return typeRank(x) - typeRank(y);
  if (typeof x === "string") {
    const [s, t] = [x.toLowerCase(), (y as string).toLowerCase()];
    return s < t ? -1 : s > t ? 1 : 0;
  }
  const [n, m] = [Number(x), Number(y)];
  return n < m ? -1 : n > m ? 1 : 0;
}

function toNumber(v: XValue): number | { error: string } {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

function toBool(v: XValue): boolean | { error: string } {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  return u === "TRUE" ? true : u === "FALSE" ? false : { error: "#VALUE!" };
}

export type Lookup = (name: string) => XValue;

function evaluate(node: Node, lookup: Lookup): XValue {
  switch (node.k) {
    case "lit":
      return node.v;
    case "ref":
      return lookup(node.name);
    case "neg": {
      const n = toNumber(evaluate(node.a, lookup));
      return isError(n) ? n : -n;
    }
    case "bin": {
      const a = evaluate(node.a, lookup);
      const b = evaluate(node.b, lookup);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === "&") return `${a ?? ""}${b ?? ""}`;
      if (["+", "-", "*", "/"].includes(node.op)) {
        const x = toNumber(a);
        const y = toNumber(b);
        if (isError(x)) return x;
        if (isError(y)) return y;
        return node.op === "+" ? x + y : node.op === "-" ? x - y : node.op === "*" ? x * y : y === 0 ? { error: "#DIV/0!" } : x / y;
      }
      const c = compare(a, b);
      switch (node.op) {
        case "=":
          return c === 0;
        case "<>":
          return c !== 0;
        case "<":
          return c < 0;
        case ">":
          return c > 0;
        case "<=":
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    case "call":
      return call(node.fn, node.args, lookup);
  }
}

function call(fn: string, args: Node[], lookup: Lookup): XValue {
  const ev = (n: Node): XValue => evaluate(n, lookup);
  switch (fn) {
    case "IF": {
      const c = toBool(ev(args[0]));
      if (isError(c)) return c;
      return c ? ev(args[1]) : args.length > 2 ? ev(args[2]) : false;
    }
    case "AND":
    case "OR": {
      let acc = fn === "AND";
      for (const a of args) {
        const b = toBool(ev(a));
        if (isError(b)) return b;
        acc = fn === "AND" ? acc && b : acc || b;
      }
      return acc;
    }
    case "NOT": {
      const b = toBool(ev(args[0]));
      return isError(b) ? b : !b;
    }
    case "ISNUMBER":
      return typeof ev(args[0]) === "number";
    case "INT": {
      const n = toNumber(ev(args[0]));
      return isError(n) ? n : Math.floor(n);
    }
    default:
      throw new Error(`the test evaluator does not know ${fn}: keep the row formulas to IF, AND, OR, NOT, ISNUMBER and INT`);
  }
}

const cache = new Map<string, Node>();

/** Evaluates a formula (no leading "="), reading cells and names through `lookup`. */
export function evalFormula(formula: string, lookup: Lookup): XValue {
  let tree = cache.get(formula);
  if (!tree) {
    tree = parse(formula);
    cache.set(formula, tree);
  }
  return evaluate(tree, lookup);
}
