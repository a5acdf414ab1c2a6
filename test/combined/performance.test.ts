/**
 * Time to write a large combined workbook. By default 20,000 rows (a guard against a slow path creeping
 * back in); PLANCHECK_PERF_ROWS=100000 measures the 100,000-row case. The written file is read back with
 * PlanCheck's own reader to check every row arrived with its cached flags.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellText } from "../../src/model/grid";
import { writeCombinedXlsx } from "../../src/workbook/combined";
import { readXlsxBuffer } from "../../src/workbook/readBuffer";
import { bigView } from "./bigView";
import { tempDir } from "./helpers";

const ROWS = Number(process.env.PLANCHECK_PERF_ROWS ?? 20_000);

test(`writes ${ROWS.toLocaleString("en-GB")} rows quickly`, async () => {
  const tmp = tempDir();
  try {
    const view = bigView(ROWS);
    const out = join(tmp.dir, "big.xlsx");
    const started = performance.now();
    await writeCombinedXlsx(view, out, []);
    const ms = performance.now() - started;
    const bytes = readFileSync(out);
    console.log(`combined workbook: ${ROWS} rows written in ${Math.round(ms)} ms, ${(bytes.length / 1e6).toFixed(1)} MB`);
    // Generous: about 1 s per 20,000 rows on a 2-core machine; the exceljs writer alone takes ~5 s per 20,000.
    expect(ms).toBeLessThan(Math.max(8_000, (ROWS / 20_000) * 4_000));

    const read = await readXlsxBuffer(new Uint8Array(bytes), "big.xlsx", { timeoutMs: 120_000 });
    if (!read.ok) throw new Error(read.error.message);
    const combined = read.book.sheets.find((s) => s.name === "Combined")!;
    expect(combined.rows.length).toBe(ROWS + 1);
    const header = combined.rows[0].map((c) => cellText(c));
    const [key, rag, days] = ["Row key", "RAG", "Days overdue"].map((h) => header.indexOf(h));
    for (const i of [0, 1, Math.floor(ROWS / 2), ROWS - 1]) {
      const row = combined.rows[i + 1];
      expect([cellText(row[key]), cellText(row[rag]), cellText(row[days])]).toEqual([view.rows[i].key, view.rows[i].rag, String(view.rows[i].daysOverdue)]);
    }
  } finally {
    tmp.cleanup();
  }
}, 300_000);
