import { IndicatorRating, Period } from "../model";
import { formatPeriod, formatYear, periodIndex, samePeriod } from "../periods";
import { ChartPart, SeriesStyle, lineChartXml } from "./chart-xml";
import { chartData } from "./chart-data";
import { Block, PAGE_WIDTH, chartParagraph } from "./blocks";
import { excelNumberFormat, figureFormat, formatFigure } from "../format";
import { joinAnd } from "../words";
import { indicatorName } from "./partnership-data";
import { targetAt } from "../profile";
import { periodsShown, unitNote } from "./periods-shown";

// One chart per indicator with two or more figures: its actuals by period, its targets and its
// baseline, as a native Word line chart (chart-xml.ts) carrying them as its workbook (chart-data.ts),
// with alt text that says the same in words.

const ACTUAL = "1F3864";
const TARGET = "C55A11";
const BASELINE = "7F7F7F";
/** Twentieths of a point to EMUs (English Metric Units, 635 to the twip). */
const EMU_PER_TWIP = 635;
const HEIGHT_EMU = 2_340_000; // 6.5 cm

export interface IndicatorChart {
  chart: ChartPart;
  /** How many figures it plots (baseline included). */
  figures: number;
}

/** The chart of one indicator, or null when it has fewer than two figures to show. */
export function indicatorChart(rating: IndicatorRating, reporting: Period | null): IndicatorChart | null {
  const { indicator } = rating;
  const periods = periodsShown(indicator, reporting);
  const format = figureFormat(indicator);
  // Exactly the category's period: a year and its Q4 are categories of their own here.
  const valueAt = (values: typeof indicator.actuals, p: Period) => values.find((v) => v.value !== null && samePeriod(v.period, p))?.value ?? null;
  // Actuals after the reporting period are not shown (nor rated); targets run to the end of its year.
  const actuals = periods.map((p) => (reporting === null || periodIndex(p) <= periodIndex(reporting) ? valueAt(indicator.actuals, p) : null));
  // A cumulative count's quarters are plotted against the annual target's profile where the sheet gives no quarterly target.
  const profiled = periods.map((p) => targetAt(indicator, p, indicator.targets.find((v) => v.value !== null && samePeriod(v.period, p)) ?? null));
  const targets = profiled.map((t) => t?.value ?? null);
  const baseline = indicator.baseline !== null && Number.isFinite(indicator.baseline) ? indicator.baseline : null;
  const count = (vs: (number | null)[]) => vs.filter((v) => v !== null).length;
  const figures = count(actuals) + count(targets) + (baseline === null ? 0 : 1);
  if (figures < 2) return null;

  // Among quarters, a year's figure stands where the year ends (its Q4), as a point of its own:
  // never a later period, and never joined by one line to the quarters (a cumulative count's year
  // total is not the next quarter).
  const quarterly = periods.some((p) => p.kind === "quarter");
  const slots = quarterly ? quarterSlots(periods) : periods;
  const at = (values: (number | null)[], kind: Period["kind"]) =>
    slots.map((slot) => {
      const i = periods.findIndex((p) => p.kind === kind && periodIndex(p) === periodIndex(slot));
      return i < 0 ? null : values[i];
    });
  const categories = slots.map((slot) => (quarterly && slot.kind === "quarter" && slot.quarter === 4 && periods.some((p) => p.kind === "year" && p.year === slot.year) ? `${formatYear(slot.year)} year end` : formatPeriod(slot)));
  const series: { name: string; values: (number | null)[] }[] = [];
  const styles: SeriesStyle[] = [];
  const targetName = profiled.some((t) => t?.profileOf) ? "Target (profiled)" : "Target";
  const add = (name: string, values: (number | null)[], colour: string, dash: string, marker: SeriesStyle["marker"], noLine = false) => {
    if (count(values) === 0) return;
    series.push({ name, values });
    styles.push({ colour, dash, marker, ...(noLine ? { noLine } : {}) });
  };
  if (quarterly) {
    add("Actual", at(actuals, "quarter"), ACTUAL, "solid", "circle");
    add("Actual (year)", at(actuals, "year"), ACTUAL, "solid", "square", true);
    add(targetName, at(targets, "quarter"), TARGET, "dash", "diamond");
    add("Target (year)", at(targets, "year"), TARGET, "dash", "diamond", true);
  } else {
    add("Actual", actuals, ACTUAL, "solid", "circle");
    add(targetName, targets, TARGET, "dash", "diamond");
  }
  if (baseline !== null) add("Baseline", categories.map(() => baseline), BASELINE, "sysDot", "none");

  const title = indicatorName(rating);
  // The whole title: the chart wraps it, never cuts it.
  const data = chartData(categories, series, excelNumberFormat(format));
  const xml = lineChartXml({ title, data, styles, valueAxisTitle: unitNote(indicator) ?? undefined });
  const say = (v: number | null, p: Period, word: "in" | "for") => (v === null ? null : `${formatFigure(v, format)} ${word} ${formatPeriod(p)}`);
  const actualWords = periods.map((p, i) => say(actuals[i], p, "in")).filter((s): s is string => s !== null);
  const targetWords = periods.map((p, i) => say(targets[i], p, "for")).filter((s): s is string => s !== null);
  const polarity = indicator.polarity === "higher" ? " Higher is better." : indicator.polarity === "lower" ? " Lower is better." : "";
  const description =
    `Line chart of ${title}.` +
    (actualWords.length ? ` Actual: ${joinAnd(actualWords)}.` : " No actual yet.") +
    (targetWords.length ? ` ${targetName}: ${joinAnd(targetWords)}.` : " No target.") +
    (baseline !== null ? ` Baseline: ${formatFigure(baseline, format)}.` : "") +
    polarity;
  return {
    chart: { xml, data, name: `Chart of ${indicator.ref}`, description, widthEmu: PAGE_WIDTH * EMU_PER_TWIP, heightEmu: HEIGHT_EMU },
    figures,
  };
}

/** The chart as a block of its own (a paragraph holding the drawing), or nothing. */
export function chartBlock(rating: IndicatorRating, reporting: Period | null): Block[] {
  const made = indicatorChart(rating, reporting);
  return made ? [chartParagraph(made.chart)] : [];
}

/** Every quarter from the first period shown to the last (a year as its fourth quarter), so a gap is a gap. */
function quarterSlots(periods: readonly Period[]): Period[] {
  const first = Math.min(...periods.map(periodIndex));
  const last = Math.max(...periods.map(periodIndex));
  const slots: Period[] = [];
  for (let i = first; i <= last; i++) slots.push({ kind: "quarter", year: Math.floor(i / 4), quarter: ((i % 4) + 1) as 1 | 2 | 3 | 4 });
  return slots;
}
