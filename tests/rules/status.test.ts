import { formatPeriod } from "../../src/periods";
import { rateIndicator } from "../../src/status";
import { figures, indicator, p, settings } from "./factory";

// Worked examples of the workbook spec's "Status of one indicator", rule by rule.

const defaults = settings();

describe("rule 1: the latest actual at or before the reporting period", () => {
  const quarterly = indicator({
    actuals: figures({ "2008/09": 40, "Q1 2009/10": 42, "Q2 2009/10": 44, "Q3 2009/10": 46 }),
    targets: figures({ "2009/10": 50 }),
  });

  it("takes the reporting period's own actual and ignores later ones", () => {
    const r = rateIndicator(quarterly, defaults, p("Q2 2009/10"));
    expect(r.latest?.value).toBe(44);
  });

  it("takes the latest earlier actual when the reporting period has none", () => {
    const r = rateIndicator(quarterly, defaults, p("Q4 2009/10"));
    expect(r.latest?.value).toBe(46);
  });

  it("takes the latest of all actuals when there is no reporting period", () => {
    expect(rateIndicator(quarterly, defaults, null).latest?.value).toBe(46);
  });

  it("counts an annual actual as its year's fourth quarter: after Q3, and excluded at Q3 of that year", () => {
    const i = indicator({ actuals: figures({ "Q3 2009/10": 30, "2009/10": 33 }), targets: figures({ "2009/10": 30 }) });
    expect(rateIndicator(i, defaults, p("2009/10")).latest?.value).toBe(33);
    expect(rateIndicator(i, defaults, p("Q4 2009/10")).latest?.value).toBe(33);
    expect(rateIndicator(i, defaults, p("Q3 2009/10")).latest?.value).toBe(30);
  });

  it("prefers the annual outturn to a Q4 actual of the same year, whichever column comes first", () => {
    const q4First = indicator({ actuals: figures({ "Q4 2008/09": 50, "2008/09": 52 }), targets: figures({ "2008/09": 50 }) });
    const outturnFirst = indicator({ actuals: figures({ "2008/09": 52, "Q4 2008/09": 50 }), targets: figures({ "2008/09": 50 }) });
    expect(rateIndicator(q4First, defaults, p("2008/09")).latest?.value).toBe(52);
    expect(rateIndicator(outturnFirst, defaults, p("2008/09")).latest?.value).toBe(52);
  });

  it("skips a period whose actual is blank (tbc, n/a)", () => {
    const i = indicator({ actuals: figures({ "Q1 2009/10": 42, "Q2 2009/10": null }), targets: figures({ "2009/10": 50 }) });
    expect(rateIndicator(i, defaults, p("Q2 2009/10")).latest?.value).toBe(42);
  });

  it("is No data when no numeric actual is at or before the reporting period", () => {
    const blank = indicator({ actuals: figures({ "2008/09": null }), targets: figures({ "2008/09": 50 }) });
    const onlyLater = indicator({ actuals: figures({ "Q3 2009/10": 48 }), targets: figures({ "2009/10": 50 }) });
    for (const i of [blank, onlyLater, indicator({ targets: figures({ "2009/10": 50 }) })]) {
      const r = rateIndicator(i, defaults, p("Q2 2009/10"));
      expect(r.status).toBe("No data");
      expect(r.latest).toBeNull();
      expect(r.direction).toBe("n/a");
    }
  });
});

describe("rule 2: the comparison target", () => {
  it("is the quarterly target of the latest actual's quarter where one exists", () => {
    const i = indicator({ actuals: figures({ "Q2 2009/10": 56 }), targets: figures({ "2009/10": 60, "Q2 2009/10": 55 }) });
    const r = rateIndicator(i, defaults, p("Q2 2009/10"));
    expect(r.target?.value).toBe(55);
    expect(r.status).toBe("Green");
  });

  it("is otherwise the annual target of the year holding the latest actual, not the reporting year's", () => {
    const i = indicator({
      actuals: figures({ "Q2 2008/09": 56 }),
      targets: figures({ "2008/09": 60, "2009/10": 50, "Q3 2008/09": 40 }),
    });
    const r = rateIndicator(i, defaults, p("Q2 2009/10"));
    expect(r.target?.value).toBe(60);
    expect(r.status).toBe("Red");
  });

  it("compares an annual outturn with its year's annual target", () => {
    const i = indicator({ actuals: figures({ "2008/09": 48 }), targets: figures({ "Q4 2008/09": 45, "2008/09": 50 }) });
    expect(rateIndicator(i, defaults, p("2008/09")).target?.value).toBe(50);
  });

  it("is No target when neither exists for that period, or the target cell is blank", () => {
    const otherYear = indicator({ actuals: figures({ "2008/09": 48 }), targets: figures({ "2009/10": 50 }) });
    const blank = indicator({ actuals: figures({ "2008/09": 48 }), targets: figures({ "2008/09": null }) });
    for (const i of [otherYear, blank]) {
      const r = rateIndicator(i, defaults, p("2008/09"));
      expect(r.status).toBe("No target");
      expect(r.asAt).toEqual(p("2008/09"));
      expect(r.improvement).toBeNull();
    }
  });
});

describe("rule 3: the amber band is tolerance x |target|", () => {
  // Target 100, actual 92: 8 short. A 10% band (10) makes it Amber, a 5% band (5) Red.
  const short8 = { actuals: figures({ "2008/09": 92 }), targets: figures({ "2008/09": 100 }) };

  it("takes the row's own tolerance first", () => {
    const r = rateIndicator(indicator({ ...short8, tolerance: 0.1 }), settings({ amberTolerance: 0.02 }), p("2008/09"));
    expect(r.tolerance).toBe(0.1);
    expect(r.status).toBe("Amber");
  });

  it("else the Settings tolerance", () => {
    const r = rateIndicator(indicator(short8), settings({ amberTolerance: 0.1 }), p("2008/09"));
    expect(r.tolerance).toBe(0.1);
    expect(r.status).toBe("Amber");
  });

  it("else 5%", () => {
    const r = rateIndicator(indicator(short8), defaults, p("2008/09"));
    expect(r.tolerance).toBe(0.05);
    expect(r.status).toBe("Red");
  });

  it("uses the size of a negative target (a net reduction of 100: band 5)", () => {
    const at = (actual: number) =>
      rateIndicator(indicator({ actuals: figures({ "2008/09": actual }), targets: figures({ "2008/09": -100 }) }), defaults, p("2008/09")).status;
    expect(at(-104)).toBe("Amber");
    expect(at(-106)).toBe("Red");
  });
});

describe("rule 4: Green, Amber, Red", () => {
  const rate = (polarity: "higher" | "lower", target: number, actual: number) =>
    rateIndicator(
      indicator({ polarity, actuals: figures({ "Q2 2009/10": actual }), targets: figures({ "Q2 2009/10": target }) }),
      defaults,
      p("Q2 2009/10"),
    ).status;

  it("higher is better: Green at or above target, Amber down to target - band (edge included), else Red", () => {
    // Target 50, band 2.5.
    expect(rate("higher", 50, 55)).toBe("Green");
    expect(rate("higher", 50, 50)).toBe("Green");
    expect(rate("higher", 50, 49.99)).toBe("Amber");
    expect(rate("higher", 50, 47.5)).toBe("Amber");
    expect(rate("higher", 50, 47.49)).toBe("Red");
  });

  it("lower is better: Green at or below target, Amber up to target + band (edge included), else Red", () => {
    // Target 20, band 1.
    expect(rate("lower", 20, 15)).toBe("Green");
    expect(rate("lower", 20, 20)).toBe("Green");
    expect(rate("lower", 20, 20.5)).toBe("Amber");
    expect(rate("lower", 20, 21)).toBe("Amber");
    expect(rate("lower", 20, 21.01)).toBe("Red");
  });

  it("puts a percentage typed exactly on the band's edge on it (55% target: 52.25%; 57% lower: 59.85%)", () => {
    // In binary, 0.55 - 5% of 0.55 comes out a hair above 0.5225, and 0.57 + 5% of 0.57 a hair below 0.5985.
    expect(rate("higher", 0.55, 0.5225)).toBe("Amber");
    expect(rate("higher", 0.55, 0.5224)).toBe("Red");
    expect(rate("lower", 0.57, 0.5985)).toBe("Amber");
    expect(rate("lower", 0.57, 0.5986)).toBe("Red");
  });

  it("without a polarity nothing is judged: the figure has no usable target and no direction", () => {
    const i = indicator({
      polarity: null,
      baseline: 40,
      actuals: figures({ "2008/09": 45, "2009/10": 47.5 }),
      targets: figures({ "2009/10": 50 }),
    });
    const r = rateIndicator(i, defaults, p("2009/10"));
    expect(r.status).toBe("No target");
    expect(r.direction).toBe("n/a");
    expect(r.improvement).toBeCloseTo(0.75);
  });
});

describe("rule 5: direction of travel against the previous period of the same frequency", () => {
  const travel = (polarity: "higher" | "lower", values: Record<string, number>, period: string) =>
    rateIndicator(indicator({ polarity, actuals: figures(values), targets: figures({ "2009/10": 50 }) }), defaults, p(period));

  it("quarterly data: against the previous quarter, judged by polarity", () => {
    const values = { "Q1 2009/10": 40, "Q2 2009/10": 44 };
    expect(travel("higher", values, "Q2 2009/10").direction).toBe("Improving");
    expect(travel("lower", values, "Q2 2009/10").direction).toBe("Worsening");
    expect(travel("higher", values, "Q2 2009/10").previous?.value).toBe(40);
    expect(travel("lower", { "Q1 2009/10": 40, "Q2 2009/10": 40 }, "Q2 2009/10").direction).toBe("No change");
  });

  it("annual data: against the previous year", () => {
    const values = { "2007/08": 60, "2008/09": 30, "2009/10": 35 };
    expect(travel("lower", values, "2009/10").direction).toBe("Worsening");
    expect(travel("lower", values, "2008/09").direction).toBe("Improving");
  });

  it("Q1 is compared with Q4 of the year before, or that year's outturn when there is no Q4 figure", () => {
    expect(travel("higher", { "Q4 2008/09": 45, "Q1 2009/10": 42 }, "Q1 2009/10").direction).toBe("Worsening");
    expect(travel("higher", { "2008/09": 38, "Q1 2009/10": 42 }, "Q1 2009/10").direction).toBe("Improving");
  });

  it("is n/a without an actual for the previous period (a quarter is not compared with an older year)", () => {
    expect(travel("higher", { "Q2 2009/10": 44 }, "Q2 2009/10").direction).toBe("n/a");
    expect(travel("higher", { "2008/09": 40, "Q2 2009/10": 44 }, "Q2 2009/10").direction).toBe("n/a");
    expect(travel("higher", { "2007/08": 40, "2009/10": 44 }, "2009/10").direction).toBe("n/a");
  });
});

describe("rule 6: planned improvement achieved = (actual - baseline) / (target - baseline)", () => {
  const improvement = (polarity: "higher" | "lower", baseline: number | null, target: number, actual: number) =>
    rateIndicator(
      indicator({ polarity, baseline, actuals: figures({ "2009/10": actual }), targets: figures({ "2009/10": target }) }),
      defaults,
      p("2009/10"),
    ).improvement;

  it("higher is better: baseline 40, target 50, actual 47.5 is 75% of the planned improvement", () => {
    expect(improvement("higher", 40, 50, 47.5)).toBeCloseTo(0.75);
  });

  it("lower is better: baseline 30, target 20, actual 25 is 50%", () => {
    expect(improvement("lower", 30, 20, 25)).toBeCloseTo(0.5);
  });

  it("is not capped, and goes negative when the figure moved the wrong way", () => {
    expect(improvement("higher", 40, 50, 55)).toBeCloseTo(1.5);
    expect(improvement("higher", 40, 50, 38)).toBeCloseTo(-0.2);
  });

  it("is blank without a baseline, or when the target equals the baseline", () => {
    expect(improvement("higher", null, 50, 47.5)).toBeNull();
    expect(improvement("higher", 50, 50, 47.5)).toBeNull();
  });

  it("is blank when the target is worse than the baseline: a recession target plans no improvement", () => {
    // Tendring's NI 152 (out of work benefits, lower is better): baseline 14.1%, target 14.5%, 15.4%
    // is Red; the old sum gave (15.4 - 14.1) / (14.5 - 14.1) = 325%, printed "Over 200%" beside Red.
    expect(improvement("lower", 14.1, 14.5, 15.4)).toBeNull();
    // NI 151 (employment, higher is better): baseline 71.2%, target 71%, 69.9% gave 650%.
    expect(improvement("higher", 71.2, 71, 69.9)).toBeNull();
  });
});

describe("rule 7: status as at is the period of the latest actual", () => {
  it("names the latest actual's period, which may be earlier than the reporting period", () => {
    const i = indicator({ actuals: figures({ "Q1 2009/10": 42 }), targets: figures({ "2009/10": 50 }) });
    const r = rateIndicator(i, defaults, p("Q3 2009/10"));
    expect(formatPeriod(r.asAt!)).toBe("Q1 2009/10");
  });

  it("names the year for an annual outturn, and is blank with No data", () => {
    const i = indicator({ actuals: figures({ "Q4 2008/09": 41, "2008/09": 42 }), targets: figures({ "2008/09": 50 }) });
    expect(formatPeriod(rateIndicator(i, defaults, p("Q2 2009/10")).asAt!)).toBe("2008/09");
    expect(rateIndicator(indicator(), defaults, p("Q2 2009/10")).asAt).toBeNull();
  });
});
