/**
 * Prints every non-empty row of a workbook or CSV file as the reader sees it: `sheet!row | A=… | B=…`.
 * Used to write the answer keys by hand from the cells (never runs PlanCheck's analysis).
 * Usage: npx tsx test/real-corpus/keygen/dump.ts FILE [maxRows]
 */
import { readWorkbook } from "../../../src/workbook/readWorkbook";
import { cellText, type Cell } from "../../../src/model/grid";

function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function show(cell: Cell): string {
  const t = cellText(cell).replace(/\s+/g, " ");
  const short = t.length > 70 ? `${t.slice(0, 70)}…` : t;
  return cell.kind === "date" ? `[d]${short}` : cell.kind === "number" ? `[n]${short}` : short;
}

async function main(): Promise<void> {
  const [file, max] = process.argv.slice(2);
  const res = await readWorkbook(file, { timeoutMs: 120_000 });
  if (!res.ok) throw new Error(res.error.message);
  const limit = max ? Number(max) : Infinity;
  for (const g of res.book.sheets) {
    console.log(`=== sheet "${g.name}"${g.hidden ? " (hidden)" : ""} rows=${g.rows.length} merges=${g.merges.length}`);
    let n = 0;
    g.rows.forEach((row, r) => {
      const parts = row.map((c, i) => (cellText(c) === "" ? "" : `${colName(i)}=${show(c)}`)).filter(Boolean);
      if (parts.length && n++ < limit) console.log(`${g.name}!${r + 1} | ${parts.join(" | ")}`);
    });
  }
}

void main();
