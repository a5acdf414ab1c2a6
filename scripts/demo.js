#!/usr/bin/env node
"use strict";
// `npm run demo`: runs `plancheck check` and `plancheck flags` on the bundled sample workbooks, and
// `plancheck combine` on the district variants (into the system's temp folder), as of 1 July 2010 (the plans
// date from 2009–10, so "today" would make every action overdue).
const { spawnSync } = require("node:child_process");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin", "plancheck.js");
const samples = [
  "north-yorkshire-engagement-2009-10.xlsx",
  "scrutiny-review-progress-2010.xlsx",
  "police-engagement-plan.xlsx",
  "Selby action plan 2010.xlsx",
  "Ryedale action plan 2010.csv",
].map((f) => path.join(root, "test", "fixtures", f));

const districts = ["Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby"].map((d) =>
  path.join(root, "test", "fixtures", `${d} action plan 2010.${d === "Ryedale" || d === "Scarborough" ? "csv" : "xlsx"}`),
);
const combined = path.join(os.tmpdir(), "plancheck-demo-combined.xlsx");
const runs = [
  ["check", ...samples],
  ["flags", ...samples],
  ["combine", "-o", combined, ...districts],
];
for (const [command, ...files] of runs) {
  const args = [bin, command, "--as-of", "2010-07-01", ...files];
  const shown = files.map((s) => (s.startsWith(root) ? JSON.stringify(path.relative(root, s)) : s)).join(" ");
  console.log(`\n$ plancheck ${command} --as-of 2010-07-01 ${shown}\n`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (result.error) throw result.error;
  // `check` exits 1 when a sample has errors (some are broken on purpose); only a crash or usage error fails the demo.
  if (result.status !== 0 && result.status !== 1) process.exit(result.status ?? 1);
}
