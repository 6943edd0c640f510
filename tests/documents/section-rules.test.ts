import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview, buildMinutes } from "../../src/documents";
import { analysis, partnership, rating, withUpdatesItem } from "./analysis-fixture";
import { DocParagraph, readDocx } from "./read-docx";

// Which indicators each section of the papers names, read back from the documents: Barriers lists the
// Red and the Amber; Good news never lists an Amber; the minutes' achievements need Green and improving.

const REVIEW = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));
const MINUTES = readFileSync(path.join(__dirname, "../../templates/minutes.docx"));

const ratings = [
  rating({ ref: "NI 20", title: "Assaults", polarity: "lower", status: "Green", target: 8.5, actual: 8.1, previous: 8.6, direction: "Improving" }),
  rating({ ref: "NI 16", title: "Acquisitive crime", polarity: "lower", status: "Green", target: 14, actual: 13.9, previous: 13.5, direction: "Worsening" }),
  rating({ ref: "NI 151", title: "Employment", status: "Amber", target: 75, actual: 74, previous: 73, direction: "Improving" }),
  rating({ ref: "NI 18", title: "Re-offending", polarity: "lower", status: "Red", target: 1100, actual: 1300, direction: "Worsening" }),
];
const safer = analysis(ratings, [partnership("Safer Essex", ratings, "Red")]);

/** The paragraphs under the first heading matching `heading`, up to the next heading of the same or a higher level. */
function section(paragraphs: DocParagraph[], heading: RegExp): string {
  const start = paragraphs.findIndex((p) => /^(Heading\d|Title)$/.test(p.style ?? "") && heading.test(p.text));
  expect(start).toBeGreaterThanOrEqual(0);
  const level = paragraphs[start].style!;
  const end = paragraphs.findIndex((p, i) => i > start && /^Heading\d$/.test(p.style ?? "") && p.style! <= level);
  return paragraphs.slice(start + 1, end < 0 ? undefined : end).map((p) => p.text).join("\n");
}

/** The paragraphs after a bold label line (the minutes' sub-lists), up to the next label. */
function list(paragraphs: DocParagraph[], label: string, next: string): string {
  const texts = paragraphs.map((p) => p.text);
  const start = texts.indexOf(label);
  expect(start).toBeGreaterThanOrEqual(0);
  return texts.slice(start + 1, texts.indexOf(next, start)).join("\n");
}

describe("annual review", () => {
  test("Barriers lists the Red and the Amber indicators, never a Green", async () => {
    const result = await buildAnnualReview(safer, "Safer Essex", REVIEW);
    if (!result.ok) throw new Error("template");
    const barriers = section((await readDocx(result.bytes)).paragraphs, /barriers/i);
    expect(barriers).toContain("NI 18");
    expect(barriers).toContain("NI 151");
    expect(barriers).not.toContain("NI 20");
    expect(barriers).not.toContain("NI 16");
  });

  test("Good news lists the Green indicators and never an Amber or a Red one", async () => {
    const result = await buildAnnualReview(safer, "Safer Essex", REVIEW);
    if (!result.ok) throw new Error("template");
    const good = section((await readDocx(result.bytes)).paragraphs, /good news/i);
    expect(good).toContain("NI 20");
    expect(good).not.toContain("NI 151");
    expect(good).not.toContain("NI 18");
  });
});

describe("minutes' partnership updates", () => {
  test("achievements need Green and improving: a Green that is worsening, or an improving Amber, is not an achievement", async () => {
    const result = await buildMinutes(withUpdatesItem(safer), MINUTES);
    if (!result.ok) throw new Error("template");
    const achievements = list((await readDocx(result.bytes)).paragraphs, "Achievements and good news", "Barriers to delivery");
    expect(achievements).toContain("NI 20");
    expect(achievements).not.toContain("NI 16");
    expect(achievements).not.toContain("NI 151");
  });
});
