import { formatPeriod } from "../../src/periods";
import { resolveReportingPeriod } from "../../src/reporting-period";
import { Indicator, Period } from "../../src/model";
import { figures, indicator, p, scorecard, settings } from "./factory";

function card(indicators: Indicator[], reportingPeriod: Period | null = null) {
  return scorecard({ indicators, settings: settings({ reportingPeriod }) });
}

// Settings: "Reporting period: the latest period that has any actual" when Settings does not say.

describe("reporting period", () => {
  it("is the Settings period when one is set, even with later actuals", () => {
    const book = card([indicator({ actuals: figures({ "Q3 2009/10": 50 }) })], p("Q2 2009/10"));
    expect(formatPeriod(resolveReportingPeriod(book)!)).toBe("Q2 2009/10");
  });

  it("is the latest period holding a number, ignoring tbc (null) figures", () => {
    const book = card([
      indicator({ actuals: figures({ "2008/09": 40, "Q1 2009/10": 42, "Q3 2009/10": null }) }),
      indicator({ ref: "NI 152", actuals: figures({ "Q2 2009/10": 12 }) }),
    ]);
    expect(formatPeriod(resolveReportingPeriod(book)!)).toBe("Q2 2009/10");
  });

  it("names the year, not Q4, when an annual outturn and a Q4 figure are the latest, in either column order", () => {
    const q4First = card([indicator({ actuals: figures({ "Q4 2009/10": 41, "2009/10": 40 }) })]);
    const yearFirst = card([indicator({ actuals: figures({ "2009/10": 40, "Q4 2009/10": 41 }) })]);
    expect(formatPeriod(resolveReportingPeriod(q4First)!)).toBe("2009/10");
    expect(formatPeriod(resolveReportingPeriod(yearFirst)!)).toBe("2009/10");
  });

  it("is none when no indicator has an actual", () => {
    expect(resolveReportingPeriod(card([indicator()]))).toBeNull();
  });
});
