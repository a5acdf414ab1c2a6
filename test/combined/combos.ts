/** Every combination the flags depend on, and what computeFlags says for each (for the formula tests). */
import { computeFlags, isoDayNumber } from "../../src/model/flags/computeFlags";
import type { StatusState } from "../../src/model/status/types";
import { dueOf, statusOf } from "./sampleView";

const STATES: StatusState[] = ["complete", "in-progress", "not-started", "blocked", "cancelled", "none", "unknown"];
const COLOURS = [null, "red", "amber", "green"] as const;
const SETTINGS = [
  { asOf: "2010-07-01", amberDays: 14 },
  { asOf: "2012-02-29", amberDays: 0 },
  { asOf: "2009-12-31", amberDays: 30 },
  { asOf: "2011-03-31", amberDays: 1 },
];

const addDays = (iso: string, n: number): string => new Date((isoDayNumber(iso) + n) * 86_400_000).toISOString().slice(0, 10);

export interface Combo {
  asOf: string;
  amberDays: number;
  due: string | null;
  state: StatusState;
  colour: (typeof COLOURS)[number];
}

/** Every combination the flags depend on, around each setting's as-of date and amber window. */
export function combos(): Combo[] {
  const out: Combo[] = [];
  for (const { asOf, amberDays } of SETTINGS) {
    const offsets = [...new Set([-400, -31, -1, 0, 1, amberDays - 1, amberDays, amberDays + 1, 365])];
    const dues = [null, ...offsets.map((d) => addDays(asOf, d))];
    for (const due of dues) for (const state of STATES) for (const colour of COLOURS) out.push({ asOf, amberDays, due, state, colour });
  }
  return out;
}

export function expected(c: Combo): { overdue: boolean; daysOverdue: number; rag: string } {
  const status = statusOf(c.state, c.state, c.state === "in-progress" ? 0.5 : null, c.colour);
  const f = computeFlags(dueOf(c.due ? "date" : "none", c.due ?? "", c.due), status, { asOf: c.asOf, amberDays: c.amberDays });
  return { overdue: f.overdue, daysOverdue: f.daysOverdue, rag: f.rag };
}

