import { writeFileSync } from "node:fs";
import { buildReturnWorkbook } from "./src/workbook/returnWorkbook";
import { builtinTemplate } from "./src/model/templates/builtins";
import ExcelJS from "exceljs";
(async () => {
  let t = Date.now();
  const bytes = await buildReturnWorkbook(builtinTemplate("generic")!);
  console.log("built", Date.now() - t, bytes.length);
  writeFileSync("/tmp/return.xlsx", bytes);
  t = Date.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as any);
  console.log("exceljs read", Date.now() - t, process.memoryUsage().rss / 1e6);
  t = Date.now();
  wb.getWorksheet("Plan")!.getRow(2).values = ["1", "Sec", "", "Do it", "Me", new Date("2027-03-31"), "Complete"];
  const out = await wb.xlsx.writeBuffer();
  console.log("exceljs write", Date.now() - t, out.byteLength, process.memoryUsage().rss / 1e6);
})();
