/**
 * The completion-by-district chart on the Summary sheet. exceljs cannot write charts, so the chart is
 * added to the written package: xl/charts/chartN.xml (a clustered column chart over the Summary's
 * District and Completion % cells, with cached values), xl/drawings/drawingN.xml anchoring it, their
 * relationships, the sheet's <drawing r:id> element and the content types.
 */
import { sheetPrefix } from "./formulas";
import { addContentType, addRelationship, escapeAttr, escapeText, freePart, REL_NS } from "./ooxml";
import type { Package } from "./package";
import type { SummaryLayout } from "./summarySheet";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_CHART = `${REL_NS}/chart`;
const REL_DRAWING = `${REL_NS}/drawing`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

export const CHART_TITLE = "Completion by district";

/** "'My sheet'!$A$2:$A$4" */
function absRange(sheet: string, column: string, first: number, last: number): string {
  const name = sheetPrefix(sheet);
  return first === last ? `${name}$${column}$${first}` : `${name}$${column}$${first}:$${column}$${last}`;
}

export function chartXml(s: SummaryLayout): string {
  const n = s.categories.length;
  const cats = s.categories.map((c, i) => `<c:pt idx="${i}"><c:v>${escapeText(c)}</c:v></c:pt>`).join("");
  const vals = s.values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${REL_NS}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${escapeText(absRange(s.sheet, s.valueColumn, 1, 1))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeText(s.valueHeader)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escapeText(absRange(s.sheet, s.categoryColumn, s.firstRow, s.lastRow))}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeText(absRange(s.sheet, s.valueColumn, s.firstRow, s.lastRow))}</c:f><c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="80"/>` +
    `<c:axId val="111111111"/><c:axId val="222222222"/>` +
    `</c:barChart>` +
    `<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="0.25"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `</c:chartSpace>`
  );
}

/** The drawing that anchors the chart: to the right of the Summary table, wider with more districts. */
export function drawingXml(s: SummaryLayout, chartRelId: string, fromCol: number): string {
  const width = Math.max(8, Math.min(40, Math.ceil(s.categories.length * 0.8) + 2));
  const anchor = (tag: string, col: number, row: number): string =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    anchor("from", fromCol, 1) +
    anchor("to", fromCol + width, 21) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(CHART_TITLE)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${REL_NS}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
    `</xdr:wsDr>`
  );
}

/** Elements that come after <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Inserts <drawing r:id> where the schema wants it: after headerFooter and the like, before legacyDrawing and tableParts. */
export function insertDrawing(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the Summary sheet already has a drawing");
  const el = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${name}[\\s/>]`).exec(sheetXml);
    if (m && m.index < at) at = m.index;
  }
  if (at < 0) throw new Error("the Summary sheet XML has no </worksheet>");
  return sheetXml.slice(0, at) + el + sheetXml.slice(at);
}

/** Adds the completion chart to the Summary sheet of a written package. No districts, no chart. */
export function addCompletionChart(pkg: Package, summary: SummaryLayout, sheetPart: string, fromCol: number): void {
  if (summary.categories.length === 0) return;
  const chartPart = freePart(pkg, "xl/charts", "chart");
  const drawingPart = freePart(pkg, "xl/drawings", "drawing");
  pkg.set(chartPart, chartXml(summary));
  const chartRel = addRelationship(pkg, drawingPart, REL_CHART, `../charts/${chartPart.split("/").pop()}`);
  pkg.set(drawingPart, drawingXml(summary, chartRel, fromCol));
  const drawingRel = addRelationship(pkg, sheetPart, REL_DRAWING, `../drawings/${drawingPart.split("/").pop()}`);
  let sheetXml = pkg.text(sheetPart);
  if (!/<worksheet\b[^>]*\sxmlns:r="/.test(sheetXml)) sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
  pkg.set(sheetPart, insertDrawing(sheetXml, drawingRel));
  addContentType(pkg, chartPart, CT_CHART);
  addContentType(pkg, drawingPart, CT_DRAWING);
}
