import { Analysis } from "../model";
import { agreementYear, formatPeriod } from "../periods";
import { STATUS_FILL } from "../colours";
import { prompt, paragraphs, promptRun, run } from "./blocks";
import { countsSentence } from "./counts";
import { Fill, fillTemplate } from "./fill";
import { formatDate } from "./format";
import { authorOf, paperDateText } from "./paper-info";
import { performanceTable } from "./performance-table";
import { prgSection } from "./prg-section";
import { commentaryOf, findPartnership, ratingsOf } from "./partnership-data";
import { ANNUAL_REVIEW_PLACEHOLDERS } from "./placeholders";
import { barriersSection, dataAssuranceSection, goodNewsSection, milestonesSection, trendsSection } from "./review-sections";
import { TemplateFinding, checkTemplate } from "./template-check";
import { TemplateData, templateBytes } from "./template-data";

// The annual review of one thematic partnership (documents spec), filled into a Word template.

export interface DocumentOptions {
  /** The template's name in messages (default: the standard template's file name). */
  templateName?: string;
  /** When the document is made: its created and modified properties, and {{generated}}; now by default. */
  generated?: Date;
}

export type DocumentResult = { ok: true; bytes: Uint8Array } | { ok: false; problems: TemplateFinding[] };

const OVERALL_WORDS = { Green: "Green: on track", Amber: "Amber: some indicators off target", Red: "Red: significantly off target", "No data": "No data: no indicator can be rated yet" } as const;

function text(value: string | null, missing: string): Fill {
  return { inline: [value ? run(value) : promptRun(missing)] };
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
  return {
    partnership: { inline: [run(rating?.name ?? partnership)] },
    lead: text(rating?.lead ?? null, "No lead recorded on the Partnerships sheet"),
    deputy: text(rating?.deputy ?? null, "No deputy recorded on the Partnerships sheet"),
    area: text(analysis.scorecard?.settings.area ?? null, "Area not set (Settings sheet: Area)"),
    reporting_period: text(period ? formatPeriod(period) : null, "No actuals yet"),
    generated: { inline: [run(formatDate(generated))] },
    date: text(paperDateText(analysis), "Date of the meeting not recorded (Meeting sheet: Date)"),
    overall_status: { inline: [run(` ${OVERALL_WORDS[overall]} `, { bold: true, fill: STATUS_FILL[overall] })] },
    year: { inline: [run(String(period ? Math.max(1, agreementYear(period, start)) : 1))] },
    summary: { blocks: summary.length > 0 ? summary : [prompt("No summary recorded. Add one in the Commentary sheet (Section: Summary).")] },
    performance_table: { blocks: performanceTable(ratings, period, analysis.scorecard?.settings.prgMinimum) },
    // With no indicator the table has already said so, in a prompt: the counts would say it again.
    counts: { inline: ratings.length > 0 ? [run(countsSentence(ratings))] : [] },
    trends: { blocks: trendsSection(ratings, period, comment("trends")) },
    good_news: { blocks: goodNewsSection(ratings, comment("goodNews")) },
    barriers: { blocks: barriersSection(ratings, comment("barriers")) },
    milestones_6: { blocks: milestonesSection(6, comment("milestones6")) },
    milestones_12: { blocks: milestonesSection(12, comment("milestones12")) },
    milestones_18: { blocks: milestonesSection(18, comment("milestones18")) },
    data_assurance: { blocks: dataAssuranceSection(ratings, period, comment("dataAssurance")) },
    prg: { blocks: prgSection(analysis, ratings, rating, comment("prg")) },
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildAnnualReview(analysis: Analysis, partnership: string, template: TemplateData, options: DocumentOptions = {}): Promise<DocumentResult> {
  const bytes = await templateBytes(template);
  const problems = await checkTemplate(bytes, ANNUAL_REVIEW_PLACEHOLDERS, options.templateName ?? "annual-review.docx");
  if (problems.length > 0) return { ok: false, problems };
  const fills = annualReviewFills(analysis, partnership, options.generated ?? new Date());
  const name = findPartnership(analysis, partnership)?.name ?? partnership;
  const period = analysis.reportingPeriod ? `, ${formatPeriod(analysis.reportingPeriod)}` : "";
  const info = {
    title: `${name} annual review${period}`,
    subject: `Annual review of LAA performance${period}: ${name}`,
    author: authorOf(analysis),
    keywords: `LAA; annual review; ${name}`,
    created: options.generated ?? new Date(),
  };
  return { ok: true, bytes: await fillTemplate(bytes, fills, info) };
}
