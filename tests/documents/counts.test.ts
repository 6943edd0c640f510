import { countsSentence } from "../../src/documents";
import { Status } from "../../src/model";
import { rating } from "./analysis-fixture";

const mix = (...statuses: Status[]) => statuses.map((status, i) => rating({ ref: `L${i}`, status }));

describe("the counts sentence under the performance table", () => {
  it("names every status present, with is/are and has/have agreeing", () => {
    expect(countsSentence(mix("Green", "Green", "Green", "Green", "Green", "Amber", "Amber", "Red", "No data"))).toBe(
      "Of 9 indicators, 5 are on target, 2 are within tolerance, 1 is off target and 1 has no data.",
    );
  });

  it("leaves out the statuses no indicator has", () => {
    expect(countsSentence(mix("Green", "Red", "Red"))).toBe("Of 3 indicators, 1 is on target and 2 are off target.");
  });

  it("speaks of one indicator in the singular", () => {
    expect(countsSentence(mix("Amber"))).toBe("Of 1 indicator, 1 is within tolerance.");
  });

  it("counts indicators without a target or without data", () => {
    expect(countsSentence(mix("No data", "No data", "No target"))).toBe("Of 3 indicators, 2 have no data and 1 has no target.");
  });

  it("says so when the partnership has no indicators", () => {
    expect(countsSentence([])).toBe("No indicators for this partnership are on the scorecard.");
  });
});
