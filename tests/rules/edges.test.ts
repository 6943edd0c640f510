import { analyse } from "../../src/engine";
import { planRefresh } from "../../src/refresh";
import { projectedReward } from "../../src/reward";
import { directionOfTravel, rateIndicator } from "../../src/status";
import { book, scorecard, sheet } from "../read/grids";
import { figures, indicator, p, settings } from "./factory";

// The edges where arithmetic in binary fractions, a sign typed by mistake or a header typed twice
// would change what a board is told, each as a worked example.

describe("figures that are equal as typed are equal when rated", () => {
  test("baseline 12.1, target 13.1, actual 12.7 is 60% of the planned improvement, so a 60% minimum pays its reward", () => {
    // 12.7 - 12.1 is 0.5999999999999996 in binary fractions.
    const reward = indicator({ baseline: 12.1, targets: figures({ "2009/10": 13.1 }), actuals: figures({ "2009/10": 12.7 }), rewardTarget: true, rewardValue: 500_000 });
    const rated = rateIndicator(reward, settings(), p("2009/10"));
    expect(rated.improvement).toBeCloseTo(0.6, 12);
    expect(projectedReward(rated, settings({ prgMinimum: 0.6 }))).toBe(300_000);
  });

  test("an improvement a hair below the minimum still pays nothing", () => {
    const reward = indicator({ baseline: 12.1, targets: figures({ "2009/10": 13.1 }), actuals: figures({ "2009/10": 12.69 }), rewardTarget: true, rewardValue: 500_000 });
    expect(projectedReward(rateIndicator(reward, settings(), p("2009/10")), settings({ prgMinimum: 0.6 }))).toBe(0);
  });

  test("30.000000000000004 (0.1 + 0.2 tens) against 30 is no change, either way and for either polarity", () => {
    const sum = (0.1 + 0.2) * 100; // 30.000000000000004
    expect(sum).not.toBe(30);
    for (const polarity of ["higher", "lower"] as const) {
      expect(directionOfTravel(sum, 30, polarity)).toBe("No change");
      expect(directionOfTravel(30, sum, polarity)).toBe("No change");
    }
    expect(directionOfTravel(30.01, 30, "higher")).toBe("Improving");
    expect(directionOfTravel(30.01, 30, "lower")).toBe("Worsening");
  });
});

describe("a minus sign typed by mistake", () => {
  const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Unit", "Baseline", "Target 2009/10", "Actual 2009/10"];
  const JOBS = ["NI 1", "Jobs", "P", "Higher", "number", 100, 200, 195];

  test("a row tolerance of -5% is a warning at its cell, and rated as 5% (not a tolerance that makes Amber impossible)", () => {
    const a = analyse(book(scorecard([[...JOBS, -0.05]], [...HEAD, "Tolerance"])));
    expect(a.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(["tolerance-out-of-range I2"]);
    expect(a.indicators[0]).toMatchObject({ tolerance: 0.05, status: "Amber" });
  });

  test("an amber tolerance of -10% on the Settings sheet is refused with a warning and 5% used: 195 against 200 is Amber", () => {
    const a = analyse(book(scorecard([JOBS], HEAD), sheet("Settings", [["Setting", "Value"], ["Amber tolerance", -0.1]])));
    expect(a.findings.map((f) => f.code)).toEqual(["setting-not-a-percentage"]);
    expect(a.scorecard!.settings.amberTolerance).toBe(0.05);
    expect(a.indicators[0].status).toBe("Amber");
  });

  test("a negative partnership threshold on the Settings sheet is refused with a warning and the default kept", () => {
    const a = analyse(book(scorecard([JOBS], HEAD), sheet("Settings", [["Setting", "Value"], ["Partnership red threshold", "-20%"]])));
    expect(a.findings.map((f) => f.code)).toEqual(["setting-not-a-percentage"]);
    expect(a.scorecard!.settings.redThreshold).toBe(settings().redThreshold);
  });

  test("a tolerance held as a negative number (an adapter that does not check) still rates with its size", () => {
    const one = indicator({ targets: figures({ "2009/10": 200 }), actuals: figures({ "2009/10": 195 }), tolerance: -0.05 });
    expect(rateIndicator(one, settings(), p("2009/10"))).toMatchObject({ tolerance: 0.05, status: "Amber" });
    expect(rateIndicator(indicator({ ...one, tolerance: null }), settings({ amberTolerance: -0.05 }), p("2009/10"))).toMatchObject({ tolerance: 0.05, status: "Amber" });
  });
});

describe("a Status column typed twice", () => {
  test("the refresh writes the statuses into the first Status column and leaves the second as the user typed it", () => {
    const head = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Baseline", "Target 2009/10", "Actual 2009/10", "Status", "Notes", "Status"];
    const a = analyse(book(scorecard([["NI 1", "Jobs", "P", "Higher", 100, 200, 150, null, "n", "mine"]], head)));
    const status = planRefresh(a).columns.filter((c) => c.name === "Status");
    expect(status.map((c) => c.column)).toEqual([8]);
  });
});
