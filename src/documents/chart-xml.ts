import { ChartData, EXTERNAL_DATA, seriesData } from "./chart-data";
import { escapeXml } from "./xml";

// A native Word chart, as Word's own Insert Chart makes one: a chart part (word/charts/chartN.xml,
// DrawingML chart markup) that an inline drawing in the document points to, carrying its data as an
// embedded workbook (chart-data.ts, chart-workbook.ts) that Word's Edit Data opens. Word and
// LibreOffice draw it from the values cached in the part, so a user can restyle it (chart styles,
// colours, layout, type) as any chart of theirs.

/** How a series is drawn; its name and values are the chart's data (ChartData), in the same order. */
export interface SeriesStyle {
  colour: string;
  /** DrawingML preset dash: solid, dash, sysDash, sysDot ... */
  dash: string;
  marker: "circle" | "diamond" | "triangle" | "square" | "none";
  /** Markers alone, no line: a year's figure among quarters is a point, never joined to them. */
  noLine?: boolean;
}

export interface LineChart {
  title: string;
  /** The categories, the series' names and values, and their number format (the value axis' too). */
  data: ChartData;
  /** One a series of the data. */
  styles: SeriesStyle[];
  /** The value axis' title, such as the unit; none when empty. */
  valueAxisTitle?: string;
}

/** A chart ready to be placed: its part, and what the drawing says about it. */
export interface ChartPart {
  xml: string;
  /** What it draws: its embedded workbook holds this (package.ts). */
  data: ChartData;
  /** The drawing's name, as Word's selection pane shows it. */
  name: string;
  /** Alt text: the chart in words, for screen readers and for anyone who cannot see it. */
  description: string;
  widthEmu: number;
  heightEmu: number;
}

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const text = (size: number, bold: boolean, content: string) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(content)}</a:t></a:r></a:p></c:rich></c:tx>`;

const fontSize = (size: number) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;

function seriesXml(s: SeriesStyle, index: number, data: ChartData): string {
  const line = s.noLine
    ? `<a:ln><a:noFill/></a:ln>`
    : `<a:ln w="${s.dash === "solid" ? 28575 : 19050}" cap="rnd"><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill><a:prstDash val="${s.dash}"/><a:round/></a:ln>`;
  const marker = s.marker === "none"
    ? `<c:marker><c:symbol val="none"/></c:marker>`
    : `<c:marker><c:symbol val="${s.marker}"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></a:ln></c:spPr></c:marker>`;
  const { tx, cat, val } = seriesData(data, index);
  return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}<c:spPr>${line}</c:spPr>${marker}${cat}${val}<c:smooth val="0"/></c:ser>`;
}

/** The chart part of a line chart: categories along the bottom, values up the side, legend below. */
export function lineChartXml(chart: LineChart): string {
  const grey = `<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`;
  const axisTitle = chart.valueAxisTitle ? `<c:title>${text(800, false, chart.valueAxisTitle)}<c:overlay val="0"/></c:title>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${text(1000, true, chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    chart.styles.map((s, i) => seriesXml(s, i, chart.data)).join("") +
    `<c:marker val="1"/><c:axId val="500000001"/><c:axId val="500000002"/></c:lineChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${grey}${fontSize(800)}` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>${axisTitle}` +
    `<c:numFmt formatCode="${escapeXml(chart.data.numberFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${grey}${fontSize(800)}` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${fontSize(800)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>${EXTERNAL_DATA}` +
    `</c:chartSpace>`
  );
}

/** The run that shows the chart inline in a paragraph: `rId` is the document's relationship to the chart part. */
export function chartDrawingXml(chart: ChartPart, rId: string, drawingId: number): string {
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">` +
    `<wp:extent cx="${chart.widthEmu}" cy="${chart.heightEmu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${drawingId}" name="${escapeXml(chart.name)}" descr="${escapeXml(chart.description)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${rId}"/></a:graphicData></a:graphic>` +
    `</wp:inline></w:drawing></w:r>`
  );
}
