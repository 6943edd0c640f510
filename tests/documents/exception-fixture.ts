import { ActionItem, Analysis, CommentaryEntry, ForwardPlanItem, Papers } from "../../src/model";
import { commentary } from "./analysis-fixture";
import { Q, Y, ratedAnalysis } from "./rated-fixture";

// A Safer Essex whose Q2 2009/10 scorecard meets each exception rule once, as an officer would keep
// it, rated by the engine's own rules (the seed minutes' NI 20 "exceeded" and NI 135 "emerging
// concerns" among them); a second partnership whose exceptions, actions and words must stay out of
// Safer Essex's papers; and the meeting sheets of the October meeting, the next one on 16 November.

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const GEPF = "Greater Essex Prosperity Forum (GEPF)";

const action = (no: number, text: string, owner: string, due: ActionItem["due"], status = "Open"): ActionItem => ({ no: String(no), action: text, owner, due, status, item: "3" });
const plan = (date: ForwardPlanItem["date"], item: string, responsibility: string): ForwardPlanItem => ({ date, item, responsibility });

export const ACTIONS: ActionItem[] = [
  action(1, "Report on the domestic violence target (L17.1)", "Alan Dawkes", day(2009, 11, 16)),
  action(2, "Propose district targets for employment (NI 151)", "Louise Aiken", day(2009, 11, 16)),
  action(3, "Start the integrated offender management scheme", "Safer Essex", day(2009, 12, 1)),
  action(4, "Draw up a grid of thematic leads and deputies", "Gill Butterworth", day(2009, 11, 16)),
  action(5, "Circulate the PRG spending plan", "Jan Plummer", day(2009, 12, 10), "Done"),
  action(6, "Bring the remaining mid-year reports to the November meeting", "Thematic Leads", day(2009, 11, 16)),
];

export const FORWARD_PLAN: ForwardPlanItem[] = [
  plan(day(2009, 11, 16), "Thematic Partnership Mid Year Reports x 3", "Thematic Leads"),
  plan(day(2009, 12, 15), "Review of Domestic Violence target", "Alan Dawkes / Peter Lowton"),
  plan(day(2009, 12, 15), "District employment targets", "Louise Aiken"),
  plan(day(2010, 1, 18), "Place Survey results", "Alan Dawkes"),
];

const SECTIONS = ["agreedUpdates", "goodNews", "barriers", "crossCutting", "dataAssurance", "resources", "prg", "locality", "milestones6", "summary", "trends"] as const;
/** Words for each section, so a test can see where each lands: "Safer Essex words for crossCutting." */
export const words = (section: string, partnership = "Safer Essex") => `${partnership} words for ${section}.`;
const COMMENTARY: CommentaryEntry[] = [...SECTIONS.map((s) => commentary("Safer Essex", s, words(s))), commentary(GEPF, "goodNews", words("goodNews", GEPF))];

export const MEETING: Papers["meeting"] = {
  title: "LAA Performance Management Group", date: day(2009, 10, 19), time: "9:30 to 11:00", venue: "Committee Room 1", chair: "Peter Lowton",
  nextMeeting: day(2009, 11, 16), nextMeetingTime: "9:30 to 11:00", nextMeetingVenue: "Committee Room 2, County Hall",
};

export const PAPERS: Partial<Papers> = { commentary: COMMENTARY, meeting: MEETING, actions: ACTIONS, forwardPlan: FORWARD_PLAN };

/** The papers with what is being done about each of Safer Essex's Red indicators and emerging concerns: its exception rows ask for nothing. */
export const CORRECTED: Partial<Papers> = {
  ...PAPERS,
  actions: [
    ...ACTIONS,
    action(7, "Review the youth offending panel's caseload (NI 111)", "Alan Dawkes", day(2010, 1, 18)),
    action(8, "Agree a recovery plan for anti-social behaviour perceptions (NI 135)", "Alan Dawkes", day(2010, 1, 18)),
  ],
  commentary: [
    ...COMMENTARY,
    commentary("Safer Essex", "barriers", "L17.1: the case handling review with the CPS reports in December."),
    commentary("Safer Essex", "barriers", "NI 111: two schemes closed; a new panel starts in January."),
    commentary("Safer Essex", "barriers", "NI 135: the new neighbourhood panels start in November."),
  ],
};

/** Safer Essex at Q2 2009/10 (or `reporting`), compared with Q1: one indicator per exception rule, and one that is no exception. */
export function exceptionsAnalysis(papers: Partial<Papers> = PAPERS, reporting = Q(2009, 2)): Analysis {
  const analysis = ratedAnalysis([
    // Stretch: 5.9 against 6.3, past it by more than the band of 0.315.
    { ref: "NI 20", title: "Assault with injury crime rate", polarity: "lower", baseline: 6.9, targets: [[Y(2008), 6.6], [Y(2009), 6.3]], actuals: [[Y(2008), 6.2], [Q(2009, 1), 6.0], [Q(2009, 2), 5.9]] },
    // Reward fell: 9.40 (67% of the planned improvement) to 9.55 (42%), under the 60% the reward needs.
    { ref: "NI 18", title: "Adult re-offending rates", polarity: "lower", baseline: 9.8, rewardTarget: true, rewardValue: 300000, targets: [[Y(2009), 9.2]], actuals: [[Q(2009, 1), 9.4], [Q(2009, 2), 9.55]] },
    // Red, and worse in each of the last two periods.
    { ref: "L17.1", title: "Domestic abuse sanction detections", unit: "percent", baseline: 0.28, targets: [[Y(2008), 0.3], [Y(2009), 0.33]], actuals: [[Y(2008), 0.26], [Q(2009, 1), 0.25], [Q(2009, 2), 0.24]] },
    // No data: Q2 is due and says tbc; rated meanwhile on Q1.
    { ref: "NI 30", title: "Re-offending of prolific offenders", unit: "percent", frequency: "quarterly", targets: [[Y(2009), 0.2]], actuals: [[Q(2009, 1), 0.205], [Q(2009, 2), null, "tbc"]] },
    // Slipped: Green at Q1, Amber at Q2.
    { ref: "NI 191", title: "Residual household waste per household", polarity: "lower", targets: [[Y(2008), 720], [Y(2009), 700]], actuals: [[Y(2008), 712], [Q(2009, 1), 690], [Q(2009, 2), 705]] },
    // Recovered: Amber at Q1, Green at Q2.
    { ref: "NI 117", title: "16 to 18 year olds not in education, employment or training", unit: "percent", polarity: "lower", targets: [[Y(2009), 0.055]], actuals: [[Q(2009, 1), 0.057], [Q(2009, 2), 0.053]] },
    // Emerging concern though still Green: 23.8%, 22.9%, 21.8% against 21%.
    { ref: "NI 135", title: "Carers receiving needs assessment or review", unit: "percent", targets: [[Y(2008), 0.2], [Y(2009), 0.21]], actuals: [[Y(2008), 0.238], [Q(2009, 1), 0.229], [Q(2009, 2), 0.218]] },
    // Turned Red: Green at the end of 2008/09, Amber at Q1, Red at Q2.
    { ref: "NI 111", title: "First time entrants to the youth justice system", polarity: "lower", targets: [[Y(2008), 600], [Y(2009), 560]], actuals: [[Y(2008), 590], [Q(2009, 1), 575], [Q(2009, 2), 620]] },
    // No exception: Green and steady.
    { ref: "NI 999", title: "An indicator on course", targets: [[Y(2009), 100]], actuals: [[Q(2009, 1), 101], [Q(2009, 2), 102]] },
    // Another partnership's Red indicator.
    { ref: "NI 152", title: "Working age people on out of work benefits", partnership: GEPF, unit: "percent", polarity: "lower", targets: [[Y(2009), 0.1]], actuals: [[Q(2009, 1), 0.12], [Q(2009, 2), 0.13]] },
  ], papers, {}, reporting);
  // Each partnership its own lead and deputy, so an action of one is never the other's.
  const gepf = { name: GEPF, lead: "Louise Aiken", deputy: "Lynn Ballard" };
  analysis.scorecard!.partnerships = analysis.scorecard!.partnerships.map((p) => (p.name === GEPF ? gepf : p));
  analysis.partnerships = analysis.partnerships.map((p) => (p.name === GEPF ? { ...p, ...gepf } : p));
  return analysis;
}
