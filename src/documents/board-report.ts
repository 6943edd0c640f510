import { STATUS_FILL } from "../colours";
import { EXCEPTION_HEADINGS, ExceptionHeading } from "../exceptions";
import { Fact } from "../facts";
import { Analysis, OverallStatus, PartnershipRating } from "../model";
import { formatPeriod } from "../periods";
import { progressMeeting } from "../progress";
import { partnershipKey } from "../keys";
import { Block, Cell, heading, paragraph, prompt, run, spacer, table } from "./blocks";
import { countsSentence } from "./counts";
import { HEADING_WORDS, asAtWords } from "./exception-words";
import { exceptionRows, exceptionRowsTable } from "./exception-rows";
import { factSentences, paperFacts } from "./fact-words";
import { Fill } from "./fill";
import { formatDate, formatPaperDate, formatReward, formatShare } from "../format";
import { plural } from "../words";
import { textFill } from "./front";
import { DocumentOptions, DocumentResult, buildPaper } from "./paper";
import { authorOf } from "./paper-info";
import { indicatorName } from "./partnership-data";
import { BOARD_REPORT_PLACEHOLDERS } from "./placeholders";
import { meetingWords } from "./progress-sections";
import { recommendationBlocks, recommendations } from "./recommendations";
import { reviewOf } from "./review-of";
import { statusChartBlock } from "./status-chart";
import { PaperTemplate } from "./paper-template";
import { TemplateData } from "./template-data";

// The covering report for the whole group (docs/documents.md, "The covering report"): the paper an
// officer puts on top of the partnerships' progress updates and the draft minutes. The picture of
// every partnership, one chart, the exceptions across the agreement under the forward plan's
// headings (the one set of facts every paper lists, src/facts.ts), what is being done about each
// Red indicator and emerging concern, and the recommendations, each from a written rule.

const HEADING_TITLES: Record<ExceptionHeading, string> = {
  goodNews: "Achievements and good news",
  barriers: "Barriers to delivery, risks and actions needed",
  dataAssurance: "Assurance where data is not available",
  resources: "Resource issues, including use of PRG",
};

const RANK: Partial<Record<OverallStatus, number>> = { Green: 3, Amber: 2, Red: 1 };

/** "Up from Red", "Down from Green", "No change", or "Not rated before". */
export function movement(now: OverallStatus, before: OverallStatus | undefined): string {
  const from = before ? RANK[before] : undefined;
  const to = RANK[now];
  if (from === undefined || to === undefined) return before && before === now ? "No change" : `${before ?? "No data"} before`;
  return to > from ? `Up from ${before}` : to < from ? `Down from ${before}` : "No change";
}

function pictureTable(analysis: Analysis, before: readonly PartnershipRating[], asAtBefore: string | null): Block[] {
  const threshold = analysis.scorecard?.settings.greenThreshold ?? 0.75;
  const rows: Cell[][] = analysis.partnerships.map((p) => {
    const then = before.find((b) => partnershipKey(b.name) === partnershipKey(p.name));
    const rated = p.green + p.amber + p.red;
    return [
      { text: p.name },
      { text: p.overall, fill: STATUS_FILL[p.overall] },
      { text: asAtBefore ? movement(p.overall, then?.overall) : "–" },
      { text: rated > 0 ? `${p.green} of ${rated}` : "None rated", notes: p.onTarget !== null ? [formatShare(p.onTarget, [threshold], 0)] : [], align: "right" },
      { text: p.prgAtStake > 0 ? formatReward(p.prgAtStake) : "–", align: "right" },
      { text: p.prgAtStake > 0 ? formatReward(p.prgAtRisk) : "–", align: "right" },
    ];
  });
  const since = asAtBefore ? `Since ${asAtBefore}` : "Movement";
  return [table(["Partnership", "Status", since, "Indicators on target", "Reward at stake", "Reward at risk"], rows, [260, 90, 130, 110, 110, 110], "Every partnership's status"), spacer()];
}

function picture(analysis: Analysis): Block[] {
  if (analysis.partnerships.length === 0) return [prompt("No partnership is on the scorecard. Add the indicators, each with its thematic partnership.")];
  const { comparison } = paperFacts(analysis);
  const period = analysis.reportingPeriod;
  const asAt = period ? asAtWords(period) : "no period yet";
  // The partnerships as rated at the period before: the comparison every paper makes.
  const before = comparison ? reviewOf(analysis)?.before.partnerships ?? [] : [];
  const stake = analysis.partnerships.reduce((s, p) => s + p.prgAtStake, 0);
  const risk = analysis.partnerships.reduce((s, p) => s + p.prgAtRisk, 0);
  const reward = stake > 0 ? ` Of ${formatReward(stake)} Performance Reward Grant at stake, ${formatReward(risk)} is at risk.` : "";
  return [
    paragraph(`${plural(analysis.partnerships.length, "thematic partnership")}, as at ${asAt}. ${countsSentence(analysis.indicators)}${reward}`),
    ...pictureTable(analysis, before, comparison ? asAtWords(comparison.before) : null),
    ...statusChartBlock(analysis.partnerships, asAt),
  ];
}

/** One heading's facts across the agreement: a table of indicator, partnership, status and what the papers say. */
function headingTable(analysis: Analysis, facts: readonly Fact[], h: ExceptionHeading): Block[] {
  const { comparison } = paperFacts(analysis);
  const rows: Cell[][] = facts.map((f) => [
    { text: indicatorName(f.rating), notes: [f.rating.indicator.partnership] },
    { text: f.rating.status, fill: STATUS_FILL[f.rating.status] },
    { text: factSentences(f, comparison, analysis.reportingPeriod).join("\n") },
  ]);
  return [table(["Indicator", "Status", "What the partnership's papers say"], rows, [230, 80, 590], HEADING_TITLES[h]), spacer()];
}

function exceptionsAcross(analysis: Analysis): Block[] {
  const all = paperFacts(analysis);
  if (!all.comparison && all.facts.length === 0) return [prompt("No indicator has an actual yet, so no exception can be picked out. Add the actuals to the scorecard.")];
  const since = all.comparison ? `, comparing ${asAtWords(all.comparison.reporting)} with ${asAtWords(all.comparison.before)}` : "";
  const blocks: Block[] = [
    paragraph(`Each indicator is listed once across the agreement${since}, under the same heading as in its partnership's progress update, mid-year report and annual review.`),
  ];
  for (const h of EXCEPTION_HEADINGS) {
    const under = all.facts.filter((f) => f.heading === h);
    blocks.push(heading(2, HEADING_TITLES[h]));
    if (under.length === 0) {
      blocks.push(paragraph(`No indicator across the agreement is listed under ${HEADING_WORDS[h]}.`));
      continue;
    }
    blocks.push(...headingTable(analysis, under, h));
    if (h === "barriers") blocks.push(...exceptionRowsTable(exceptionRows(all.facts), { partnerships: true }));
  }
  return blocks;
}

function purpose(analysis: Analysis): Block[] {
  const period = analysis.reportingPeriod;
  const at = period ? ` as at ${asAtWords(period)}` : "";
  const before = paperFacts(analysis).comparison;
  const since = before ? ` and what changed since ${asAtWords(before.before)}` : "";
  return [
    paragraph(
      `To give the Group the position of the Local Area Agreement${at}: the status of each thematic partnership${since}, the exceptions across the agreement under the forward plan's headings, what is being done about each indicator off target, and the recommendations that follow. The partnerships' progress updates give the detail of each.`,
    ),
  ];
}

/** The agenda item the report is for: an Agenda sheet item about the LAA's performance or the scorecard, else a prompt. */
function agendaItem(analysis: Analysis): Fill {
  const item = analysis.papers.agenda.find((a) => /\b(performance|scorecard|LAA)\b/i.test(a.item) && !/minutes|forward plan/i.test(a.item));
  return textFill(item ? `Item ${item.no}: ${item.item}` : null, "Agenda item not known: add the item to the Agenda sheet (for example, LAA performance report)");
}

export function boardReportFills(analysis: Analysis, generated: Date): Record<string, Fill> {
  const meeting = progressMeeting(analysis.papers);
  const facts = paperFacts(analysis);
  const rows = exceptionRows(facts.facts);
  const settings = analysis.scorecard?.settings;
  return {
    meeting: textFill(meetingWords(meeting), "No meeting recorded (Meeting sheet: Next meeting, with its time and venue)"),
    date: textFill(meeting?.date ? formatPaperDate(meeting.date) : null, "Date of the meeting not recorded (Meeting sheet: Next meeting)"),
    agenda_item: agendaItem(analysis),
    area: textFill(settings?.area ?? null, "Area not set (Settings sheet: Area)"),
    reporting_period: textFill(analysis.reportingPeriod ? formatPeriod(analysis.reportingPeriod) : null, "No actuals yet"),
    period_before: textFill(facts.comparison ? asAtWords(facts.comparison.before) : null, "No actuals yet"),
    generated: { inline: [run(formatDate(generated))] },
    contact: textFill(settings?.contact ?? null, "Contact officer not set (Settings sheet: Contact officer, such as Gill Butterworth, Essex Partnership Secretariat, 01245 430430)"),
    purpose: { blocks: purpose(analysis) },
    picture: { blocks: picture(analysis) },
    exceptions: { blocks: exceptionsAcross(analysis) },
    recommendations: { blocks: recommendationBlocks(recommendations(analysis, facts.facts, rows, analysis.partnerships)) },
  };
}

/** Checks the template, then fills it; nothing is generated when the template has a problem. */
export async function buildBoardReport(analysis: Analysis, template: TemplateData | PaperTemplate, options: DocumentOptions = {}): Promise<DocumentResult> {
  return buildPaper(template, BOARD_REPORT_PLACEHOLDERS, "board-report.docx", options, (generated) => {
    const meeting = progressMeeting(analysis.papers);
    const period = analysis.reportingPeriod ? `, ${formatPeriod(analysis.reportingPeriod)}` : "";
    const to = meeting?.title ? ` to the ${meeting.title}${meeting.date ? ` of ${formatPaperDate(meeting.date)}` : ""}` : "";
    return {
      fills: boardReportFills(analysis, generated),
      info: {
        title: `LAA performance report${period}`,
        subject: `Covering report${to}${period}`,
        author: authorOf(analysis),
        keywords: "LAA; performance report; recommendations",
      },
    };
  });
}
