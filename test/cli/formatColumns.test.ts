import { analyseSheet } from "../../src/model/analyse/analyseSheet";
import { columnLines } from "../../src/cli/format/formatColumns";
import { gridOf } from "../model/gridOf";

const sheet = analyseSheet(
  gridOf([
    ["Ref", "Task", "Date", "Due Date", "Who", "Notes"],
    ["1", "Publish the plan", "01/04/2010", "30/06/2010", "Head of Policy", "x"],
  ]),
  { asOf: "2010-07-01" },
);

/** The sheet as a report without reasons says it (e.g. JSON from an older PlanCheck). */
const unexplained = { ...sheet, tables: sheet.tables.map((t) => ({ ...t, columns: t.columns.map((c) => ({ label: c.label, cell: c.cell, role: c.role })), alternatives: undefined })) };

test("with no explanation, compact: column letter, heading → role, wrapped at 120 characters under the first", () => {
  const lines = columnLines(unexplained);
  expect(lines.map((l) => l.trim()).join(" ")).toBe(
    `columns (row 1): ${sheet.tables[0].columns.map((c) => `${c.cell.replace(/\d+/, "")} ${c.label} → ${c.role ?? "ignored"}`).join(" · ")}`,
  );
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
  for (const line of lines.slice(1)) expect(line).toMatch(/^ {21}[A-Z] /);
});

test("when the analysis says why, one line per column with its reason, then the columns passed over", () => {
  const table = unexplained.tables[0];
  const explained = {
    ...unexplained,
    tables: [
      {
        ...table,
        columns: table.columns.map((c) => (c.label === "Due Date" ? { ...c, role: "due" as const, why: 'heading "Due Date" names the due date' } : c)),
        alternatives: [{ role: "due" as const, label: "Date", cell: "C1", why: '"Due Date" is more specific' }],
      },
    ],
  };
  const lines = columnLines(explained);
  expect(lines[0]).toBe("    columns (row 1):");
  expect(lines).toContain('      D   Due Date → due         heading "Due Date" names the due date');
  // A column without a reason is listed all the same, without one.
  expect(lines.find((l) => l.includes(" Ref "))).toMatch(/^ {6}A {3}Ref {6}→ ref$/);
  expect(lines[lines.length - 1]).toBe('      not due: C "Date": "Due Date" is more specific');
  expect(lines).toHaveLength(1 + table.columns.length + 1);
});

test("a second table with the same columns is not listed again", () => {
  const two = { ...sheet, tables: [sheet.tables[0], { ...sheet.tables[0], headerRow: 9 }] };
  expect(columnLines(two)).toEqual(columnLines(sheet));
  const other = { ...sheet, tables: [sheet.tables[0], { ...sheet.tables[0], headerRow: 9, columns: sheet.tables[0].columns.slice(1) }] };
  expect(columnLines(other).flatMap((l) => /columns \(row \d+\):/.exec(l) ?? [])).toEqual(["columns (row 1):", "columns (row 9):"]);
});
