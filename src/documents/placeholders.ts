// Every placeholder the two templates may hold: what fills it, whether a template must have it, and
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
  inline("date", "The date of the paper, saying which: the meeting's (Meeting sheet: Date), such as 19 October 2009 (meeting of the LAA Performance Management Group), else the end of the reporting period, such as 30 September 2009 (end of Q2 2009/10)"),
  inline("generated", "The date the document was generated, such as 1 December 2009 (the standard template labels it Generated)"),
  inline("draft", "DRAFT and how many passages await the author, while any prompt remains; nothing once none does"),
  inline("overall_status", "The partnership's overall status in words, shaded in its colour"),
  inline("year", "N of Year N: the agreement year of the reporting period"),
  block("summary", "Commentary, section Summary", false),
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
