// Every placeholder the templates may hold: what fills it, whether a template must have it, and
// whether it is a block (a table or paragraphs) that replaces the whole paragraph it stands in.
// templates/README.md is written from these lists by scripts/make-templates.ts.

export interface PlaceholderSpec {
  name: string;
  fills: string;
  required: boolean;
  /** Replaces its whole paragraph, so it must stand alone in it. */
  block: boolean;
}

const inline = (name: string, fills: string, required = false): PlaceholderSpec => ({ name, fills, required, block: false });
const block = (name: string, fills: string, required = true): PlaceholderSpec => ({ name, fills, required, block: true });

export const ANNUAL_REVIEW_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  inline("partnership", "The thematic partnership's name", true),
  inline("lead", "Its thematic lead (Partnerships sheet)"),
  inline("deputy", "Its deputy lead (Partnerships sheet)"),
  inline("area", "The area (Settings: Area)"),
  inline("reporting_period", "The reporting period, such as Q2 2009/10"),
  inline("date", "The date of the paper, saying which: the meeting's it is for (Meeting sheet: Next meeting, else Date), such as 19 October 2009 (meeting of the LAA Performance Management Group), else the end of the reporting period, such as 30 September 2009 (end of Q2 2009/10)"),
  inline("generated", "The date the document was generated, such as 1 December 2009 (the standard template labels it Generated)"),
  inline("draft", "DRAFT and how many passages await the author, while any prompt remains; nothing once none does"),
  inline("overall_status", "The partnership's overall status in words, shaded in its colour"),
  inline("year", "N of Year N: the agreement year of the reporting period"),
  inline("review", "Annual review, or Interim annual review when made before the year's outturn is in (as at Q1 to Q3)"),
  block("summary", "Commentary, section Summary, after a note saying the review is interim when it is", false),
  block("performance_table", "The table of indicators: Ref, Indicator, Baseline, Target, Actual, Status, Direction of travel, Planned improvement achieved"),
  inline("counts", "The sentence of counts: Of 9 indicators, 5 are on target, ...", true),
  block("trends", "A sentence per indicator with two or more actuals, then Commentary, section Underlying trends"),
  block("good_news", "Indicators on or past target, then Commentary, section Good news"),
  block("barriers", "Red and Amber indicators, then Commentary, section Barriers"),
  block("milestones_6", "Commentary, section Milestones – 6 months"),
  block("milestones_12", "Commentary, section Milestones – 12 months"),
  block("milestones_18", "Commentary, section Milestones – 18 months"),
  block("data_assurance", "Indicators with no data and when data is due, then Commentary, section Data assurance"),
  block("prg", "Reward targets: reward at stake, projected reward and at risk, then Commentary, section PRG"),
];

export const MINUTES_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  inline("title", "Meeting sheet: Title", true),
  inline("date", "Meeting sheet: Date, such as 20 February 2009", true),
  inline("time", "Meeting sheet: Time"),
  inline("venue", "Meeting sheet: Venue"),
  inline("chair", "Who chaired, and as what: Peter Lowton, Chair (Meeting sheet: Chair); if the chair sent apologies, whoever the Attendance sheet marks as in the chair (Dan Gascoyne, in the chair), else a prompt for the author"),
  inline("draft", "DRAFT and how many passages await the author, while any prompt remains; nothing once none does"),
  block("attendees", "Attendance sheet: those Present, whoever chaired first and marked"),
  block("apologies", "Attendance sheet: Apologies (the chair marked, if they sent apologies)"),
  block("in_attendance", "Attendance sheet: In attendance", false),
  block("agenda", "Agenda sheet: numbered items with discussion, actions and decisions, and the Thematic partnership updates drafted from the scorecard"),
  block("action_log", "Actions sheet: the action log table (No, Action, Owner, Due, Status)"),
  block("forward_plan", "Forward plan sheet: the table of Date, Item, Responsibility"),
  inline("next_meeting", "Meeting sheet: Next meeting, with its weekday, and Next meeting time and Next meeting venue when given", true),
];

export const PROGRESS_UPDATE_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  inline("partnership", "The thematic partnership's name", true),
  inline("lead", "Its thematic lead (Partnerships sheet)"),
  inline("deputy", "Its deputy lead (Partnerships sheet)"),
  inline("area", "The area (Settings: Area)"),
  inline("meeting", "The meeting the update is for: the Meeting sheet's Next meeting (else its Date), with its title, time and venue"),
  inline("due_by", "The date the update is due: the meeting date less 7 calendar days"),
  inline("reporting_period", "The reporting period, such as Q2 2009/10"),
  inline("period_before", "The period it is compared with: the quarter before (for a year, its Q3)"),
  inline("generated", "The date the document was generated, such as 20 February 2009"),
  inline("draft", "DRAFT and how many passages await the author, while any prompt remains; nothing once none does"),
  inline("overall_status", "The partnership's overall status in words, shaded in its colour, and what it was in the period before"),
  inline("exceptions_summary", "One sentence: how many indicators are exceptions, and under which headings"),
  block("agreed_updates", "The partnership's actions on the Actions sheet (those due in the next period are under milestones), then Commentary, section Agreed updates"),
  block("good_news", "Exceptions that are good news (past target by more than the amber band; recovered to Green), each with its reasons, then Commentary, section Good news"),
  block("barriers", "Exceptions that are barriers (Red; slipped from Green to Amber; worse two periods running), each with its reasons, then Commentary, section Barriers"),
  block("cross_cutting", "Commentary, section Cross-cutting opportunities"),
  block("data_assurance", "Exceptions whose figure was due and is not in, each with its reasons, then Commentary, section Data assurance"),
  block("resources", "Exceptions whose projected reward fell, each with its reasons, then Commentary, sections Resource issues and PRG"),
  block("locality", "Commentary, section Locality and hotspot issues"),
  block("milestones", "Commentary, section Milestones – 6 months, then the partnership's Forward plan items and open actions dated in the next period"),
];

export const MID_YEAR_REPORT_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  inline("partnership", "The thematic partnership's name", true),
  inline("lead", "Its thematic lead (Partnerships sheet)"),
  inline("deputy", "Its deputy lead (Partnerships sheet)"),
  inline("area", "The area (Settings: Area)"),
  inline("reporting_period", "The reporting period, such as Q2 2009/10"),
  inline("period_before", "The start of the year it is compared with: the end of the year before, such as the end of 2008/09"),
  inline("date", "The date of the paper: the meeting's it is for (Meeting sheet: Next meeting, else Date), else the end of the reporting period"),
  inline("generated", "The date the document was generated, such as 20 February 2009"),
  inline("draft", "DRAFT and how many passages await the author, while any prompt remains; nothing once none does"),
  inline("overall_status", "The partnership's overall status in words, shaded in its colour, and what it was at the start of the year"),
  inline("year", "N of Year N: the agreement year of the reporting period"),
  block("summary", "Commentary, section Summary", false),
  block("performance_table", "The table of indicators against this year's targets and profiles (as the annual review's), after a note when the reporting period is not Q2"),
  inline("counts", "The sentence of counts: Of 9 indicators, 5 are on target, ...", true),
  block("changes", "The indicators whose status changed since the start of the year: a sentence of counts, then a table of each, before and now"),
  block("trends", "A sentence and a chart per indicator with two or more figures, then Commentary, section Underlying trends"),
  inline("exceptions_summary", "One sentence: how many indicators are exceptions since the start of the year, and under which headings"),
  block("good_news", "Exceptions that are good news since the start of the year, each with its reasons, then Commentary, section Good news"),
  block("barriers", "Exceptions that are barriers, each with its reasons, then Commentary, section Barriers"),
  block("data_assurance", "Exceptions whose figure was due and is not in, and annual indicators rated on last year's outturn, then Commentary, section Data assurance"),
  block("prg", "Reward targets whose projected reward fell since the start of the year, then the reward table as in the annual review, then Commentary, section PRG"),
  block("milestones", "Commentary, section Milestones – 6 months, then the partnership's Forward plan items and open actions dated in the rest of the year"),
];

export const BOARD_REPORT_PLACEHOLDERS: readonly PlaceholderSpec[] = [
  inline("meeting", "The meeting the report is for: the Meeting sheet's Next meeting (else its Date), with its title, time and venue", true),
  inline("date", "The date of that meeting"),
  inline("agenda_item", "The Agenda sheet's item for the LAA's performance, such as Item 4: LAA performance report, else a prompt"),
  inline("area", "The area (Settings: Area)"),
  inline("reporting_period", "The reporting period, such as Q2 2009/10"),
  inline("period_before", "The period it is compared with: the quarter before (for a year, its Q3)"),
  inline("generated", "The date the document was generated, such as 12 October 2009"),
  inline("draft", "DRAFT and how many passages await the author, while any prompt remains; nothing once none does"),
  inline("contact", "The contact officer (Settings: Contact officer)"),
  block("purpose", "Why the report is before the group, in one paragraph"),
  block("picture", "The LAA-wide picture: a sentence of counts, a table of every partnership's status, its movement since the period before, indicators on target, reward at stake and at risk, and one chart of Green, Amber and Red by partnership"),
  block("exceptions", "The exceptions across the agreement under the forward plan's headings (the same facts as every paper), with the corrective action, owner, date and latest note of each Red indicator and emerging concern"),
  block("recommendations", "The Group is asked to: ..., each from a rule (docs/documents.md)"),
];
