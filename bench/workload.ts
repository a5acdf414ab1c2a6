import type { Cell, Grid } from "../src/model/grid";

/** Due and status texts as they appear in real plans (the seeds), plus generated dates for variety. */
const DUE_FORMS = [
  "30 April 2009", "May 2009", "October 2009", "From adoption onwards", "15 October 2009", "By end of June 2010",
  "By 30 September 2009", "By 31 March 2010", "----", "By Sept 2010", "Ongoing", "1 October 2009", "May 2009 onwards",
  "Ongoing from May 2009", "By January 2010", "By May 2010", "By October 2009", "By March 31 2010", "2009 and beyond",
  "Q2 2010", "2010", "Immediate and ongoing", "2011", "2012", "April 2010", "March 2010", "Sept 2010", "2010-2011",
  "February 2010", "Immediate", "Oct 09", "July 09", "On going", "Nov 09", "June 2009", "September 2009", "May 09", "April 09",
  "2009/10", "TBC", "",
];
const STATUS_FORMS = [
  "✓", "Partial", "----", "", "Completed Nov 07", "In process of completion", "Yes", "No", "Not yet", "Will do",
  "Awaits County", "In place", "Noted", "See Delivery Plan", "In progress", "Not started", "On hold", "Cancelled",
  "Withdrawn", "60%", "Green", "Amber", "Red", "Delayed", "Completed Nov 09 – presentation given",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A deterministic pseudo-random sequence, so every run measures the same work. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` due strings: seed forms and "d Month yyyy" dates drawn from ~`distinct` distinct values. */
export function dueStrings(count: number, distinct = 5000): string[] {
  const next = rng(1);
  const pool: string[] = [...DUE_FORMS];
  while (pool.length < distinct) {
    const y = 2008 + Math.floor(next() * 5);
    const m = Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    const forms = [`${d} ${MONTHS[m]} ${y}`, `By ${MONTHS[m]} ${y}`, `${String(d).padStart(2, "0")}/${String(m + 1).padStart(2, "0")}/${y}`, `Q${1 + (m % 4)} ${y}`];
    pool.push(forms[Math.floor(next() * forms.length)]);
  }
  return Array.from({ length: count }, () => pool[Math.floor(next() * pool.length)]);
}

export function statusStrings(count: number): string[] {
  const next = rng(2);
  return Array.from({ length: count }, () => STATUS_FORMS[Math.floor(next() * STATUS_FORMS.length)]);
}

const text = (value: string): Cell => (value === "" ? { kind: "empty" } : { kind: "text", value });

/** A plan sheet with a title row, a header row and `rows` action rows in the generic layout. */
export function bigPlanGrid(rows: number): Grid {
  const dues = dueStrings(rows);
  const statuses = statusStrings(rows);
  const owners = ["Head of Policy and Partnerships, NYCC", "Implementation Group", "North Yorkshire Police", "CSDP Marketing Officer"];
  const cells: Cell[][] = [[text("District action plan")], [], ["Action", "Lead officer", "Deadline", "Status", "Notes"].map(text)];
  for (let i = 0; i < rows; i++) {
    cells.push([text(`Action number ${i + 1}: deliver the agreed improvement`), text(owners[i % owners.length]), text(dues[i]), text(statuses[i]), text("")]);
  }
  return { name: "Plan", rows: cells, merges: [], dateSystem: 1900 };
}
