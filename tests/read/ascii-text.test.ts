import { isAscii, partnershipKey } from "../../src/keys";
import { readPolarity, readYesNo } from "../../src/read/indicator-fields";
import { saysCumulative } from "../../src/profile";

// Text a book holds thousands of times is read the cheap way: an ASCII name or polarity by a pattern
// written for ASCII (the Unicode one costs a millisecond to compile), a Y/N, unit or frequency once per
// distinct text. Worked examples that each way reads as the other would, and that text beyond ASCII
// still goes the Unicode way.

describe("ASCII text read as the Unicode rules read it", () => {
  it("tells ASCII text from text with any character beyond it", () => {
    expect(isAscii("Safer Essex (L18.1)\t;")).toBe(true);
    expect(isAscii("")).toBe(true);
    expect(isAscii("Iêchyd")).toBe(false);
    expect(isAscii("NI\u00a020")).toBe(false);
  });

  it("keys an ASCII partnership name by its letters and digits, & as and", () => {
    expect(partnershipKey("Children & Young People's Strategic Partnership (CYPSP)")).toBe("childrenandyoungpeoplesstrategicpartnershipcypsp");
    expect(partnershipKey("  Safer-Essex 2 ")).toBe(partnershipKey("safer essex2"));
    expect(partnershipKey("!!!")).toBe("#!!!");
  });

  it("keeps letters beyond ASCII in a name's key, so accented and plain names stay apart", () => {
    expect(partnershipKey("Iêchyd Da")).toBe("iêchydda");
    expect(partnershipKey("Iêchyd Da")).not.toBe(partnershipKey("Iechyd Da"));
    expect(partnershipKey("Ασφάλεια & Υγεία")).toBe("ασφάλειαandυγεία");
  });

  it("reads an ASCII polarity phrase word by word", () => {
    expect(readPolarity("Higher is better")).toBe("higher");
    expect(readPolarity("Lower - is better")).toBe("lower");
    expect(readPolarity("High is bad")).toBe("lower");
    expect(readPolarity("Higher 2")).toBeUndefined();
  });

  it("reads a letter beyond ASCII as part of its word, not as a break between words", () => {
    // Split at the é, "Upé" would read as "Up": a direction nobody typed.
    expect(readPolarity("Upé")).toBeUndefined();
    expect(readPolarity("Higher – better")).toBe("higher");
    expect(readPolarity("↑ is good")).toBe("higher");
  });

  it("reads a Reward Y/N the same every time it is met", () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(readYesNo(" Yes ")).toBe(true);
      expect(readYesNo("N")).toBe(false);
      expect(readYesNo("maybe")).toBeUndefined();
      expect(readYesNo(1)).toBe(true);
      expect(readYesNo(0)).toBe(false);
      expect(readYesNo(false)).toBe(false);
    }
  });

  it("finds the cumulative words in a unit or frequency every time it is met", () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(saysCumulative("Jobs created", "Number (cumulative)", "Quarterly")).toBe(true);
      expect(saysCumulative("Jobs created", "Number", "Quarterly, YTD")).toBe(true);
      expect(saysCumulative("Jobs created", "Non-cumulative", "Quarterly")).toBe(false);
      expect(saysCumulative("Jobs created", "Number", "Quarterly")).toBe(false);
    }
  });
});
