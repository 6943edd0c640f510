import { isPercentFormat, readNumber, settlePercentScale, singlePercent } from "../../src/numbers";

describe("Numbers: what an officer typed, read as a figure", () => {
  test("a numeric cell is read as stored", () => {
    expect(readNumber(72.4)).toEqual({ kind: "number", value: 72.4, percent: false });
  });

  test("thousands commas and a £ sign are read as part of the number", () => {
    expect(readNumber("1,234")).toMatchObject({ kind: "number", value: 1234 });
    expect(readNumber("£1,500,000")).toMatchObject({ kind: "number", value: 1500000 });
    expect(readNumber(" -3.5 ")).toMatchObject({ kind: "number", value: -3.5 });
  });

  test("45% is the fraction 0.45, marked as a percentage", () => {
    expect(readNumber("45%")).toEqual({ kind: "number", value: 0.45, percent: true });
    expect(readNumber("7.5 %")).toEqual({ kind: "number", value: 0.075, percent: true });
  });

  test("a cell with a % number format is a percentage as stored (0.45 shows as 45%)", () => {
    expect(readNumber(0.45, "0%")).toEqual({ kind: "number", value: 0.45, percent: true });
    expect(readNumber(0.456, "0.0%")).toMatchObject({ percent: true });
    expect(readNumber(0.45, "General")).toMatchObject({ percent: false });
    expect(isPercentFormat('0 "%ile"')).toBe(false);
  });

  test("money shorthand is read in money columns only: 250k, 1.5m, £2m", () => {
    expect(readNumber("250k", null, true)).toMatchObject({ value: 250000 });
    expect(readNumber("1.5m", null, true)).toMatchObject({ value: 1500000 });
    expect(readNumber("£2M", null, true)).toMatchObject({ value: 2000000 });
    expect(readNumber("250k")).toEqual({ kind: "invalid", text: "250k" });
  });

  test.each(["tbc", "TBA", "n/a", "-", "..", "Not available", "", "   "])("%j means no value", (text) => {
    expect(readNumber(text)).toEqual({ kind: "none" });
  });

  test("a blank cell means no value", () => {
    expect(readNumber(null)).toEqual({ kind: "none" });
  });

  test("other text is not a number", () => {
    expect(readNumber("about 40")).toEqual({ kind: "invalid", text: "about 40" });
    expect(readNumber("12/03/2009")).toMatchObject({ kind: "invalid" });
    expect(readNumber(true)).toMatchObject({ kind: "invalid" });
  });

  test("an Excel error value is an error, not a blank", () => {
    expect(readNumber({ error: "#DIV/0!" })).toEqual({ kind: "excel-error", error: "#DIV/0!" });
  });
});

describe("Percentage scale of one row", () => {
  const bare = (value: number, cell: string) => ({ value, marked: false, cell });

  test("a % row typed as 45, 47, 50 means 45%, 47%, 50%", () => {
    const s = settlePercentScale([bare(45, "E2"), bare(47, "F2"), bare(50, "G2")]);
    expect(s.fractions).toEqual([0.45, 0.47, 0.5]);
    expect(s.mixed).toBeNull();
  });

  test("a % row typed as fractions stays as fractions", () => {
    expect(settlePercentScale([bare(0.45, "E2"), bare(0.5, "F2")]).fractions).toEqual([0.45, 0.5]);
  });

  test("small points stay points when the row is on the points scale: 0.8 beside 1.2 is 0.8%", () => {
    const s = settlePercentScale([bare(0.8, "E2"), bare(1.2, "F2")]);
    expect(s.fractions).toEqual([0.008, 0.012]);
    expect(s.mixed).toBeNull();
  });

  test("45 beside 0.45 is mixed: each read as the percentage it means, both cells named", () => {
    const s = settlePercentScale([bare(45, "E2"), bare(0.45, "F2")]);
    expect(s.fractions).toEqual([0.45, 0.45]);
    expect(s.mixed).toEqual({ points: "E2", fraction: "F2" });
  });

  test("a figure marked with % is never rescaled", () => {
    expect(settlePercentScale([{ value: 0.45, marked: true, cell: "E2" }, bare(47, "F2")]).fractions).toEqual([0.45, 0.47]);
  });

  test("a single percentage: 5%, 0.05 and 5 are all five per cent", () => {
    expect(singlePercent({ value: 0.05, percent: true })).toBe(0.05);
    expect(singlePercent({ value: 0.05, percent: false })).toBe(0.05);
    expect(singlePercent({ value: 5, percent: false })).toBe(0.05);
  });
});
