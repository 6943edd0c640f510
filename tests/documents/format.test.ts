import { formatDate, formatMoney, formatPaperDate, formatValue } from "../../src/format";
import { safeFileName } from "../../src/file-name";

describe("figures in each indicator's own unit", () => {
  it("shows a percentage stored as a fraction as a percentage", () => {
    expect(formatValue(0.45, "percent")).toBe("45%");
    expect(formatValue(0.4567, "percent")).toBe("45.67%");
  });

  it("shows money in pounds with thousands separators, pennies only when there are any", () => {
    expect(formatValue(1500000, "money")).toBe("£1,500,000");
    expect(formatMoney(12.5)).toBe("£12.50");
    expect(formatMoney(-250000)).toBe("\u2212£250,000");
  });

  it("shows counts and rates with thousands separators and no trailing zeros", () => {
    expect(formatValue(1234, "number")).toBe("1,234");
    expect(formatValue(1000000, "number")).toBe("1,000,000");
    expect(formatValue(8.1, "rate")).toBe("8.1");
    expect(formatValue(null, "number")).toBe("–");
  });
});

describe("dates in the British form", () => {
  it("writes 20 February 2009", () => {
    expect(formatDate(new Date(Date.UTC(2009, 1, 20)))).toBe("20 February 2009");
  });

  it("keeps a date typed as text as it was typed", () => {
    expect(formatPaperDate("tbc")).toBe("tbc");
    expect(formatPaperDate(null)).toBe("");
  });
});

describe("file names after partnerships", () => {
  it("keeps the name people know, without characters Windows refuses", () => {
    expect(safeFileName("Children & Young People's Strategic Partnership (CYPSP)")).toBe("Children & Young People's Strategic Partnership (CYPSP)");
    expect(safeFileName("Safer/Stronger: Essex?")).toBe("Safer-Stronger Essex");
    expect(safeFileName("2012 Olympics/Paralympic Games")).toBe("2012 Olympics-Paralympic Games");
    expect(safeFileName("  ...  ")).toBe("partnership");
    expect(safeFileName("CON")).toBe("CON_"); // a Windows device name keeps its words, with an underscore
  });
});
