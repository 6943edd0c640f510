import { catalogueSize, isNationalRef, lookupIndicator, looksLocal, refKey } from "../../src/catalogue";

describe("The National Indicator catalogue", () => {
  test("holds the national indicator set from data/national-indicators.csv", () => {
    expect(catalogueSize()).toBeGreaterThanOrEqual(190);
  });

  test.each(["NI 151", "NI151", "ni 151", "NI 0151", " NI-151 "])("%j finds NI 151", (ref) => {
    expect(lookupIndicator(ref)).toMatchObject({ ref: "NI 151", key: "NI151", number: 151 });
  });

  test("gives polarity and unit: NI 151 overall employment rate is higher-is-better, a percentage", () => {
    const ni = lookupIndicator("NI 151")!;
    expect(ni.title.toLowerCase()).toContain("employment rate");
    expect(ni.polarity).toBe("higher");
    expect(ni.unit).toBe("percent");
  });

  test("lower is better where the catalogue says so (NI 18 adult re-offending)", () => {
    expect(lookupIndicator("NI 18")!.polarity).toBe("lower");
  });

  test("a banded or uncertain polarity is unknown, not guessed (NI 44 banded, NI 23 uncertain)", () => {
    expect(lookupIndicator("NI 44")!.polarity).toBeNull();
    expect(lookupIndicator("NI 23")!.polarity).toBeNull();
  });

  test("unverified titles are still usable, and say so", () => {
    const ni = lookupIndicator("NI 18")!;
    expect(ni.title).toMatch(/re-offending/i);
    expect(ni.verification).toMatch(/^unverified/);
  });

  test("an NI number outside the set is not found", () => {
    expect(lookupIndicator("NI 250")).toBeUndefined();
    expect(isNationalRef(refKey("NI 250"))).toBe(true);
  });

  test("local references look local, anything else does not", () => {
    expect(looksLocal(refKey("L18.1"))).toBe(true);
    expect(looksLocal(refKey("LPI 12"))).toBe(true);
    expect(looksLocal(refKey("Priority 1"))).toBe(false);
    expect(refKey("l 18.1")).toBe("L18.1");
  });
});
