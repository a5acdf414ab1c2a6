import { isoToSerial } from "../../model/excelDate";
import type { DateSystem } from "../../model/grid";

const PROBE = "2010-07-01";

/**
 * Asks Excel, in the next sync, which date system the workbook uses: the worksheet function DATE(2010,7,1)
 * is 40360 in the 1900 system and 38898 in the 1904 one (old Mac workbooks). Read the answer after the sync.
 */
export function askDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(2010, 7, 1);
  probe.load("value");
  return () => (probe.value === isoToSerial(PROBE, 1904) ? 1904 : 1900);
}
