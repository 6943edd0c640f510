import { partnershipKey } from "../keys";
import { reviewOf } from "./review-of";
import { ExceptionHeading } from "../exceptions";
import { Analysis, CommentarySection } from "../model";
import { formatPeriod } from "../periods";
import { progressPapers } from "../progress";
import { Block, paragraphs, prompt, run } from "./blocks";
import { Comparison, asAtWords, exceptionsOf, exceptionsSummary } from "./exception-words";
import { factSection, partnershipFacts, standingSummary } from "./fact-words";
import { Fill } from "./fill";
import { formatDate, formatDayAndDate, formatPaperDate } from "../format";
import { overallFill, textFill, deputyFill } from "./front";
import { DocumentOptions, DocumentResult, buildPaper } from "./paper";
import { authorOf } from "./paper-info";
import { commentaryOf, findPartnership, ratingsOf } from "./partnership-data";
import { PROGRESS_UPDATE_PLACEHOLDERS } from "./placeholders";
import { agreedUpdatesSection, datedMilestonesSection, meetingWords, spanWords } from "./progress-sections";
import { PaperTemplate } from "./paper-template";
import { TemplateData } from "./template-data";

// The progress update of one thematic partnership: the standing item of the performance group's
// forward plan, sent by each thematic lead at least 7 calendar days before every meeting, under the
// plan's headings in its order (documents spec; docs/exceptions.md says which exception goes where).
// The exceptions, the actions and the milestones are the engine's (reviewPeriod, progressPapers):
// chosen there, only put into words here.

function commentaryOrPrompt(commentary: readonly string[], none: string): Block[] {
  const words = commentary.flatMap((t) => paragraphs(t));
  return words.length > 0 ? words : [prompt(none)];
}

/** The fills of every progress update placeholder for one partnership. */
export function progressUpdateFills(analysis: Analysis, partnership: string, generated: Date): Record<string, Fill> {
  const rating = findPartnership(analysis, partnership);
  const name = rating?.name ?? partnership;
  const comment = (section: CommentarySection) => commentaryOf(analysis, name, section);
  const review = reviewOf(analysis);
  const c: Comparison | null = review ? { reporting: review.period, before: review.before.named } : null;
  const exceptions = review ? exceptionsOf(review.exceptions, name) : [];
  const before = review?.before.partnerships.find((p) => partnershipKey(p.name) === partnershipKey(name));
  const papers = progressPapers(analysis, rating ?? { name, lead: null, deputy: null });
  const meeting = papers.meeting;
  const since = c ? ` since ${asAtWords(c.before)}` : "";

  const facts = partnershipFacts(analysis, name);
  const section = (heading: ExceptionHeading, commentary: readonly string[], none: string): Block[] =>
    factSection(facts, heading, analysis.reportingPeriod, commentary, none, { charts: true, exceptionRows: true });

  const span = meeting?.date instanceof Date && meeting.nextPeriodEnd ? spanWords(meeting.date, meeting.nextPeriodEnd) : null;
  const dueBy = meeting?.dueBy
    ? { inline: [run(`${formatDayAndDate(meeting.dueBy)}, 7 calendar days before the meeting`)] }
    : textFill(null, meeting?.date ? `Not known: the meeting's date is "${formatPaperDate(meeting.date)}" (Meeting sheet: Next meeting)` : "Not known: no date for the next meeting (Meeting sheet: Next meeting)");

  return {
    partnership: { inline: [run(name)] },
    lead: textFill(rating?.lead ?? null, "No lead recorded on the Partnerships sheet"),
    deputy: deputyFill(rating?.deputy ?? null),
    area: textFill(analysis.scorecard?.settings.area ?? null, "Area not set (Settings sheet: Area)"),
    meeting: textFill(meetingWords(meeting), "No meeting recorded (Meeting sheet: Next meeting, with its time and venue)"),
    due_by: dueBy,
    reporting_period: textFill(c ? formatPeriod(c.reporting) : null, "No actuals yet"),
    period_before: textFill(c ? asAtWords(c.before) : null, "No actuals yet"),
    generated: { inline: [run(formatDate(generated))] },
    overall_status: overallFill(rating?.overall ?? "No data", before && c ? { status: before.overall, asAt: asAtWords(c.before) } : undefined),
    exceptions_summary: { inline: [run(c ? exceptionsSummary(exceptions, ratingsOf(analysis, name).length, c) + standingSummary(facts.facts) : "No indicator has an actual yet, so no exception can be picked out.")] },
    agreed_updates: { blocks: agreedUpdatesSection(papers.actions, papers.milestones.actions, comment("agreedUpdates"), name) },
    good_news: {
      blocks: section("goodNews", comment("goodNews"), `No indicator is past its target by more than the amber band, back on target${since} or on target and improving, and no good news is recorded. Add achievements and good news stories in the Commentary sheet (Section: Good news).`),
    },
    barriers: {
      blocks: section("barriers", comment("barriers"), `No indicator is Red or Amber or has worsened two periods running, and no barriers are recorded. Add any risks and the actions needed in the Commentary sheet (Section: Barriers).`),
    },
    cross_cutting: { blocks: commentaryOrPrompt(comment("crossCutting"), "No cross-cutting opportunities recorded. Add them in the Commentary sheet (Section: Cross-cutting opportunities).") },
    data_assurance: {
      blocks: section("dataAssurance", comment("dataAssurance"), `Every figure due${c ? ` by ${formatPeriod(c.reporting)}` : ""} is in, so no data is awaited. Add any other doubts about the data in the Commentary sheet (Section: Data assurance).`),
    },
    resources: {
      blocks: section("resources", [...comment("resources"), ...comment("prg")], `No reward target's projected reward fell${since}, and no resource issues are recorded. Add any, including the use of PRG, in the Commentary sheet (Section: Resource issues).`),
    },
    locality: { blocks: commentaryOrPrompt(comment("locality"), "No locality or hotspot issues recorded. Add them in the Commentary sheet (Section: Locality and hotspot issues).") },
    milestones: {
      blocks: datedMilestonesSection(
        papers.milestones.commentary.map((m) => m.text),
        papers.milestones,
        span ? `in the next period, ${span}` : null,
        span
          ? `No milestones recorded for the next period (${span}). Add them in the Commentary sheet (Section: Milestones – 6 months), or date them on the Forward plan or Actions sheet.`
          : "No milestones recorded, and the next period is not known without a date for the next meeting (Meeting sheet: Next meeting). Add them in the Commentary sheet (Section: Milestones – 6 months).",
      ),
    },
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildProgressUpdate(analysis: Analysis, partnership: string, template: TemplateData | PaperTemplate, options: DocumentOptions = {}): Promise<DocumentResult> {
  return buildPaper(template, PROGRESS_UPDATE_PLACEHOLDERS, "progress-update.docx", options, (generated) => {
    const name = findPartnership(analysis, partnership)?.name ?? partnership;
    const period = analysis.reportingPeriod ? `, ${formatPeriod(analysis.reportingPeriod)}` : "";
    const meeting = progressPapers(analysis, { name, lead: null, deputy: null }).meeting;
    const to = meeting?.title ? ` to the ${meeting.title}${meeting.date ? ` of ${formatPaperDate(meeting.date)}` : ""}` : "";
    return {
      fills: progressUpdateFills(analysis, partnership, generated),
      info: {
        title: `${name} progress update${period}`,
        subject: `Progress update${to}${period}: ${name}`,
        author: authorOf(analysis),
        keywords: `LAA; progress update; exceptions; ${name}`,
      },
    };
  });
}
