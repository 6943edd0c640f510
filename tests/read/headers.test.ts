import { classifyHeader, FIELD_HEADERS, headerField, headerKey, headerRank } from "../../src/headers";

const read = (text: string) => classifyHeader(text, 2008);

describe("Headers: matched ignoring case, punctuation and repeated spaces", () => {
  test("a header key drops punctuation but keeps £ and %", () => {
    expect(headerKey("  NI  Ref. ")).toBe("ni ref");
    expect(headerKey("PRG (£)")).toBe("prg £");
  });

  test.each([
    ["Ref", "ref"], ["NI ref", "ref"], ["Indicator Ref", "ref"], ["CODE", "ref"], ["ID", "ref"],
    ["Indicator", "indicator"], ["Title", "indicator"], ["Indicator name", "indicator"],
    ["Thematic partnership", "partnership"], ["Theme", "partnership"], ["Lead partnership", "partnership"], ["Block", "partnership"],
    ["Priority", "priority"], ["Outcome", "priority"],
    ["Lead officer", "leadOfficer"], ["Lead officer(s)", "leadOfficer"], ["NI / Local ref", "ref"], ["LAA indicator", "indicator"], ["Lead", "leadOfficer"], ["Responsible officer", "leadOfficer"],
    ["Polarity", "polarity"], ["Good is", "polarity"], ["Better is...", "polarity"], ["Direction of improvement", "polarity"],
    ["Unit", "unit"], ["Measure", "unit"], ["Frequency", "frequency"], ["Reporting frequency", "frequency"],
    ["Baseline", "baseline"], ["Baseline (2007/08)", "baseline"],
    ["Tolerance", "tolerance"], ["Amber tolerance", "tolerance"], ["Tolerance (%)", "tolerance"],
    ["Reward", "rewardTarget"], ["Reward target", "rewardTarget"], ["PRG", "rewardTarget"],
    ["Reward value", "rewardValue"], ["PRG value", "rewardValue"], ["PRG (£)", "rewardValue"],
  ])("%j is the %s column", (text, role) => {
    expect(read(text)).toEqual({ kind: "field", role });
  });

  test.each([
    ["Target 2008/09", { kind: "year", year: 2008 }],
    ["2008/09 Target", { kind: "year", year: 2008 }],
    ["Target 08/09", { kind: "year", year: 2008 }],
    ["Y1 target", { kind: "year", year: 2008 }],
    ["Year 2 target", { kind: "year", year: 2009 }],
    ["Target Q2 2009/10", { kind: "quarter", year: 2009, quarter: 2 }],
  ])("%j is a target column", (text, period) => {
    expect(read(text)).toEqual({ kind: "target", period });
  });

  test.each([
    ["Actual 2008/09", { kind: "year", year: 2008 }],
    ["2008/09 Actual", { kind: "year", year: 2008 }],
    ["Outturn 2008/09", { kind: "year", year: 2008 }],
    ["Q1 2009/10", { kind: "quarter", year: 2009, quarter: 1 }],
    ["2009/10 Q1", { kind: "quarter", year: 2009, quarter: 1 }],
    ["Actual Q1 09/10", { kind: "quarter", year: 2009, quarter: 1 }],
    ["Actual Quarter 3 2009-10", { kind: "quarter", year: 2009, quarter: 3 }],
    ["Qtr 1 2009/10", { kind: "quarter", year: 2009, quarter: 1 }],
    ["Actual Qtr 2 09/10", { kind: "quarter", year: 2009, quarter: 2 }],
  ])("%j is an actual column", (text, period) => {
    expect(read(text)).toEqual({ kind: "actual", period });
  });

  test("Year 1 follows the agreement start", () => {
    expect(classifyHeader("Year 1 target", 2007)).toEqual({ kind: "target", period: { kind: "year", year: 2007 } });
  });

  test("a Target or Actual header without a readable period is flagged", () => {
    expect(read("Target")).toEqual({ kind: "unreadable-period", series: "target" });
    expect(read("Actual to date")).toEqual({ kind: "unreadable-period", series: "actual" });
    expect(read("Target 2008-11")).toEqual({ kind: "unreadable-period", series: "target" });
  });

  test("a quarter without its year (Q2, Quarter 3) is an actual column whose period cannot be read, so it is flagged", () => {
    // Quarters grouped under a year written in the row above: silently ignored, the officer's figures
    // would never be rated and nobody would be told.
    expect(read("Q2")).toEqual({ kind: "unreadable-period", series: "actual" });
    expect(read("Quarter 3")).toEqual({ kind: "unreadable-period", series: "actual" });
    expect(read("Year")).toEqual({ kind: "other" });
  });

  test("the refresh's own columns are recognised, and the columns about the figures are ignored with their reason", () => {
    expect(read("Status")).toEqual({ kind: "own", column: "Status" });
    expect(read("direction of travel")).toEqual({ kind: "own", column: "Direction of travel" });
    expect(read("Comments")).toEqual({ kind: "ignored", reason: "commentary" });
    expect(read("Baseline year")).toEqual({ kind: "ignored", reason: "label" });
    expect(read("Comments 2009/10")).toEqual({ kind: "ignored", reason: "commentary" });
    expect(read("Notes")).toEqual({ kind: "ignored", reason: "notes" });
    expect(read("Target met?")).toEqual({ kind: "ignored", reason: "status" });
    expect(read("On target")).toEqual({ kind: "ignored", reason: "status" });
    expect(read("RAG 2009/10 Q1")).toEqual({ kind: "ignored", reason: "status" });
    expect(read("Actual vs target 2009/10")).toEqual({ kind: "ignored", reason: "comparison" });
    expect(read("Lead agency")).toEqual({ kind: "other" });
  });

  test("a forecast is never read as an actual or a target: rated, it would show a Green the year has not earned", () => {
    const forecast = { kind: "ignored", reason: "forecast" };
    expect(read("Forecast outturn 2009/10")).toEqual(forecast);
    expect(read("Forecast 2009/10")).toEqual(forecast);
    expect(read("Projected Q4 2009/10")).toEqual(forecast);
    expect(read("Estimated actual 2009/10")).toEqual(forecast);
    expect(read("Forecast 31/03/2010")).toEqual(forecast);
    expect(read("Outturn 2009/10")).toEqual({ kind: "actual", period: { kind: "year", year: 2009 } });
  });
});

describe("Headers that say which of two columns counts (Revised, Final; Original, Provisional)", () => {
  test.each([
    ["Revised target 2009/10", 2], ["Actual Q2 2009/10 (final)", 2], ["Latest baseline", 2],
    ["Target 2009/10", 1], ["Q2 2009/10", 1], ["Revised provisional Q2 2009/10", 1],
    ["Original target 2009/10", 0], ["Q2 2009/10 (provisional)", 0], ["Draft target 2009/10", 0],
  ])("%j has rank %d", (text, rank) => {
    expect(headerRank(text)).toBe(rank);
  });

  test("the words do not change what a column holds", () => {
    expect(read("Q2 2009/10 (revised)")).toEqual({ kind: "actual", period: { kind: "quarter", year: 2009, quarter: 2 } });
    expect(read("Original target 2009/10")).toEqual({ kind: "target", period: { kind: "year", year: 2009 } });
    expect(read("30/09/2009 (final)")).toEqual({ kind: "actual", period: { kind: "quarter", year: 2009, quarter: 2 } });
    expect(read("Revised baseline")).toEqual({ kind: "field", role: "baseline" });
    expect(read("Previous polarity")).toEqual({ kind: "field", role: "polarity" });
  });

  test("our own columns only by their exact header: a user's Previous status is not our Status", () => {
    expect(read("Status")).toEqual({ kind: "own", column: "Status" });
    expect(read("Previous status")).toEqual({ kind: "ignored", reason: "status" });
    expect(read("Revised")).toEqual({ kind: "other" });
  });

  test("Updated 30/09/2009 says when something was updated: not a column of figures", () => {
    expect(read("Updated 30/09/2009")).toEqual({ kind: "other" });
  });
});

describe("Looking for the header row: a Ref and an Indicator header, by name only", () => {
  // headerKeys asks every cell at the top of every sheet whether it names the Ref or the Indicator,
  // without reading periods and dates; its answer must be classifyHeader's.
  const ALL = Object.values(FIELD_HEADERS).flat();
  const OTHERS = ["Revised ref", "Original indicator", "Indicator %", "Status", "Direction of travel", "#", "No.", "Row", "Target 2008/09",
    "Q1 2009/10", "30/06/2009", "Comments", "", "Safer Essex has made a strong start on crime (NI 20) and met its target for 2009/10."];
  const asked = (role: string | undefined) => (role === "ref" || role === "indicator" ? role : null);
  test.each([...ALL, ...ALL.map((h) => h.toUpperCase() + " (revised)"), ...OTHERS])("%j", (text) => {
    const meaning = read(text);
    expect(asked(headerField(text))).toBe(asked(meaning.kind === "field" ? meaning.role : undefined));
  });
});
