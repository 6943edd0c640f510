import { STATUS_FILL } from "../colours";
import { PartnershipRating } from "../model";
import { Block, PAGE_WIDTH, chartParagraph } from "./blocks";
import { joinAnd } from "../words";
import { escapeXml } from "./xml";
import { ChartData, EXTERNAL_DATA, chartData, seriesData } from "./chart-data";

// The covering report's one chart: Green, Amber and Red indicators by partnership, as the group asked
// for "a graphical representation" of the partnership performance model. A native Word stacked bar
// chart, placed as every chart of the papers is (blocks.ts chartParagraph, package.ts), with alt text
// that says the same in words, carrying its counts as its workbook (chart-data.ts). The Partnership
// Summary sheet draws the same counts in Excel.

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EMU_PER_TWIP = 635;
const STATUSES = ["Green", "Amber", "Red"] as const;

const richText = (size: number, bold: boolean, content: string) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="en-GB" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(content)}</a:t></a:r></a:p></c:rich></c:tx>`;
const fontSize = (size: number) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;

function seriesXml(data: ChartData, index: number): string {
  const status = STATUSES[index];
  const { tx, cat, val } = seriesData(data, index);
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}` +
    `<c:spPr><a:solidFill><a:srgbClr val="${STATUS_FILL[status]}"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr>` +
    `<c:invertIfNegative val="0"/>${cat}${val}</c:ser>`
  );
}

/** The counts as the chart's data: a partnership a category, a series a status (Green, Amber, Red). */
function statusChartData(names: string[], counts: Record<(typeof STATUSES)[number], number[]>): ChartData {
  return chartData(names, STATUSES.map((s) => ({ name: s, values: counts[s] })), "0");
}

/** The chart part: one bar per partnership, top to bottom in the scorecard's order, stacked Green, Amber, Red. */
export function statusBarChartXml(title: string, data: ChartData): string {
  const grey = `<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(1000, true, title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    STATUSES.map((_, i) => seriesXml(data, i)).join("") +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="500000011"/><c:axId val="500000012"/></c:barChart>` +
    // Categories from the top down, as the table reads (maxMin), with the value axis kept at the bottom.
    `<c:catAx><c:axId val="500000011"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${grey}${fontSize(800)}` +
    `<c:crossAx val="500000012"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000012"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:title>${richText(800, false, "Indicators")}<c:overlay val="0"/></c:title>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${grey}${fontSize(800)}` +
    `<c:crossAx val="500000011"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${fontSize(800)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>${EXTERNAL_DATA}` +
    `</c:chartSpace>`
  );
}

/** "Safer Essex: 3 Green, 1 Amber and 1 Red": the chart's alt text, one clause per partnership. */
function described(p: PartnershipRating): string {
  const parts = STATUSES.map((s) => [s, p[s.toLowerCase() as "green" | "amber" | "red"]] as const).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  return `${p.name}: ${parts.length > 0 ? joinAnd(parts) : "none rated"}`;
}

/** The chart as a block, or nothing when no partnership has a rated indicator. */
export function statusChartBlock(partnerships: readonly PartnershipRating[], asAt: string): Block[] {
  if (!partnerships.some((p) => p.green + p.amber + p.red > 0)) return [];
  const names = partnerships.map((p) => p.name);
  const counts = { Green: partnerships.map((p) => p.green), Amber: partnerships.map((p) => p.amber), Red: partnerships.map((p) => p.red) };
  const title = `Indicators by status and partnership, ${asAt}`;
  // Room for each bar: about 0.9 cm a partnership, within a page.
  const heightEmu = Math.min(9_000_000, 1_400_000 + partnerships.length * 330_000);
  const data = statusChartData(names, counts);
  return [
    chartParagraph({
      xml: statusBarChartXml(title, data),
      data,
      name: "Chart of indicators by status and partnership",
      description: `Stacked bar chart of the rated indicators of each partnership by status, ${asAt}. ${partnerships.map(described).join("; ")}.`,
      widthEmu: PAGE_WIDTH * EMU_PER_TWIP,
      heightEmu,
    }),
  ];
}
