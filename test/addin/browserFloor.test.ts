/**
 * Every script the add-in's page can load — functions.js, taskpane.js and each lazy chunk, as a production
 * build emits them — runs on the oldest engine we promise (webpack/browserFloor.js: Safari 14, the web view
 * of Excel for Mac on macOS 10.14/10.15). A script that engine cannot parse, or a regular expression it
 * cannot compile, fails at load in Excel for Mac: every =PLAN.* cell shows #NAME? and the pane stays blank.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ECMA_VERSION, FLOOR_ENGINE, floorProblems, formatProblem, lookbehindIn } from "./browserFloor";
import { productionAddin } from "../taskpane/productionBuild";

const problemsIn = (source: string) => floorProblems(source, "test.js").map((p) => p.what);

describe("what the floor check finds", () => {
  test("code within the floor passes, named groups, dotAll and Unicode property escapes included", () => {
    const source = [
      "var a = x?.y ?? 1; a ||= 2; a &&= 3; a ??= 4; const n = 1_000;",
      "class A extends Error { constructor(m) { super(m); this.code = 1; } }",
      "const r = /(?<year>\\d{4})-(?=\\d)(?!x)[^(?<=]\\(?<=/gsuy; const p = /\\p{L}+/u;",
      'new RegExp("a/b[/]", "gi"); RegExp(`^(?:${w})(?![A-Za-z])`, "g"); new RegExp(r.source + "x");',
    ].join("\n");
    expect(floorProblems(source, "ok.js")).toEqual([]);
  });

  test.each([
    ["class fields", "class A { code; }"],
    ["a class static block", "class A { static { init(); } }"],
    ["a private method", "class A { #m() {} }"],
    ["an ergonomic brand check", "class A { #x = 1; static has(o) { return #x in o; } }"],
  ])("%s: syntax beyond ES2021", (_what, source) => {
    const [problem, ...rest] = floorProblems(source, "new.js");
    expect(rest).toEqual([]);
    expect(problem.what).toMatch(new RegExp(`^syntax beyond ECMAScript ${ECMA_VERSION}, which ${FLOOR_ENGINE.replace(/[()]/g, "\\$&")} runs`));
    expect(formatProblem(problem)).toMatch(/^new\.js:1:\d+: syntax beyond/);
  });

  test.each([
    ["a literal", "const r = /(?<=a)b/g;", "in a regular expression literal"],
    ["a negative one in a literal", "x.replace(/(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]/g, '')", "in a regular expression literal"],
    ["a string", 'const r = new RegExp("(?<=a)b", "g");', "in a RegExp built from a string"],
    ["RegExp called without new", "const r = RegExp('(?<!a)b');", "in a RegExp built from a string"],
    ["a template with values in it", "const r = new RegExp(`(?<=[A-Za-z0-9)\\\\]])\\\\s+(?=(?:${openers}))`, 'g');", "in a RegExp built from a string"],
    ["a concatenation", "const r = new window.RegExp('(?<' + '=a)' + b);", "in a RegExp built from a string"],
  ])("lookbehind in %s", (_what, source, where) => {
    expect(problemsIn(source)).toEqual([expect.stringMatching(new RegExp(`^RegExp lookbehind "\\(\\?<[=!]".*Safari has it from 16\\.4.*, ${where}$`))]);
  });

  test("the d and v flags, in literals and in strings", () => {
    expect(problemsIn("const r = /a/d;")).toEqual([
      expect.stringMatching(/^syntax beyond ECMAScript 2021.*Invalid regular expression flag/),
      expect.stringMatching(/^RegExp flag "d", which .* does not know .*literal$/),
    ]);
    expect(problemsIn('new RegExp("a", "dg"); new RegExp("[a]", `v`);')).toEqual([
      expect.stringMatching(/^RegExp flag "d", which .* does not know .*string$/),
      expect.stringMatching(/^RegExp flag "v", which .* does not know .*string$/),
    ]);
  });

  test("pattern syntax newer than ES2021 in a RegExp string (inline modifiers, ES2025)", () => {
    expect(problemsIn('new RegExp("(?i:a)b")')).toEqual([expect.stringMatching(/^RegExp syntax beyond ECMAScript 2021.*string$/)]);
  });

  test("a lookbehind is told from named groups, escapes and character classes", () => {
    expect(lookbehindIn("(?<name>a)")).toBeNull();
    expect(lookbehindIn("\\(?<=a)")).toBeNull();
    expect(lookbehindIn("[(?<=]")).toBeNull();
    expect(lookbehindIn("[\\]](?<!a)")).toBe("(?<!");
    expect(lookbehindIn("a(?<=b)")).toBe("(?<=");
  });
});

describe(`the production build runs on ${FLOOR_ENGINE}`, () => {
  let dir = "";
  beforeAll(async () => {
    dir = await productionAddin();
  }, 180_000);

  /** Every script the pages can load: the entry scripts and every lazy chunk. */
  const scripts = () => [
    ...readdirSync(dir).filter((f) => f.endsWith(".js")),
    ...readdirSync(path.join(dir, "chunks"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => `chunks/${f}`),
  ];

  test("the scripts checked are the entry scripts and the lazy chunks", () => {
    const files = scripts();
    expect(files).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
    for (const chunk of ["excel-host.", "browser-host.", "reader.", "writer.", "excel-writer."]) expect(files.some((f) => f.startsWith(`chunks/${chunk}`))).toBe(true);
  });

  test("no script has syntax or a regular expression beyond the floor", () => {
    const problems = scripts().flatMap((file) => floorProblems(readFileSync(path.join(dir, file), "utf8"), file));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
