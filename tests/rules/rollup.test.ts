import { IndicatorRating, Status } from "../../src/model";
import { overallReason, ratePartnerships } from "../../src/rollup";
import { rating, scorecard, settings } from "./factory";

// Worked examples of the workbook spec's "Status of one partnership".

function ratings(partnership: string, statuses: Partial<Record<Status, number>>): IndicatorRating[] {
  return Object.entries(statuses).flatMap(([status, n]) =>
    Array.from({ length: n ?? 0 }, () => rating({ partnership, status: status as Status })),
  );
}

function one(statuses: Partial<Record<Status, number>>, overrides = {}) {
  const [p] = ratePartnerships(ratings("Safer Essex", statuses), scorecard({ settings: settings(overrides) }));
  return p;
}

describe("partnership counts and % on target", () => {
  it("counts each status and takes % on target as Green over rated (Green, Amber, Red)", () => {
    const p = one({ Green: 2, Amber: 1, Red: 1, "No data": 1, "No target": 1 });
    expect(p).toMatchObject({ indicators: 6, green: 2, amber: 1, red: 1, noData: 1, noTarget: 1, onTarget: 0.5 });
  });

  it("has no % on target when none is rated", () => {
    expect(one({ "No data": 2 }).onTarget).toBeNull();
  });
});

describe("partnership overall status", () => {
  it("is Green when exactly the green threshold (75%) is Green and none is Red", () => {
    expect(one({ Green: 3, Amber: 1 }).overall).toBe("Green");
    expect(one({ Green: 2, Amber: 1 }).overall).toBe("Amber");
  });

  it("is not Green when one indicator is Red, however many are Green", () => {
    const p = one({ Green: 9, Red: 1 });
    expect(p.onTarget).toBe(0.9);
    expect(p.overall).toBe("Amber");
  });

  it("is Red when exactly the red threshold (25%) is Red, Amber just below it", () => {
    expect(one({ Green: 3, Red: 1 }).overall).toBe("Red");
    expect(one({ Green: 4, Red: 1 }).overall).toBe("Amber");
  });

  it("takes the thresholds from Settings (7 Green of 10 meets a 70% threshold)", () => {
    expect(one({ Green: 7, Amber: 3 }, { greenThreshold: 0.7 }).overall).toBe("Green");
    expect(one({ Green: 7, Amber: 3 }).overall).toBe("Amber");
    expect(one({ Green: 9, Red: 1 }, { redThreshold: 0.1 }).overall).toBe("Red");
  });

  it("is No data when none is rated, even with No target indicators", () => {
    expect(one({ "No data": 1, "No target": 2 }).overall).toBe("No data");
  });
});

describe("partnership order, lead and deputy", () => {
  it("follows the Partnerships sheet, then partnerships only on the scorecard in order of first appearance", () => {
    const all = [
      ...ratings("Stronger Communities", { Green: 1 }),
      ...ratings("safer  essex", { Red: 1 }),
      ...ratings("Children and Young People", { Amber: 1 }),
      ...ratings("Stronger Communities", { Green: 1 }),
      ...ratings("Health & Wellbeing", { Green: 1 }),
      ...ratings("Health and wellbeing", { Red: 1 }),
    ];
    const card = scorecard({
      partnerships: [
        { name: "Economic Development", lead: "Gill Smith", deputy: null },
        { name: "Safer Essex", lead: "Alan Dawkes", deputy: "Gwyn Jones" },
      ],
    });
    const result = ratePartnerships(all, card);
    expect(result.map((p) => p.name)).toEqual([
      "Economic Development",
      "Safer Essex",
      "Stronger Communities",
      "Children and Young People",
      "Health & Wellbeing",
    ]);
    // A listed partnership with no indicators is shown, with nothing rated.
    expect(result[0]).toMatchObject({ lead: "Gill Smith", indicators: 0, overall: "No data" });
    // Matched despite case and spacing; named and led as the Partnerships sheet says.
    expect(result[1]).toMatchObject({ lead: "Alan Dawkes", deputy: "Gwyn Jones", indicators: 1, red: 1, overall: "Red" });
    expect(result[2]).toMatchObject({ lead: null, deputy: null, indicators: 2, green: 2 });
    // "&" and "and" are one partnership, named as first written.
    expect(result[4]).toMatchObject({ indicators: 2, green: 1, red: 1 });
  });
});

describe("the rule that made a partnership's status, in words", () => {
  const reason = (statuses: Partial<Record<Status, number>>, overrides = {}) => {
    const s = settings(overrides);
    const [p] = ratePartnerships(ratings("Safer Essex", statuses), scorecard({ settings: s }));
    return overallReason(p, s);
  };

  it("Green: names the share Green and that none is Red", () => {
    expect(reason({ Green: 3, Amber: 1, "No data": 2 })).toBe("3 of 4 rated (75%) are Green and none is Red: Green needs at least 75% Green and no Red.");
  });

  it("Red: names the share Red against the red threshold", () => {
    expect(reason({ Green: 2, Amber: 1, Red: 1 })).toBe("1 of 4 rated (25%) is Red: 25% Red or more makes a partnership Red.");
  });

  it("Amber with one Red among many Green: says the Red keeps it from Green", () => {
    expect(reason({ Green: 9, Red: 1 })).toBe("9 of 10 rated (90%) are Green, but 1 is Red, so it is not Green; 1 Red (10%) is under the 25% that makes it Red.");
  });

  it("Amber short of the green threshold: says both thresholds it missed", () => {
    expect(reason({ Green: 1, Amber: 2 })).toBe("1 of 3 rated (33%) is Green, under the 75% for Green; none is Red.");
  });

  it("follows the thresholds in Settings", () => {
    expect(reason({ Green: 7, Amber: 3 }, { greenThreshold: 0.7 })).toMatch(/Green needs at least 70% Green/);
  });

  it("No data: nothing to rate", () => {
    expect(reason({ "No data": 1, "No target": 1 })).toBe("No indicator has an actual to compare with a target yet.");
  });
});
