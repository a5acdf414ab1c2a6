/** A synthetic CombinedView of many rows (for timing and for the byte writer's large-sheet path). */
import type { CombinedView, FileAccount } from "../../src/model/combine/types";
import type { StatusState } from "../../src/model/status/types";
import { rowOf, summarise, type RowSpec } from "./sampleView";

const STATES: StatusState[] = ["complete", "in-progress", "not-started", "blocked", "cancelled", "none", "unknown"];
const DISTRICTS = ["Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby", "York"];

export function bigView(n: number, asOf = "2010-07-01"): CombinedView {
  const specs: RowSpec[] = [];
  for (let i = 0; i < n; i++) {
    const district = DISTRICTS[i % DISTRICTS.length];
    const state = STATES[(i * 7 + Math.floor(i / 13)) % STATES.length];
    const dated = i % 5 !== 0;
    const day = new Date(Date.UTC(2009, 0, 1) + ((i * 37) % 900) * 86_400_000).toISOString().slice(0, 10);
    specs.push({
      district,
      file: `${district} action plan 2010.xlsx`,
      row: 4 + Math.floor(i / DISTRICTS.length),
      action: `Action ${i}: deliver the agreed improvement to neighbourhood engagement in ward ${i % 97}`,
      owner: `Officer ${i % 211}`,
      dueText: dated ? day : "Ongoing",
      dueKind: dated ? "date" : "ongoing",
      dueDate: dated ? day : null,
      state,
      statusText: state === "in-progress" ? `${(i % 9) * 10 + 10}%` : state,
      fraction: state === "in-progress" ? ((i % 9) * 10 + 10) / 100 : undefined,
      colour: state === "in-progress" && i % 11 === 0 ? "red" : null,
      notes: i % 3 === 0 ? `Note for row ${i}` : null,
      extras: i % 4 === 0 ? { Budget: `£${i % 1000},000` } : {},
      section: `Section ${i % 40}`,
    });
  }
  const rows = specs.map((s) => rowOf(s, asOf, 14));
  rows.forEach((r, i) => (r.key = `${r.district.toLowerCase()}-${i.toString(16).padStart(8, "0")}`));
  const files: FileAccount[] = DISTRICTS.map((district) => {
    const file = `${district} action plan 2010.xlsx`;
    const count = rows.filter((r) => r.file === file).length;
    return { district, file, bytes: count * 100, sha256: "e".repeat(64), error: null, rowsRead: count, rowsCombined: count, rowsSkipped: 0, templates: [{ sheet: "Plan", template: "generic", score: 0.9 }] };
  });
  return {
    asOf,
    amberDays: 14,
    quarters: "calendar",
    generatedAt: "2010-07-01T09:30:00.000Z",
    version: "0.1.0-test",
    rows,
    extraColumns: ["Budget"],
    districts: summarise(rows, files, []),
    files,
    skipped: [],
    findings: [],
    changes: null,
  };
}
