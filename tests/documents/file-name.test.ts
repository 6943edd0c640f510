import { paperFileStem, safeFileName, uniqueFileNames } from "../../src/file-name";

// A partnership's name as a file name Windows, macOS and Linux all accept.

const utf8 = (text: string) => new TextEncoder().encode(text).length;

describe("safe file names", () => {
  test.each([
    ["CON", "CON_"], ["nul", "nul_"], ["AUX.x", "AUX_.x"], ["COM1", "COM1_"], ["lpt9.partnership", "lpt9_.partnership"],
  ])("%j, a name Windows keeps for a device (whatever follows the dot), becomes %j", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  test.each([
    [".Safer Essex", "Safer Essex"], ["...Hidden", "Hidden"], ["Safer Essex. ", "Safer Essex"], ["Safer Essex...", "Safer Essex"],
    ["Olympics/Paralympics", "Olympics-Paralympics"], ["Crime: 2009?", "Crime 2009"], ["Line\nbreak", "Line break"],
  ])("%j becomes %j (no hidden file, nothing Windows drops or refuses)", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  test("a long name in another script is cut by bytes, never mid-character, leaving room for a suffix", () => {
    const name = "安全社区伙伴关系".repeat(40); // 320 characters, 960 bytes in UTF-8
    const safe = safeFileName(name);
    expect(utf8(safe)).toBeLessThanOrEqual(200);
    expect(name.startsWith(safe)).toBe(true);
    expect(utf8(`${safe} (12) annual review.docx`)).toBeLessThanOrEqual(255);
    const emoji = safeFileName("🌳".repeat(100));
    expect(emoji).toBe("🌳".repeat(50)); // 4 bytes each: no half a character
  });

  test("a name with nothing usable falls back", () => {
    expect(safeFileName("...", "partnership")).toBe("partnership");
    expect(safeFileName("  ", "Minutes")).toBe("Minutes");
  });

  test("names unique in one folder, compared as Windows and macOS compare them (case, Unicode form)", () => {
    // "Iêchyd" typed with a composed ê, and with e and a combining circumflex (as macOS stores names).
    expect(uniqueFileNames(["Safer Essex", "safer essex", "Safer Essex", "I\u00eachyd", "Ie\u0302chyd"], ".docx")).toEqual([
      "Safer Essex.docx", "safer essex (2).docx", "Safer Essex (3).docx", "I\u00eachyd.docx", "Ie\u0302chyd (2).docx",
    ]);
  });
});

describe("a paper's file name", () => {
  it("names the partnership, the paper and the period, the same from the command line and the pane", () => {
    expect(paperFileStem("2012 Olympics/Paralympic Games", "annual review", { kind: "quarter", year: 2009, quarter: 2 })).toBe("2012 Olympics-Paralympic Games annual review Q2 2009-10");
    expect(paperFileStem("Safer Essex", "progress update", { kind: "year", year: 2009 })).toBe("Safer Essex progress update 2009-10");
    expect(paperFileStem("LAA Performance Management Group", "minutes", "2009-10-19")).toBe("LAA Performance Management Group minutes 2009-10-19");
    expect(paperFileStem("Safer Essex", "annual review", null)).toBe("Safer Essex annual review");
  });
});
