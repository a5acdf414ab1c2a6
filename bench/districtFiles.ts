import ExcelJS from "exceljs";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { dueStrings, rng, statusStrings } from "./workload";

const DISTRICTS = [
  "Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby", "York", "Eden", "Carlisle",
  "Allerdale", "Copeland", "Barrow", "Kendal", "Wyre", "Fylde", "Pendle", "Burnley", "Hyndburn", "Rossendale",
];
const LAYOUTS = [
  ["Priority workstream", "Objective", "Timescale", "Achieved?", "Comments", "Lead organisation/ person"],
  ["Workstream", "Action", "Lead officer", "Deadline", "Status", "Notes"],
  ["Ref", "Theme", "Key action", "Responsible officer", "Target date", "RAG", "Progress update"],
];

/**
 * Writes `count` district workbooks of `rows` actions each (three header layouts, title rows, sections
 * merged down), once: later runs reuse them. Returns their paths.
 */
export async function districtFiles(dir: string, count: number, rows: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let d = 0; d < count; d++) {
    const file = path.join(dir, `${DISTRICTS[d % DISTRICTS.length]}${d >= DISTRICTS.length ? ` ${d}` : ""} action plan 2010.xlsx`);
    files.push(file);
    if (existsSync(file)) continue;
    const next = rng(100 + d);
    const dues = dueStrings(rows);
    const statuses = statusStrings(rows);
    const layout = LAYOUTS[d % LAYOUTS.length];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Action Plan");
    ws.addRow([`${DISTRICTS[d % DISTRICTS.length]} community engagement action plan 2010/11`]);
    ws.addRow([]);
    ws.addRow(layout);
    for (let i = 0; i < rows; i++) {
      const section = `Workstream ${1 + Math.floor(i / 25)}`;
      const action = `Action ${i + 1}: ${["deliver", "review", "publish", "agree"][Math.floor(next() * 4)]} the ${["protocol", "survey", "panel", "strategy"][i % 4]} for ward ${i % 37}`;
      const owner = ["Head of Policy", "LSP Co-ordinator", "Community Safety Manager", "Police Inspector"][i % 4];
      const values: Record<string, string> = {
        "Priority workstream": i % 25 === 0 ? section : "",
        Workstream: section,
        Theme: section,
        Objective: action,
        Action: action,
        "Key action": action,
        Timescale: dues[i],
        Deadline: dues[i],
        "Target date": dues[i],
        "Achieved?": statuses[i],
        Status: statuses[i],
        RAG: statuses[i],
        Comments: "",
        Notes: i % 7 === 0 ? "Update due at next board" : "",
        "Progress update": "",
        "Lead organisation/ person": owner,
        "Lead officer": owner,
        "Responsible officer": owner,
        Ref: `${d + 1}.${i + 1}`,
      };
      ws.addRow(layout.map((h) => values[h] ?? ""));
    }
    await wb.xlsx.writeFile(file);
  }
  return files;
}
