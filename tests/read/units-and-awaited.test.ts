import { readScorecard } from "../../src/read/scorecard";
import { readPapers } from "../../src/read/papers";
import { book, scorecard, sheet } from "./grids";

// What the papers need from the reader: the unit as the book writes it, and what a cell without a
// figure says (a "tbc" quarter is flagged in the papers, a blank one is not).

const HEADERS = ["Ref", "Indicator", "Thematic partnership", "Unit", "Target 2009/10", "Actual 2008/09", "Q1 2009/10"];

function indicator(row: (string | number | null)[]) {
  const read = readScorecard(book(scorecard([row], HEADERS)));
  return read.scorecard!.indicators[0];
}

describe("Units: the book's before the catalogue's", () => {
  test("a unit the book writes its own way is not replaced by the catalogue's percentage (NI 186 is % in the catalogue)", () => {
    const co2 = indicator(["NI 186", "CO2 emissions per head", "Sustainable Essex", "tCO2/head", 7.9, 8.3, 8.1]);
    expect(co2.unit).toBe("number");
    expect(co2.unitText).toBe("tCO2/head");
    expect(co2.actuals.map((a) => a.value)).toEqual([8.3, 8.1]);
  });

  test("a unit that names its % anywhere is a percentage", () => {
    expect(indicator(["L5", "Pupils walking to school", "Safer", "Proportion (%)", "45%", "41%", "44%"]).unit).toBe("percent");
  });

  test("without a unit in the book, the catalogue's unit and its wording are used", () => {
    const ni = indicator(["NI 186", "CO2 emissions", "Sustainable Essex", null, "6.5%", "3.2%", null]);
    expect(ni.unit).toBe("percent");
    expect(ni.unitText).toBe("% reduction (t CO2 per capita)");
  });
});

describe("Cells without a figure", () => {
  test("keep what they say (tbc, n/a), and a blank cell says nothing", () => {
    const ni = indicator(["NI 136", "People supported to live independently", "CWOP", "rate", 3020, "n/a", "tbc"]);
    expect(ni.actuals).toEqual([
      { period: { kind: "year", year: 2008 }, value: null, cell: "F2", typed: "n/a" },
      { period: { kind: "quarter", year: 2009, quarter: 1 }, value: null, cell: "G2", typed: "tbc" },
    ]);
    expect(indicator(["NI 136", "People supported", "CWOP", "rate", 3020, 3010, null]).actuals[1]).toEqual({ period: { kind: "quarter", year: 2009, quarter: 1 }, value: null, cell: "G2" });
  });
});

describe("Meeting sheet: the next meeting's time and venue", () => {
  test("are read beside its date", () => {
    const meeting = sheet("Meeting", [["Field", "Value"], ["Next meeting", "16/11/2009"], ["Next meeting time", "9:30 to 11:00"], ["Next meeting venue", "Committee Room 1, County Hall"]]);
    const { papers } = readPapers(book(meeting), null);
    expect(papers.meeting).toMatchObject({ nextMeeting: new Date(Date.UTC(2009, 10, 16)), nextMeetingTime: "9:30 to 11:00", nextMeetingVenue: "Committee Room 1, County Hall" });
  });
});
