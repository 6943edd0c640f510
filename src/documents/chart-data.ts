import { ChartSheet, chartRanges } from "../files/chart-workbook";
import { escapeXml, xmlSafe } from "./xml";

// What a chart draws, held twice in its package as Word holds it: as the values cached in the chart
// part (what Word and LibreOffice draw) and as the one sheet of the chart's embedded workbook (what
// Word's Edit Data opens; src/files/chart-workbook.ts writes it and says where each thing goes). Each
// series in the chart part names its cells with a formula (Sheet1!$B$2:$B$6) beside its cache. Both
// are written from one ChartData, so the sheet and the caches cannot disagree.

/** The categories, the series' names and values, and their number format. */
export type ChartData = ChartSheet;

/** The data as written: texts XML can hold, numbers as the chart caches them, a gap for anything not finite. */
export function chartData(categories: readonly string[], series: readonly { name: string; values: readonly (number | null)[] }[], numberFormat: string): ChartData {
  return {
    categories: categories.map(xmlSafe),
    series: series.map((s) => ({ name: xmlSafe(s.name), values: s.values.map((v) => (v === null || !Number.isFinite(v) ? null : cached(v))) })),
    numberFormat,
  };
}

/** Fifteen significant digits, as Excel keeps a number: no 0.30000000000000004 in a cache or a cell. */
function cached(value: number): number {
  return Number(value.toPrecision(15));
}

function strRef(formula: string, values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

/** A series' name, categories and values, each a reference to its cells with the cache beside it (c:tx, c:cat, c:val). */
export function seriesData(data: ChartData, index: number): { tx: string; cat: string; val: string } {
  const s = data.series[index];
  const cells = chartRanges(data, index);
  const points = s.values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return {
    tx: `<c:tx>${strRef(cells.name, [s.name])}</c:tx>`,
    cat: `<c:cat>${strRef(cells.categories, data.categories)}</c:cat>`,
    val:
      `<c:val><c:numRef><c:f>${escapeXml(cells.values)}</c:f><c:numCache><c:formatCode>${escapeXml(data.numberFormat)}</c:formatCode>` +
      `<c:ptCount val="${data.categories.length}"/>${points}</c:numCache></c:numRef></c:val>`,
  };
}

/** The id of the chart part's one relationship, to its workbook (package.ts writes the relationship). */
export const WORKBOOK_RELATIONSHIP_ID = "rId1";

/**
 * The chart part's link to its embedded workbook, as Word and PowerPoint save a chart: c:externalData
 * naming a relationship of type .../relationships/package, not updated from it on opening. It goes
 * after c:chart, c:spPr and c:txPr and before c:printSettings (CT_ChartSpace, ECMA-376 Part 1
 * §21.2.2.29 and §21.2.2.63; python-pptx's analysis page "Chart - Embedded Worksheet" shows a chart
 * saved by PowerPoint ending so).
 */
export const EXTERNAL_DATA = `<c:externalData r:id="${WORKBOOK_RELATIONSHIP_ID}"><c:autoUpdate val="0"/></c:externalData>`;
