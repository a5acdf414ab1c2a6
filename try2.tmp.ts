import { readWorkbook } from "./src/workbook/readWorkbook";
import { analyseBook } from "./src/model/analyse/analyseBook";
(async () => {
  const r = await readWorkbook("/tmp/return.xlsx");
  if (!r.ok) throw new Error(r.error.message);
  for (const s of analyseBook(r.book.sheets, { asOf: "2026-12-03" })) console.log(s.name, s.template?.name, s.headerRow, s.rows.length, JSON.stringify(s.tables[0]?.columns.map(c => [c.label, c.role])), s.findings.map(f => f.code + " " + f.message));
})();
