import ExcelJS from "exceljs";
async function run(useTable: boolean, colStyle: boolean, formulas: boolean) {
  const t0 = Date.now();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Combined");
  const cols = 24;
  ws.columns = Array.from({length: cols}, (_, i) => ({ width: 20, style: !colStyle ? {} : i === 10 ? { numFmt: "dd/mm/yyyy" } : i===7 ? {alignment:{wrapText:true}} : {} }));
  const rows: unknown[][] = [];
  for (let r = 0; r < 100000; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      if (c === 10) row.push(new Date(Date.UTC(2010, r % 12, 1)));
      else if (c === 17 && formulas) row.push({ formula: `IF(ISNUMBER(K${r+2}),AND(INT(K${r+2})<INT(AsOf),Q${r+2}<>TRUE,N${r+2}<>"cancelled"),FALSE)`, result: r % 2 === 0 });
      else if (c === 3) row.push(r);
      else row.push(`text ${c} ${r % 500} some longer text here`);
    }
    rows.push(row);
  }
  if (useTable) ws.addTable({ name: "Combined", ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: Array.from({length: cols}, (_, i) => ({ name: `Col${i}`, filterButton: true })), rows });
  else { ws.addRow(Array.from({length: cols}, (_, i) => `Col${i}`)); for (const r of rows) ws.addRow(r); }
  const t1 = Date.now();
  const buf = await wb.xlsx.writeBuffer();
  const t2 = Date.now();
  console.log({useTable, colStyle, formulas}, "build", t1 - t0, "write", t2 - t1, "bytes", buf.byteLength, "rss", Math.round(process.memoryUsage().rss / 1e6));
}
(async () => { const [a,b,c] = process.argv.slice(2).map(x => x === "1"); await run(a,b,c); })();
