import { partnershipKey } from "../keys";
import { reviewOf } from "./review-of";
import { Analysis, CommentarySection, Period } from "../model";
import { agreementYear, formatPeriod, formatYear, periodEnd } from "../periods";
import { milestonesBetween } from "../progress";
import { Block, paragraphs, prompt, run } from "./blocks";
import { countsSentence } from "./counts";
import { ExceptionHeading } from "../exceptions";
import { Comparison, asAtWords, exceptionsOf, exceptionsSummary } from "./exception-words";
import { factSection, listedFacts, partnershipFacts, standingSummary } from "./fact-words";
import { Fill } from "./fill";
import { formatDate } from "../format";
import { overallFill, textFill, deputyFill } from "./front";
import { DocumentOptions, DocumentResult, buildPaper } from "./paper";
import { authorOf, paperDateText } from "./paper-info";
import { commentaryOf, findPartnership, ratingsOf } from "./partnership-data";
import { performanceTable } from "./performance-table";
import { MID_YEAR_REPORT_PLACEHOLDERS } from "./placeholders";
import { prgSection } from "./prg-section";
import { datedMilestonesSection, spanWords } from "./progress-sections";
import { trendsSection } from "./review-sections";
import { PaperTemplate } from "./paper-template";
import { TemplateData } from "./template-data";
import { changesSection } from "./year-changes";

// The mid-year report of one thematic partnership (the forward plan's "Thematic Partnership Mid Year
// Reports", October and November): the annual review's standard headings for the first half of the
// year. Compared with the start of the year (the end of the year before), as the engine's
// reviewPeriod allows: the changes and the exceptions are the engine's, put into words here. A
// reporting period other than Q2 gives a report as at that period, and a note that asks the author
// to set Q2 for the half-year position (docs/documents.md).

/** The start of the reporting period's year: the end of the financial year before it. */
export function startOfYear(period: Period): Period {
  return { kind: "year", year: period.year - 1 };
}

/** The rest of the reporting period's year (after its end, to 31 March); for Q4 or a year, the next six months. */
export function restOfYear(period: Period): { after: Date; upTo: Date; words: string } {
  const after = periodEnd(period);
  const yearEnd = periodEnd({ kind: "year", year: period.year });
  if (yearEnd > after) return { after, upTo: yearEnd, words: "the rest of the year" };
  return { after, upTo: periodEnd({ kind: "quarter", year: period.year + 1, quarter: 2 }), words: "the next six months" };
}

/** The note that the report is not at the half year, or nothing at Q2. */
function periodNote(period: Period): Block[] {
  if (period.kind === "quarter" && period.quarter === 2) return [];
  const q2 = `Q2 ${formatYear(period.year)}`;
  return [prompt(`This mid-year report is as at ${formatPeriod(period)}, the scorecard's reporting period, not at the middle of the year (${q2}): its figures, changes and exceptions are as at ${formatPeriod(period)}. For the half-year position, set Reporting period to ${q2} on the Settings sheet and generate it again.`)];
}

/** The fills of every mid-year report placeholder for one partnership. */
export function midYearReportFills(analysis: Analysis, partnership: string, generated: Date): Record<string, Fill> {
  const rating = findPartnership(analysis, partnership);
  const name = rating?.name ?? partnership;
  const ratings = ratingsOf(analysis, name);
  const period = analysis.reportingPeriod;
  const comment = (section: CommentarySection) => commentaryOf(analysis, name, section);
  const review = period ? reviewOf(analysis, startOfYear(period)) : null;
  const c: Comparison | null = review ? { reporting: review.period, before: review.before.named } : null;
  const key = partnershipKey(name);
  const changes = review ? review.changes.filter((ch) => partnershipKey(ch.now.indicator.partnership) === key) : [];
  const before = review?.before.partnerships.find((p) => partnershipKey(p.name) === key);
  const summary = comment("summary").flatMap((t) => paragraphs(t));
  const noActuals = [prompt("No indicator has an actual yet, so there is nothing to compare. Add the actuals to the scorecard.")];
  // The exceptions are the meeting's, as in every paper (src/facts.ts); only the changes are the half year's.
  const facts = partnershipFacts(analysis, name);
  const fc = facts.comparison;
  const since = fc ? ` since ${asAtWords(fc.before)}` : "";
  const section = (heading: ExceptionHeading, commentary: string[], none: string, extra?: Block[]): Block[] =>
    factSection(facts, heading, period, commentary, none, { charts: false, extra, exceptionRows: true });

  const rest = period ? restOfYear(period) : null;
  const dated = rest && rating ? milestonesBetween(analysis.papers, rating, rest.after, rest.upTo) : { forwardPlan: [], actions: [] };
  const span = rest ? `in ${rest.words}, ${spanWords(rest.after, rest.upTo)}` : null;
  const start = analysis.scorecard?.settings.agreementStart ?? 2008;

  return {
    partnership: { inline: [run(name)] },
    lead: textFill(rating?.lead ?? null, "No lead recorded on the Partnerships sheet"),
    deputy: deputyFill(rating?.deputy ?? null),
    area: textFill(analysis.scorecard?.settings.area ?? null, "Area not set (Settings sheet: Area)"),
    reporting_period: textFill(period ? formatPeriod(period) : null, "No actuals yet"),
    period_before: textFill(c ? `${asAtWords(c.before)}, the start of the year` : null, "No actuals yet"),
    date: textFill(paperDateText(analysis), "Date of the meeting not recorded (Meeting sheet: Date)"),
    generated: { inline: [run(formatDate(generated))] },
    overall_status: overallFill(rating?.overall ?? "No data", before && c ? { status: before.overall, asAt: asAtWords(c.before) } : undefined),
    year: { inline: [run(String(period ? Math.max(1, agreementYear(period, start)) : 1))] },
    summary: { blocks: summary.length > 0 ? summary : [prompt("No summary recorded. Add one in the Commentary sheet (Section: Summary).")] },
    performance_table: { blocks: [...(period ? periodNote(period) : []), ...performanceTable(ratings, period)] },
    counts: { inline: [run(countsSentence(ratings))] },
    changes: { blocks: c ? changesSection(changes, c) : noActuals },
    trends: { blocks: trendsSection(ratings, period, comment("trends")) },
    exceptions_summary: { inline: [run(fc ? exceptionsSummary(exceptionsOf(reviewOf(analysis)!.exceptions, name), ratings.length, fc) + standingSummary(facts.facts) : "No indicator has an actual yet, so no exception can be picked out.")] },
    good_news: {
      blocks: section("goodNews", comment("goodNews"), `No indicator is past its target by more than the amber band, back on target${since} or on target and improving, and no good news is recorded. Add it in the Commentary sheet (Section: Good news).`),
    },
    barriers: {
      blocks: section("barriers", comment("barriers"), `No indicator is Red or Amber or has worsened two periods running, and no barriers are recorded. Add any risks and the actions needed in the Commentary sheet (Section: Barriers).`),
    },
    data_assurance: {
      blocks: section("dataAssurance", comment("dataAssurance"), `Every figure due${period ? ` by ${formatPeriod(period)}` : ""} is in, so no data is awaited. Add any other doubts about the data in the Commentary sheet (Section: Data assurance).`),
    },
    prg: { blocks: c ? [...listedFacts(facts, "resources", period, false), ...prgSection(analysis, ratings, rating, comment("prg"))] : noActuals },
    milestones: {
      blocks: datedMilestonesSection(
        comment("milestones6"),
        dated,
        span,
        `No milestones recorded for ${rest ? `${rest.words} (${spanWords(rest.after, rest.upTo)})` : "the rest of the year"}. Add them in the Commentary sheet (Section: Milestones – 6 months), or date them on the Forward plan or Actions sheet.`,
      ),
    },
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildMidYearReport(analysis: Analysis, partnership: string, template: TemplateData | PaperTemplate, options: DocumentOptions = {}): Promise<DocumentResult> {
  return buildPaper(template, MID_YEAR_REPORT_PLACEHOLDERS, "mid-year-report.docx", options, (generated) => {
    const name = findPartnership(analysis, partnership)?.name ?? partnership;
    const period = analysis.reportingPeriod ? `, ${formatPeriod(analysis.reportingPeriod)}` : "";
    return {
      fills: midYearReportFills(analysis, partnership, generated),
      info: {
        title: `${name} mid-year report${period}`,
        subject: `Mid-year report on LAA performance${period}: ${name}`,
        author: authorOf(analysis),
        keywords: `LAA; mid-year report; ${name}`,
      },
    };
  });
}
