// The sample scorecard's rows: Essex LAA indicators as the Performance Management Group's minutes of
// 20 February 2009 describe them (seeds/001). Figures are invented but plausible, chosen so that the
// sample shows every status (Green, Amber, Red, No data and No target), every change between Q1 and
// Q2 2009/10 (turned Red, slipped, improved, recovered, newly awaited) and every exception rule of
// docs/exceptions.md: NI 20 and NI 16 past their targets by more than the band (stretch candidates, as
// the minutes say), NI 135 worse two periods running though Green, NI 18's projected reward fallen,
// NI 30's and NI 136's Q2 figures due and not in.
//
// A cell value here is what an officer typed: a number, text as typed ("45%", "tbc", "250k"), a
// formula with its last computed result, or undefined for a blank.

export type SampleValue = number | string | { formula: string; result: number } | undefined;

export interface SampleIndicator {
  ref: string;
  title: string;
  /** Blank for some National Indicators: the catalogue knows their polarity. */
  polarity?: "Higher" | "Lower";
  unit: "%" | "rate" | "number";
  frequency: "Annual" | "Quarterly";
  baseline?: SampleValue;
  target0809?: SampleValue;
  target0910?: SampleValue;
  actual0809?: SampleValue;
  q1?: SampleValue;
  q2?: SampleValue;
  tolerance?: number;
  reward?: "Y";
  rewardValue?: SampleValue;
}

export interface SamplePartnership {
  name: string;
  lead: string;
  deputy?: string;
  indicators: SampleIndicator[];
}

export const SAMPLE_PARTNERSHIPS: SamplePartnership[] = [
  {
    name: "Safer Essex",
    lead: "Alan Dawkes",
    // The deputy was to be agreed at the Safer Essex Partnership meeting on 5 March.
    indicators: [
      // Past the 2009/10 target by more than the amber band: "the partnership has been asked to consider more stretching targets".
      { ref: "NI 20", title: "Assault with injury crime rate", unit: "rate", frequency: "Quarterly", baseline: 6.9, target0809: 6.6, target0910: 6.3, actual0809: 6.2, q1: 6.0, q2: 5.9, reward: "Y", rewardValue: 450000 },
      // Place Survey results will set the target: none yet.
      { ref: "NI 17", title: "Perceptions of anti-social behaviour", polarity: "Lower", unit: "%", frequency: "Annual", baseline: 0.19, target0910: "tbc", actual0809: 0.17 },
      // A reward target whose projected reward fell: 67% of the planned improvement at Q1 (past the PRG
      // minimum of 60%), 42% at Q2, so the £200,000 projected at Q1 is gone.
      { ref: "NI 18", title: "Adult re-offending rates for those under probation supervision", polarity: "Lower", unit: "rate", frequency: "Quarterly", baseline: 9.8, target0809: 9.5, target0910: 9.2, actual0809: 9.9, q1: 9.4, q2: 9.55, reward: "Y", rewardValue: 300000 },
      { ref: "L17.1", title: "Domestic abuse incidents resulting in a sanction detection", polarity: "Higher", unit: "%", frequency: "Quarterly", baseline: 0.28, target0809: 0.3, target0910: 0.33, actual0809: 0.26, q1: 0.25, q2: 0.24 },
      // The Q2 figure is due and awaited ("tbc"); no figure has come in yet.
      { ref: "NI 30", title: "Re-offending rate of prolific and priority offenders", polarity: "Lower", unit: "%", frequency: "Quarterly", baseline: "..", target0809: 0.22, target0910: 0.2, actual0809: "n/a", q2: "tbc" },
      { ref: "NI 16", title: "Serious acquisitive crime rate", polarity: "Lower", unit: "rate", frequency: "Quarterly", baseline: 14.2, target0809: 13.8, target0910: 13.2, actual0809: 12.9, q1: 12.6, q2: 12.4 },
    ],
  },
  {
    name: "Greater Essex Prosperity Forum (GEPF)",
    lead: "Louise Aiken",
    deputy: "Lynn Ballard",
    indicators: [
      { ref: "NI 151", title: "Overall Employment rate (working-age)", unit: "%", frequency: "Quarterly", baseline: 0.764, target0809: 0.77, target0910: 0.775, actual0809: 0.758, q1: 0.745, q2: 0.741, reward: "Y", rewardValue: 600000 },
      { ref: "NI 171", title: "New business registration rate", polarity: "Higher", unit: "rate", frequency: "Annual", baseline: 62.1, target0809: 63, target0910: 64.5, actual0809: 58.4 },
      { ref: "NI 163", title: "Proportion of population aged 19-64 for males and 19-59 for females qualified to at least Level 2 or higher", polarity: "Higher", unit: "%", frequency: "Annual", baseline: 0.68, target0809: 0.695, target0910: 0.71, actual0809: 0.702 },
      { ref: "NI 165", title: "Proportion of population aged 19-64 for males and 19-59 for females qualified to at least Level 4 or higher", polarity: "Higher", unit: "%", frequency: "Annual", baseline: 0.252, target0809: 0.26, target0910: 0.268, actual0809: 0.255 },
      // The interim target was exceeded; the reward value typed the short way.
      { ref: "L18.1", title: "Jobs created or safeguarded through inward investment", polarity: "Higher", unit: "number", frequency: "Annual", baseline: 850, target0809: 900, target0910: 1000, actual0809: 1120, tolerance: 0.1, reward: "Y", rewardValue: "250k" },
      { ref: "NI 152", title: "Working age people on out of work benefits", polarity: "Lower", unit: "%", frequency: "Quarterly", baseline: 0.101, target0809: 0.099, target0910: 0.097, actual0809: 0.108, q1: 0.115, q2: 0.117 },
    ],
  },
  {
    name: "Children & Young People's Strategic Partnership (CYPSP)",
    lead: "Peter Featherstone",
    indicators: [
      { ref: "NI 117", title: "16 to 18 year olds who are not in education, training or employment (NEET)", polarity: "Lower", unit: "%", frequency: "Quarterly", baseline: 0.062, target0809: 0.06, target0910: 0.055, actual0809: 0.058, q1: 0.061, q2: 0.053 },
      { ref: "NI 111", title: "First time entrants to the Youth Justice System aged 10-17", polarity: "Lower", unit: "number", frequency: "Quarterly", baseline: 1650, target0809: 1600, target0910: 1520, actual0809: 1580, q1: 1540, q2: 1610 },
      { ref: "NI 112", title: "Under 18 conception rate", polarity: "Lower", unit: "rate", frequency: "Annual", baseline: 34.6, target0809: 31.5, target0910: 29, actual0809: 33.9, reward: "Y", rewardValue: 500000 },
      { ref: "NI 56", title: "Obesity among primary school age children in Year 6", polarity: "Lower", unit: "%", frequency: "Annual", baseline: 0.165, target0809: 0.163, target0910: 0.16, actual0809: "tbc" },
      { ref: "NI 110", title: "Young people's participation in positive activities", polarity: "Higher", unit: "%", frequency: "Annual", baseline: 0.64, target0809: 0.66, target0910: 0.68, actual0809: 0.67 },
      { ref: "NI 116", title: "Proportion of children in poverty", polarity: "Lower", unit: "%", frequency: "Annual", baseline: 0.145, target0809: 0.14, target0910: 0.135, actual0809: 0.142 },
    ],
  },
  {
    name: "2012 Olympics/Paralympic Games",
    lead: "Miriam Stead",
    deputy: "Kathryn Berry",
    indicators: [
      { ref: "NI 8", title: "Adult participation in sport and active recreation", polarity: "Higher", unit: "%", frequency: "Annual", baseline: 0.213, target0809: 0.223, target0910: 0.233, actual0809: 0.219, reward: "Y", rewardValue: 400000 },
      { ref: "NI 11", title: "Engagement in the arts", polarity: "Higher", unit: "%", frequency: "Annual", baseline: 0.441, target0809: 0.45, target0910: 0.46, actual0809: 0.452, reward: "Y", rewardValue: 350000 },
      { ref: "NI 6", title: "Participation in regular volunteering", polarity: "Higher", unit: "%", frequency: "Annual", baseline: 0.236, target0809: 0.24, target0910: 0.25, actual0809: 0.229 },
    ],
  },
  {
    name: "Sustainable Essex",
    lead: "Gwyn Owen",
    deputy: "Jan Plummer",
    indicators: [
      { ref: "NI 154", title: "Net additional homes provided", polarity: "Higher", unit: "number", frequency: "Annual", baseline: 5120, target0809: 5300, target0910: 4200, actual0809: 3870 },
      { ref: "NI 155", title: "Number of affordable homes delivered (gross)", polarity: "Higher", unit: "number", frequency: "Annual", baseline: 1040, target0809: 1100, target0910: 1150, actual0809: 1085, reward: "Y", rewardValue: "£550,000" },
      { ref: "NI 186", title: "Per capita reduction in CO2 emissions in the LA area", polarity: "Higher", unit: "%", frequency: "Annual", target0809: 0.032, target0910: 0.065, actual0809: "tbc" },
      // Worked out from tonnages, as the waste team sends them.
      { ref: "NI 192", title: "Percentage of household waste sent for reuse, recycling and composting", polarity: "Higher", unit: "%", frequency: "Quarterly", baseline: 0.356, target0809: 0.38, target0910: 0.4, actual0809: 0.392, q1: 0.418, q2: { formula: "41250/97000", result: 41250 / 97000 } },
      { ref: "NI 191", title: "Residual household waste per household", polarity: "Lower", unit: "number", frequency: "Quarterly", baseline: 745, target0809: 720, target0910: 700, actual0809: 712, q1: 698, q2: 705 },
      { ref: "L22.1", title: "Access to services: target parishes with improved access", polarity: "Higher", unit: "%", frequency: "Quarterly", target0910: 0.25, q1: 0.18, q2: 0.24, tolerance: 0.1 },
    ],
  },
  {
    name: "Community Wellbeing and Older People (CWOP)",
    lead: "Charlotte Ball",
    deputy: "Loretta Sollars",
    indicators: [
      // Still Green, but worse in each of the last two periods: the minutes' "emerging concern".
      { ref: "NI 135", title: "Carers receiving needs assessment or review and a specific carer's service, or advice and information", polarity: "Higher", unit: "%", frequency: "Quarterly", baseline: 0.19, target0809: 0.2, target0910: 0.21, actual0809: 0.238, q1: 0.229, q2: 0.218, reward: "Y", rewardValue: 400000 },
      // Q2 typed as text with its % sign.
      { ref: "NI 141", title: "Percentage of vulnerable people achieving independent living", polarity: "Higher", unit: "%", frequency: "Quarterly", baseline: 0.41, target0809: 0.43, target0910: 0.45, actual0809: 0.44, q1: 0.44, q2: "45%" },
      { ref: "NI 125", title: "Achieving independence for older people through rehabilitation/intermediate care", polarity: "Higher", unit: "%", frequency: "Quarterly", baseline: 0.78, target0809: 0.8, target0910: 0.82, actual0809: 0.81, q1: 0.815, q2: 0.824 },
      { ref: "NI 130", title: "Social care clients receiving Self Directed Support (Direct Payments and Individual Budgets)", polarity: "Higher", unit: "%", frequency: "Quarterly", baseline: 0.08, target0809: 0.12, target0910: 0.2, actual0809: 0.11, q1: 0.14, q2: 0.192 },
      // The Q2 figure has not come in: the status still rests on Q1.
      { ref: "NI 136", title: "People supported to live independently through social services (all adults)", polarity: "Higher", unit: "number", frequency: "Quarterly", baseline: 2890, target0809: 2950, target0910: 3020, actual0809: 3010, q1: 3050 },
    ],
  },
];
