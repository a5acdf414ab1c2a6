/**
 * Conditional formats PlanCheck adds: the RAG colours (as in the CLI's combined workbook) and the marks on
 * problem cells. Both are rules laid over the cells, so the officer's own formatting stays as it was
 * underneath, and removing a rule brings it back.
 */
import type { Severity } from "../../model/findings";
import { RAG_COLOURS, RAG_ORDER } from "../../workbook/combined/styles";

/** "FFFFC7CE" (ARGB, as the styles are written) → "#FFC7CE" (as Office.js takes colours). */
export const cssColour = (argb: string): string => `#${argb.slice(-6)}`;

/** Queues the five RAG rules on `range`: a cell reading red, amber, green, blue or grey gets that colour. */
export function addRagFormats(range: Excel.Range): void {
  for (const rag of RAG_ORDER) {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = cssColour(RAG_COLOURS[rag].fill);
    cf.cellValue.format.font.color = cssColour(RAG_COLOURS[rag].font);
    cf.cellValue.rule = { formula1: `="${rag}"`, operator: "EqualTo" };
  }
}

/**
 * A mark is a custom rule whose formula is always TRUE and names PlanCheck, so that PlanCheck can find its
 * own marks again in any later session (and in a copy of the sheet) and remove exactly those.
 */
export const MARK_TAG = "PlanCheck mark";

export const markFormula = (severity: Severity): string => `=ISTEXT("${MARK_TAG}: ${severity}")`;

export const isMarkFormula = (formula: unknown): boolean => typeof formula === "string" && formula.includes(MARK_TAG);

/** The marks' fills, in Excel's bad / neutral tones and the RAG blue. */
export const MARK_FILLS: Record<Severity, string> = {
  error: cssColour(RAG_COLOURS.red.fill),
  warning: cssColour(RAG_COLOURS.amber.fill),
  info: cssColour(RAG_COLOURS.blue.fill),
};
