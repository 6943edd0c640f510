import { columnLetters, sheetCellRef } from "../grid";
import { SummarySheetWrite } from "../refresh-plan";
import { CHART_STATUSES, StatusChart } from "../summary-chart";
import { escapeText } from "./xml";

// The summary's status chart as a DrawingML chart part and the drawing part that places it on the
// sheet: the same chart the add-in draws through Office.js, with the figures cached in the part so it
// shows before any recalculation.

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export function drawingXml(chart: StatusChart, chartId: string): string {
  // Anchors count rows and columns from 0, and "to" is the cell after the last one covered.
  const marker = (tag: string, row: number, column: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", chart.from.row - 1, chart.from.column - 1) +
    marker("to", chart.to.row, chart.to.column) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Status chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${chartId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}

export function chartXml(chart: StatusChart, summary: SummarySheetWrite, sheetName: string): string {
  const first = chart.headerRow + 1;
  const range = (column: number, from: number, to: number) => {
    const letters = columnLetters(column);
    return sheetCellRef(sheetName, from === to ? `$${letters}$${from}` : `$${letters}$${from}:$${letters}$${to}`);
  };
  const value = (row: number, column: number) => summary.rows[row - 1]?.[column - 1]?.value ?? null;
  const rows = Array.from({ length: chart.lastRow - first + 1 }, (_, i) => first + i);
  const categories =
    chart.nameColumn === null
      ? ""
      : `<c:cat><c:strRef><c:f>${escapeText(range(chart.nameColumn, first, chart.lastRow))}</c:f>${strCache(rows.map((r) => String(value(r, chart.nameColumn!) ?? "")))}</c:strRef></c:cat>`;
  const series = CHART_STATUSES.map((status, i) => {
    const column = chart.greenColumn + i;
    const numbers = rows.map((r) => value(r, column));
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:strRef><c:f>${escapeText(range(column, chart.headerRow, chart.headerRow))}</c:f>${strCache([status])}</c:strRef></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${chart.fills[i]}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></c:spPr>` +
      '<c:invertIfNegative val="0"/>' +
      categories +
      `<c:val><c:numRef><c:f>${escapeText(range(column, first, chart.lastRow))}</c:f>${numCache(numbers)}</c:numRef></c:val>` +
      "</c:ser>"
    );
  }).join("");
  const axis = (tag: string, id: number, position: string, extra: string) =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/>${extra}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    axis("catAx", 500000001, "b", '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>') +
    axis("valAx", 500000002, "l", '<c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>') +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    "</c:chartSpace>"
  );
}

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numCache(values: (string | number | null)[]): string {
  const points = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}
