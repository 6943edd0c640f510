import { Analysis, Period } from "../model";
import { agreementYear, formatPeriod, formatYear, periodEnd } from "../periods";
import { Block, paragraph, prompt, paragraphs, run } from "./blocks";
import { countsSentence } from "./counts";
import { listedFacts, partnershipFacts } from "./fact-words";
import { Fill } from "./fill";
import { formatDate } from "../format";
import { overallFill, textFill, deputyFill } from "./front";
import { authorOf, paperDateText } from "./paper-info";
import { performanceTable } from "./performance-table";
import { prgSection } from "./prg-section";
import { commentaryOf, findPartnership, ratingsOf } from "./partnership-data";
import { ANNUAL_REVIEW_PLACEHOLDERS } from "./placeholders";
import { barriersSection, dataAssuranceSection, goodNewsSection, milestonesSection, trendsSection } from "./review-sections";
import { DocumentOptions, DocumentResult, buildPaper } from "./paper";
import { PaperTemplate } from "./paper-template";
import { TemplateData } from "./template-data";

// The annual review of one thematic partnership (documents spec), filled into a Word template.

export type { DocumentOptions, DocumentResult } from "./paper";

const text = textFill;

/** Made before the year's outturn is in: as at a quarter before the fourth. */
export function isInterim(period: Period | null): boolean {
  return period?.kind === "quarter" && period.quarter < 4;
}

/** "Annual review" or "Interim annual review", as the title, front and file properties say it. */
export function reviewWords(period: Period | null): string {
  return isInterim(period) ? "Interim annual review" : "Annual review";
}

/** The front's word to the board that an interim review is not the year's outturn. */
function interimNote(period: Period): Block {
  const end = formatDate(periodEnd({ kind: "year", year: period.year }));
  return paragraph([
    run("Interim review. ", { bold: true }),
    run(`This review is as at ${formatPeriod(period)}, before the ${formatYear(period.year)} outturn is in (after the year ends on ${end}): ` +
      "indicators are rated on their latest figures against the year's targets, and the final review follows the outturn."),
  ]);
}

/** The fills of every annual review placeholder for one partnership. */
export function annualReviewFills(analysis: Analysis, partnership: string, generated: Date): Record<string, Fill> {
  const rating = findPartnership(analysis, partnership);
  const ratings = ratingsOf(analysis, partnership);
  const period = analysis.reportingPeriod;
  const comment = (section: Parameters<typeof commentaryOf>[2]) => commentaryOf(analysis, partnership, section);
  const start = analysis.scorecard?.settings.agreementStart ?? 2008;
  const overall = rating?.overall ?? "No data";
  const summary = comment("summary").flatMap((t) => paragraphs(t));
  const facts = partnershipFacts(analysis, rating?.name ?? partnership);
  return {
    partnership: { inline: [run(rating?.name ?? partnership)] },
    lead: text(rating?.lead ?? null, "No lead recorded on the Partnerships sheet"),
    deputy: deputyFill(rating?.deputy ?? null),
    area: text(analysis.scorecard?.settings.area ?? null, "Area not set (Settings sheet: Area)"),
    reporting_period: text(period ? formatPeriod(period) : null, "No actuals yet"),
    generated: { inline: [run(formatDate(generated))] },
    date: text(paperDateText(analysis), "Date of the meeting not recorded (Meeting sheet: Date)"),
    overall_status: overallFill(overall),
    year: { inline: [run(String(period ? Math.max(1, agreementYear(period, start)) : 1))] },
    review: { inline: [run(reviewWords(period))] },
    // The note leads the summary, so a template without {{review}} still says the review is interim.
    summary: { blocks: [...(period && isInterim(period) ? [interimNote(period)] : []), ...(summary.length > 0 ? summary : [prompt("No summary recorded. Add one in the Commentary sheet (Section: Summary).")])] },
    performance_table: { blocks: performanceTable(ratings, period, analysis.scorecard?.settings.prgMinimum) },
    // With no indicator the table has already said so, in a prompt: the counts would say it again.
    counts: { inline: ratings.length > 0 ? [run(countsSentence(ratings))] : [] },
    trends: { blocks: trendsSection(ratings, period, comment("trends")) },
    good_news: { blocks: goodNewsSection(facts, period, comment("goodNews")) },
    barriers: { blocks: barriersSection(facts, period, comment("barriers")) },
    milestones_6: { blocks: milestonesSection(6, comment("milestones6")) },
    milestones_12: { blocks: milestonesSection(12, comment("milestones12")) },
    milestones_18: { blocks: milestonesSection(18, comment("milestones18")) },
    data_assurance: { blocks: dataAssuranceSection(facts, ratings, period, comment("dataAssurance")) },
    prg: { blocks: [...listedFacts(facts, "resources", period, false), ...prgSection(analysis, ratings, rating, comment("prg"))] },
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildAnnualReview(analysis: Analysis, partnership: string, template: TemplateData | PaperTemplate, options: DocumentOptions = {}): Promise<DocumentResult> {
  return buildPaper(template, ANNUAL_REVIEW_PLACEHOLDERS, "annual-review.docx", options, (generated) => {
    const name = findPartnership(analysis, partnership)?.name ?? partnership;
    const period = analysis.reportingPeriod ? `, ${formatPeriod(analysis.reportingPeriod)}` : "";
    return {
      fills: annualReviewFills(analysis, partnership, generated),
      info: {
        title: `${name} ${reviewWords(analysis.reportingPeriod).toLowerCase()}${period}`,
        subject: `${reviewWords(analysis.reportingPeriod)} of LAA performance${period}: ${name}`,
        author: authorOf(analysis),
        keywords: `LAA; annual review; ${name}`,
      },
    };
  });
}
