import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Cell } from "../grid";
import { createStatusParser, normaliseAnswer, parseStatus, splitAnswers, splitLines, statusFromCell } from "./parseStatus";
import { STATUS_RULES } from "./rules";
import type { StatusState } from "./types";

type Row = [text: string, state: StatusState];

// ── the seeds ─────────────────────────────────────────────────────────────────────────────────

describe("seed 000 — Achieved? column", () => {
  test.each<[string, StatusState, number | null]>([
    ["✓", "complete", 1],
    ["Partial", "in-progress", null],
    ["----", "not-started", 0],
    ["", "none", null],
  ])("%j → %s (fraction %p)", (text, state, fraction) => {
    const s = parseStatus(text);
    expect(s.state).toBe(state);
    expect(s.fraction).toBe(fraction);
    expect(s.text).toBe(text);
  });
});

describe("seed 004 — Progress column (every cell empty)", () => {
  test.each<[Cell]>([[{ kind: "empty" }], [{ kind: "text", value: "" }], [{ kind: "text", value: "   " }]])("%j → none", (cell) => {
    expect(statusFromCell(cell).state).toBe("none");
  });
  // Target/Success Criteria texts from 004 that sit next to the Progress column: not statuses.
  test.each<Row>([
    ["Review Completed", "unknown"],
    ["Review Implemented", "unknown"],
    ["Outline produced", "unknown"],
    ["Review completed with recommendations for future engagement", "unknown"],
  ])("%j → %s", (text, state) => expect(parseStatus(text).state).toBe(state));
});

/** Every distinct answer in the 002 Developments column (one line / paragraph / run-together answer). */
const SEED_002_ANSWERS: Row[] = [
  ["CDRPIs Strategic Group Completed Nov 07", "complete"],
  ["Yes", "complete"],
  ["Yes (Strategic Assessment requirements)", "complete"],
  ["Yes (SARA-PRIME)", "complete"],
  ["Yes (Partnership Plan)", "complete"],
  ["Yes (See intro in Partnership Plan)", "complete"],
  ["Yes (PPO, YISP)", "complete"],
  ["Yes (ASB, PPO, DVF, CDAG, JAG)", "complete"],
  ["Yes (Delivery group and JAG)", "complete"],
  ["Yes – (PRIME, CREW)", "complete"],
  ["Yes-(JAG)", "complete"],
  ["Yes – CDRP meeting discussed priorities and which to escalate", "complete"],
  ["It did", "complete"],
  ["It does – ASB being the biggest issue", "complete"],
  ["In place", "complete"],
  ["In place (Internet, publications, via SNS if applicable)", "complete"],
  ["In process of completion", "in-progress"],
  ["Improving – CDW and SNT", "in-progress"],
  ["Improving – specialist BME worker appointed", "in-progress"],
  ["Needs work – (Chair, Minutes, Management arrangements)", "in-progress"],
  ["Yes – will do Delivery Group will oversee", "in-progress"],
  ["Not yet (old one in existence badly in need of refresh)", "not-started"],
  ["Not yet", "not-started"],
  ["No – TOR-PCT", "not-started"],
  ["No-PCT", "not-started"],
  ["Will do", "not-started"],
  ["Will be", "not-started"],
  ["Will", "not-started"],
  ["Awaits County", "blocked"],
  ["Awaits County ISA", "blocked"],
  ["Probably – awaits County", "blocked"],
  ["Yes – awaits County commissioning process", "blocked"],
  ["PCTIs Missing", "unknown"],
  ["Cllr SHawke", "unknown"],
  ["They Are", "unknown"],
  ["They will be", "unknown"],
  ["Need to identify Terms of Reference (TOR), include arrangements if not already there", "unknown"],
  ["Check to be carried out when refreshment process plan and during Strategic Assessment process", "unknown"],
  ["Carol Rooke and Sandra Hawke attend", "unknown"],
  ["TOR", "unknown"],
  ["No current problems", "unknown"],
  ["Need to introduce one as part of the refresh process of the Partnership Plan.", "unknown"],
  ["Via Problem-solving", "unknown"],
  ["In community plan", "unknown"],
  ["Within certain bounds", "unknown"],
  ["Neighbourhood Teams", "unknown"],
  ["Need to find out", "unknown"],
  ["Monthly", "unknown"],
  ["Noted – additional question, ‘Have your opinions been surveyed in the last 12 months, if yes by who and what about?’", "unknown"],
  ["Noted", "unknown"],
  ["IAG to be involved", "unknown"],
  ["Measurements identified and method of collating and presenting decided", "unknown"],
  ["County", "unknown"],
  ["This will be in the Delivery Plan", "unknown"],
  ["Measures identified and assessed how will be used etc.", "unknown"],
  ["See Delivery Plan", "unknown"],
  ["See Delivery Plan See Delivery Plan", "unknown"],
  ["Delivery Group Within the limits of our resources", "unknown"],
  ["Performance Management Regime in TOR", "unknown"],
  ["Performance Management – TOR", "unknown"],
  ["See Community Plan", "unknown"],
  ["It uses simplified language, but arrangements for multilingual and voice versions have not been made", "unknown"],
  ["See surveys", "unknown"],
  ["PRIME", "unknown"],
  ["CSP needs an Input after simplified NIM is produced", "unknown"],
  ["Included when commissioned", "unknown"],
  ["Problems solving methodology", "unknown"],
];

describe("seed 002 — each distinct Developments answer", () => {
  test.each(SEED_002_ANSWERS)("%j → %s", (text, state) => {
    expect(parseStatus(text).state).toBe(state);
  });
});

/** Whole 002 Developments cells holding several checklist answers, as extracted (with HTML). */
describe("seed 002 — multi-answer Developments cells", () => {
  test.each<[string, StatusState, number | null]>([
    ["<p>Not yet (old one in existence badly in need of refresh)</p> <p>Not yet</p> <p>Probably – awaits County</p> <p>Yes</p>", "in-progress", 0.25],
    ["<p>TOR</p> <p>Will do</p> <p>No current problems</p>", "not-started", 0],
    ["<p>Yes</p> <p>No – TOR-PCT</p>", "in-progress", 0.5],
    ["<p>Need to introduce one as part of the refresh process of the Partnership Plan.</p> <p>TOR</p> <p>In place (Internet, publications, via SNS if applicable)</p> <p>In place</p> <p>In place</p> <p>Will do</p> <p>Via Problem-solving</p> <p>It does – ASB being the biggest issue</p> <p>In community plan</p> <p>Yes</p> <p>Within certain bounds</p> <p>They will be</p> <p>Neighbourhood Teams</p> <p>Need to find out</p> <p>Improving – CDW and SNT</p> <p>Improving – specialist BME worker appointed</p>", "in-progress", 0.313],
    ["<p>Noted</p> <p>Noted</p> <p>Noted</p>", "unknown", null],
    ["<p>Yes</p> <p>Yes (SARA-PRIME)</p> <p>Yes (Partnership Plan)</p> <p>Yes (See intro in Partnership Plan)</p> <p>Yes</p>", "complete", 1],
    ["<p>Yes</p> <p>Yes</p>", "complete", 1],
    ["<p>Yes – CDRP meeting discussed priorities and which to escalate Awaits County</p> <p>Yes</p> <p>Awaits County</p> <p>Yes (PPO, YISP)</p>", "in-progress", 0.6],
    ["<p>Measurements identified and method of collating and presenting decided</p> <p>County</p> <p>Yes – awaits County commissioning process</p>", "blocked", null],
    ["<p>Yes Yes Yes</p> <p>It uses simplified language, but arrangements for multilingual and voice versions have not been made</p> <p>See surveys</p>", "in-progress", 0.6],
    ["<p>PRIME</p> <p>Yes (ASB, PPO, DVF, CDAG, JAG) Needs work – (Chair, Minutes, Management arrangements) Yes (Delivery group and JAG) Yes – (PRIME, CREW) Yes</p>", "in-progress", 0.667],
    ["<p>Yes-(JAG)</p> <p>Yes-(JAG)</p> <p>Performance Management – TOR</p> <p>Yes</p> <p>CSP needs an Input after simplified NIM is produced</p>", "in-progress", 0.6],
    ["<p>Will do</p> <p>Included when commissioned</p> <p>Yes</p> <p>Yes</p> <p>Yes</p> <p>Will be</p> <p>Problems solving methodology</p> <p>Yes</p> <p>Yes</p> <p>Will</p> <p>Will</p>", "in-progress", 0.455],
    // Single paragraphs with answers run together.
    ["<p>Yes No-PCT</p>", "in-progress", 0.5],
    ["<p>Yes Yes</p>", "complete", 1],
    ["<p>Yes Yes Yes</p>", "complete", 1],
    ["<p>Yes Yes – will do Delivery Group will oversee</p>", "in-progress", 0.5],
    ["<p>See Delivery Plan See Delivery Plan</p>", "unknown", null],
    ["<p>Delivery Group Within the limits of our resources</p>", "unknown", null],
    ["<p>Awaits County ISA</p>", "blocked", null],
    ["<p>Yes-(JAG)</p>", "complete", 1],
  ])("%j → %s (fraction %p)", (text, state, fraction) => {
    const s = parseStatus(text);
    expect(s.state).toBe(state);
    expect(s.fraction).toBe(fraction);
    expect(s.text).toBe(text);
  });

  test("a mixed cell says so in its reading", () => {
    expect(parseStatus("Yes\nNo – TOR-PCT").reading).toBe("mixed answers (2 answers: 1 complete, 1 not started): read as in progress");
  });
});

// Reads the seed itself when it is on this machine, so a new answer in the seed cannot go untested.
const SEED_DIR = process.env.PLANCHECK_SEEDS ?? "/work/shared/seeds";
const seed002 = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).find((f) => f.startsWith("002_")) : undefined;
(seed002 ? describe : describe.skip)("seed 002 file — every answer in the Developments column is in the table above", () => {
  test("all covered", () => {
    const listed = new Set(SEED_002_ANSWERS.map(([t]) => t));
    const missing: string[] = [];
    for (const line of readFileSync(join(SEED_DIR, seed002 ?? ""), "utf8").split("\n")) {
      const cells = line.split("\t").filter((c) => c.trim() !== "");
      if (line.split("\t").length < 3 || cells.length < 2) continue;
      const developments = cells[cells.length - 1];
      if (developments === "Developments") continue;
      for (const answer of splitLines(developments).flatMap(splitAnswers)) if (!listed.has(answer)) missing.push(answer);
    }
    expect(missing).toEqual([]);
  });
});

// ── the vocabulary ──────────────────────────────────────────────────────────────────────────────

describe("complete", () => {
  test.each(["✓", "✔", "☑", "Yes", "yes", "YES", "Y", "y", "Done", "Complete", "Completed", "Achieved", "In place", "Met", "Finished", "Closed", "Delivered", "100%", "100 %", "Completed Nov 07", "CDRPIs Strategic Group Completed Nov 07", "Strategy completed November 2007", "Report completed 03/11/07", "Group completed in 2008", "It did", "Blue", "Yes.", "  yes  ", "Completed Nov 07 – report to board", "Yes (Strategic Assessment requirements)", "Yes – CDRP meeting discussed priorities", "In place (Internet, publications…)", "Met – see minutes", "✓ signed 2009"])(
    "%j",
    (text) => {
      const s = parseStatus(text);
      expect(s.state).toBe("complete");
      expect(s.fraction).toBe(1);
    },
  );
});

describe("in progress", () => {
  test.each<[string, number | null]>([
    ["Partial", null],
    ["Partially", null],
    ["Partly", null],
    ["In progress", null],
    ["In-progress", null],
    ["in-progress", null], // as PLAN.STATUS and `plancheck flags` write the state
    ["In process of completion", null],
    ["Underway", null],
    ["Under way", null],
    ["Started", null],
    ["On track", null],
    ["On target", null],
    ["Ongoing", null],
    ["On going", null],
    ["Improving…", null],
    ["Improving...", null],
    ["Needs work", null],
    ["Needs work – (Chair, Minutes)", null],
    ["Partial – efforts continue", null],
    ["1%", 0.01],
    ["60%", 0.6],
    ["99%", 0.99],
    ["12.5%", 0.125],
    ["60% – on track", 0.6],
    ["Yes – will do", null],
    ["Yes, but will be reviewed", null],
  ])("%j (fraction %p)", (text, fraction) => {
    const s = parseStatus(text);
    expect(s.state).toBe("in-progress");
    expect(s.fraction).toBe(fraction);
  });

  test.each<[string, "red" | "amber" | "green"]>([
    ["Green", "green"],
    ["Amber", "amber"],
    ["Red", "red"],
    ["G", "green"],
    ["A", "amber"],
    ["R", "red"],
    ["RED", "red"],
    ["Amber – slipping", "amber"],
    ["Green (on track)", "green"],
    ["Delayed", "amber"],
    ["Behind schedule", "amber"],
    ["Slipped", "amber"],
  ])("%j carries rag %s", (text, rag) => {
    const s = parseStatus(text);
    expect(s.state).toBe("in-progress");
    expect(s.state === "in-progress" && s.rag).toBe(rag);
  });

  test("plain in-progress texts carry no rag", () => {
    expect(parseStatus("Partial")).toEqual({ state: "in-progress", text: "Partial", fraction: null });
  });
});

describe("not started", () => {
  test.each(["Not started", "Not-started", "not-started", "Not yet", "Not yet (old one in existence…)", "Not yet started", "Not done", "----", "---", "--", "-", "–", "No", "no", "N", "No.", "No – TOR-PCT", "No-PCT", "No (see note)", "Will do", "Will be", "Will", "To do", "To be done", "Planned", "Not due", "Not yet due", "0%", "✗"])(
    "%j",
    (text) => {
      const s = parseStatus(text);
      expect(s.state).toBe("not-started");
      expect(s.fraction).toBe(0);
    },
  );
});

describe("blocked", () => {
  test.each(["Awaits", "Awaits County", "Awaiting funding decision", "Awaits County ISA", "Probably – awaits County", "Waiting for County", "On hold", "Blocked", "Stalled", "Paused", "Suspended", "Yes – awaits County commissioning process"])("%j", (text) => {
    expect(parseStatus(text)).toMatchObject({ state: "blocked", fraction: null });
  });
});

describe("cancelled", () => {
  test.each(["Cancelled", "Canceled", "Withdrawn", "No longer required", "No longer needed", "Deleted", "Superseded", "Superseded by the 2010 plan", "Dropped"])("%j", (text) => {
    expect(parseStatus(text)).toMatchObject({ state: "cancelled", fraction: null });
  });
});

describe("none", () => {
  test.each(["", " ", "\t\n ", "<p></p>", "<p> </p> <p>&nbsp;</p>", "N/A", "n/a", "N.A.", "NA", "Not applicable", "Not applicable – county function"])("%j", (text) => {
    expect(parseStatus(text)).toMatchObject({ state: "none", fraction: null });
  });

  test("N/A says how it was read", () => {
    expect(parseStatus("N/A").reading).toMatch(/not applicable/);
  });
});

describe("unknown", () => {
  test.each(["Noted", "See Delivery Plan", "TOR", "PRIME", "Monthly", "Neighbourhood Teams", "Within certain bounds", "They are", "x", "X", "TBC", "To be confirmed", "?", "2010-03-31", "Complete by March 2010", "150%"])("%j", (text) => {
    expect(parseStatus(text)).toMatchObject({ state: "unknown", fraction: null });
  });
});

describe("near misses: words that only look like a state", () => {
  test.each<Row>([
    ["Nominated lead in place", "unknown"],
    ["Nominated", "unknown"],
    ["Not applicable", "none"],
    ["No current problems", "unknown"],
    ["No issues", "unknown"],
    ["Notes attached", "unknown"],
    ["Yesterday's meeting agreed it", "unknown"],
    ["Yet to start", "unknown"],
    ["Donor funding sought", "unknown"],
    ["Completion due March", "unknown"],
    ["Metropolitan Police to lead", "unknown"],
    ["Met Police to lead", "unknown"],
    ["Willing partners identified", "unknown"],
    ["Redesign of the service", "unknown"],
    ["Greenwich pilot", "unknown"],
    ["Amberley parish", "unknown"],
    ["Started", "in-progress"],
    ["Restarted", "unknown"],
    ["Partnership Plan", "unknown"],
    ["Ongoing review", "in-progress"],
    ["Review Completed", "unknown"],
    ["Its done", "unknown"],
    ["Placed on website", "unknown"],
    ["Inplace", "unknown"],
    ["Awaitsing", "unknown"],
    ["Blockade", "unknown"],
    ["Planning stage", "unknown"],
    ["Willow Road project", "unknown"],
    ["Yes/No", "unknown"],
    ["Yes – No further action", "complete"],
  ])("%j → %s", (text, state) => expect(parseStatus(text).state).toBe(state));
});

describe("normalising", () => {
  test.each<Row>([
    ["<b>Yes</b>", "complete"],
    ["<p><b>Not yet</b></p>", "not-started"],
    ["<p>Awaits&nbsp;County</p>", "blocked"],
    ["Done &amp; dusted", "complete"],
    ["  IN   PROGRESS  ", "in-progress"],
    ["Completed!!", "complete"],
    ["Partial;", "in-progress"],
    ["No —  see note", "not-started"],
    ["• Yes", "complete"],
    ["1. Yes", "complete"],
  ])("%j → %s", (text, state) => expect(parseStatus(text).state).toBe(state));

  test.each<[string, string]>([
    ["  Completed   Nov 07. ", "completed nov 07"],
    ["No – TOR‑PCT", "no - tor-pct"],
    ["Improving…", "improving"],
    ["‘Quoted’", "'quoted'"],
  ])("normaliseAnswer(%j) = %j", (text, expected) => expect(normaliseAnswer(text)).toBe(expected));

  test("splitLines honours paragraphs, <br>, <li> and newlines, and decodes entities", () => {
    expect(splitLines("<p>Yes</p> <p>No &amp; never</p>")).toEqual(["Yes", "No & never"]);
    expect(splitLines("Yes<br/>No<br>Will do")).toEqual(["Yes", "No", "Will do"]);
    expect(splitLines("<ul><li>Yes</li><li>Partial</li></ul>")).toEqual(["Yes", "Partial"]);
    expect(splitLines("Yes\r\nNo\n\nWill")).toEqual(["Yes", "No", "Will"]);
    expect(splitLines("a < b and c > d")).toEqual(["a < b and c > d"]);
  });

  test.each<[string, string[]]>([
    ["Yes No-PCT", ["Yes", "No-PCT"]],
    ["Yes Yes – will do Delivery Group will oversee", ["Yes", "Yes – will do Delivery Group will oversee"]],
    ["Yes – CDRP meeting discussed priorities and which to escalate Awaits County", ["Yes – CDRP meeting discussed priorities and which to escalate", "Awaits County"]],
    ["Yes – No further action", ["Yes – No further action"]],
    ["Yes. No further action", ["Yes. No further action"]],
    ["CDRPIs Strategic Group Completed Nov 07", ["CDRPIs Strategic Group Completed Nov 07"]],
    ["Delivery Group Within the limits of our resources", ["Delivery Group Within the limits of our resources"]],
    ["Not yet Yes", ["Not yet", "Yes"]],
    ["Nominated Yes", ["Nominated Yes"]],
    ["yes no", ["yes no"]],
    // The boundary: the whitespace (all of it) after a letter, digit, ")" or "]" and before an opener
    // that is a whole word; the character before it stays with the answer it ends.
    ["Yes (TOR) No", ["Yes (TOR)", "No"]],
    ["Yes [see notes]\t No", ["Yes [see notes]", "No"]],
    ["Partial 50 Not yet", ["Partial 50", "Not yet"]],
    ["Yes No Yes Awaiting County", ["Yes", "No", "Yes", "Awaiting County"]],
    ["Yes  Not   yet", ["Yes", "Not   yet"]],
    ["Yes, No", ["Yes, No"]],
    ["Yes – No", ["Yes – No"]],
    ["Yes (No)", ["Yes (No)"]],
    ["Yes Nothing", ["Yes Nothing"]],
    ["Yes No.", ["Yes", "No."]],
    ["Yes Y No", ["Yes Y", "No"]],
    ["No Yes ", ["No", "Yes "]],
  ])("splitAnswers(%j)", (line, expected) => expect(splitAnswers(line)).toEqual(expected));
});

describe("combining several answers", () => {
  test.each<[string, StatusState, number | null]>([
    ["Yes\nYes", "complete", 1],
    ["Not yet\nNo", "not-started", 0],
    ["Awaits County\nAwaits PCT", "blocked", null],
    ["Not yet\nAwaits County", "blocked", null],
    ["Not yet\nNoted", "not-started", 0],
    ["Yes\nNoted", "in-progress", 0.5],
    ["Noted\nTOR", "unknown", null],
    ["Partial\nPartial", "in-progress", null],
    ["40%\n60%", "in-progress", 0.5],
    ["Partial\nNoted", "in-progress", null],
    ["Yes\n50%\nNo", "in-progress", 0.5],
    ["Yes\nN/A", "complete", 1],
    ["N/A\nN/A", "none", null],
    ["Withdrawn\nN/A", "cancelled", null],
    ["Withdrawn\nYes", "complete", 1],
    ["Yes\nPartial", "in-progress", 0.5],
  ])("%j → %s (fraction %p)", (text, state, fraction) => {
    const s = parseStatus(text);
    expect(s.state).toBe(state);
    expect(s.fraction).toBe(fraction);
    expect(s.text).toBe(text);
  });

  test("rag of combined in-progress answers is the worst written", () => {
    const s = parseStatus("Green\nAmber\nGreen");
    expect(s.state === "in-progress" && s.rag).toBe("amber");
  });
});

// ── cells ───────────────────────────────────────────────────────────────────────────────────────

describe("statusFromCell", () => {
  test.each<[Cell, StatusState, number | null]>([
    [{ kind: "empty" }, "none", null],
    [{ kind: "text", value: "Partial" }, "in-progress", null],
    [{ kind: "text", value: "  " }, "none", null],
    [{ kind: "number", value: 0 }, "not-started", 0],
    [{ kind: "number", value: 1 }, "complete", 1],
    [{ kind: "number", value: 0.6 }, "in-progress", 0.6],
    [{ kind: "number", value: 0.005 }, "in-progress", 0.005],
    [{ kind: "number", value: 1.5 }, "in-progress", 0.015],
    [{ kind: "number", value: 60 }, "in-progress", 0.6],
    [{ kind: "number", value: 100 }, "complete", 1],
    [{ kind: "number", value: 101 }, "unknown", null],
    [{ kind: "number", value: -0.5 }, "unknown", null],
    [{ kind: "number", value: Number.NaN }, "unknown", null],
    [{ kind: "boolean", value: true }, "complete", 1],
    [{ kind: "boolean", value: false }, "not-started", 0],
    [{ kind: "date", value: "2009-11-01" }, "unknown", null],
    [{ kind: "error", value: "#N/A" }, "unknown", null],
  ])("%j → %s (fraction %p)", (cell, state, fraction) => {
    const s = statusFromCell(cell);
    expect(s.state).toBe(state);
    expect(s.fraction).toBe(fraction);
  });

  test("text keeps the cell as written", () => {
    expect(statusFromCell({ kind: "number", value: 60 }).text).toBe("60");
    expect(statusFromCell({ kind: "boolean", value: true }).text).toBe("TRUE");
    expect(statusFromCell({ kind: "text", value: " Yes " }).text).toBe(" Yes ");
    expect(statusFromCell({ kind: "number", value: 60 }).reading).toBe("the number 60 read as 60%");
  });
});

describe("createStatusParser", () => {
  const cells: Cell[] = [
    { kind: "text", value: "✓" },
    { kind: "text", value: "Partial" },
    { kind: "empty" },
    { kind: "number", value: 0.25 },
    { kind: "boolean", value: false },
    { kind: "text", value: "<p>Yes</p> <p>No – TOR-PCT</p>" },
  ];

  test("agrees with statusFromCell", () => {
    const parse = createStatusParser();
    for (const c of cells) expect(parse(c)).toEqual(statusFromCell(c));
  });

  test("caches per text: the same frozen object for the same text", () => {
    const parse = createStatusParser();
    const a = parse({ kind: "text", value: "Partial" });
    const b = parse({ kind: "text", value: "Partial" });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  test("the cache is bounded: it starts again when full", () => {
    const parse = createStatusParser({ cacheSize: 2 });
    const first = parse({ kind: "text", value: "Yes" });
    parse({ kind: "text", value: "No" });
    expect(parse({ kind: "text", value: "Yes" })).toBe(first);
    parse({ kind: "text", value: "Partial" }); // full: cleared, then cached
    const again = parse({ kind: "text", value: "Yes" });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test("a million cells parse quickly", () => {
    const parse = createStatusParser();
    const texts = ["✓", "Partial", "----", "Yes", "Completed Nov 07 – report to board", "Noted", "Awaits County", "60%"];
    const t0 = Date.now();
    let complete = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const value = texts[i % texts.length] + (i % 10 === 0 ? ` ${i % 20_000}` : "");
      if (parse({ kind: "text", value }).state === "complete") complete++;
    }
    expect(complete).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe("the rule table", () => {
  test("every rule is anchored at the start except the 'completed <date>' rule", () => {
    const unanchored = STATUS_RULES.filter((r) => !r.pattern.source.startsWith("^")).map((r) => r.state);
    expect(unanchored).toEqual(["complete"]);
  });

  test("rules are not global or sticky (test() must not keep state)", () => {
    for (const r of STATUS_RULES) expect(r.pattern.global || r.pattern.sticky).toBe(false);
  });
});
