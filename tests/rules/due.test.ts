import { awaitedFigure, dueFigure, duePeriod, reportingOf } from "../../src/due";
import { formatPeriod } from "../../src/periods";
import { figures, indicator, p } from "./factory";

// When a figure is due: the indicator reports at that point of the year and is being measured then.

const due = (i: ReturnType<typeof indicator>, at: string) => formatPeriod(duePeriod(i, p(at)));

describe("how often an indicator reports", () => {
  it("follows the Frequency column; monthly figures are kept by quarter", () => {
    expect(reportingOf(indicator({ frequency: "annual", actuals: figures({ "Q1 2009/10": 3 }) }))).toBe("annual");
    expect(reportingOf(indicator({ frequency: "monthly" }))).toBe("quarterly");
  });

  it("without a Frequency, is quarterly when a quarter holds a number, else annual", () => {
    expect(reportingOf(indicator({ targets: figures({ "Q3 2009/10": 40 }) }))).toBe("quarterly");
    expect(reportingOf(indicator({ actuals: figures({ "2008/09": 40, "Q1 2009/10": null }) }))).toBe("annual");
  });
});

describe("the period whose figure is due", () => {
  const quarterly = indicator({ frequency: "quarterly", targets: figures({ "2009/10": 50 }) });
  const annual = indicator({ frequency: "annual", targets: figures({ "2008/09": 48, "2009/10": 50 }) });

  it("is the quarter itself for a quarterly indicator, and the year as at a year", () => {
    expect(due(quarterly, "Q2 2009/10")).toBe("Q2 2009/10");
    expect(due(quarterly, "2009/10")).toBe("2009/10");
  });

  it("is last year's outturn for an annual indicator until the year has ended (its Q4)", () => {
    expect(due(annual, "Q1 2009/10")).toBe("2008/09");
    expect(due(annual, "Q3 2009/10")).toBe("2008/09");
    expect(due(annual, "Q4 2009/10")).toBe("2009/10");
    expect(due(annual, "2009/10")).toBe("2009/10");
  });
});

describe("is the figure in?", () => {
  it("a Q2 figure typed tbc is awaited, though the status still rests on Q1", () => {
    const i = indicator({ frequency: "quarterly", targets: figures({ "2009/10": 3020 }), actuals: figures({ "Q1 2009/10": 3050, "Q2 2009/10": null }) });
    expect(formatPeriod(awaitedFigure(i, p("Q2 2009/10"))!.period)).toBe("Q2 2009/10");
    expect(awaitedFigure(i, p("Q1 2009/10"))).toBeNull();
    expect(dueFigure(i, p("Q1 2009/10"))!.actual!.value).toBe(3050);
  });

  it("a Q4 figure answers for the year and the year's outturn for Q4", () => {
    const i = indicator({ frequency: "quarterly", targets: figures({ "2009/10": 50 }), actuals: figures({ "Q4 2009/10": 47 }) });
    expect(dueFigure(i, p("2009/10"))!.actual!.value).toBe(47);
    const j = indicator({ frequency: "quarterly", targets: figures({ "2009/10": 50 }), actuals: figures({ "2009/10": 49 }) });
    expect(dueFigure(j, p("Q4 2009/10"))!.actual!.value).toBe(49);
  });

  it("nothing is due before an indicator is measured: no target that year and no earlier figure", () => {
    const startsNextYear = indicator({ frequency: "annual", targets: figures({ "2009/10": 0.25 }) });
    expect(dueFigure(startsNextYear, p("Q2 2009/10"))).toBeNull(); // 2008/09 outturn: not measured then
    expect(formatPeriod(awaitedFigure(startsNextYear, p("2009/10"))!.period)).toBe("2009/10");
    const carriedOn = indicator({ frequency: "annual", actuals: figures({ "2007/08": 0.17 }) });
    expect(formatPeriod(awaitedFigure(carriedOn, p("Q2 2009/10"))!.period)).toBe("2008/09"); // reported before, so still due
  });
});
