import { readFileSync } from "node:fs";
import * as path from "node:path";
import { buildAnnualReview } from "../../src/documents";
import { indicatorChart } from "../../src/documents/charts";
import { Analysis } from "../../src/model";
import { part, readDocx } from "./read-docx";
import { Q, Q2_0910, Y, ratedAnalysis } from "./rated-fixture";

// A chart per indicator with two or more figures, in Word's own chart format: a chart part with its
// relationship and content type, drawn inline by a w:drawing that names it, with alt text in words.

const TEMPLATE = readFileSync(path.join(__dirname, "../../templates/annual-review.docx"));

const BOOK = () =>
  ratedAnalysis([
    { ref: "NI 117", title: "Young people not in education, employment or training (NEET)", polarity: "lower", unit: "percent", baseline: 0.062, targets: [[Y(2008), 0.06], [Y(2009), 0.055]], actuals: [[Y(2008), 0.058], [Q(2009, 1), 0.061], [Q2_0910, 0.052]] },
    { ref: "NI 8", title: "Adult participation in sport", unit: "percent", targets: [[Y(2009), 0.233]], actuals: [[Y(2008), 0.219]] },
    // One figure only: nothing to chart.
    { ref: "L1", title: "A new local indicator", actuals: [[Q2_0910, 12]] },
  ]);

async function review(analysis: Analysis) {
  const result = await buildAnnualReview(analysis, "Safer Essex", TEMPLATE);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
  return readDocx(result.bytes);
}

describe("a native Word chart for each indicator with two or more figures", () => {
  it("adds one chart part per such indicator, each with its relationship, content type and inline drawing", async () => {
    const doc = await review(BOOK());
    const charts = Object.keys(doc.zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(charts).toEqual(["word/charts/chart1.xml", "word/charts/chart2.xml"]);
    const rels = await part(doc, "word/_rels/document.xml.rels");
    const types = await part(doc, "[Content_Types].xml");
    const drawn = [...doc.xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(drawn).toHaveLength(2);
    for (const [i, rId] of drawn.entries()) {
      expect(rels).toContain(`Id="${rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart${i + 1}.xml"`);
      expect(types).toContain(`<Override PartName="/word/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    }
    // Each drawing has its own id, and no drawing is a picture of a chart.
    const ids = [...doc.xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.xml).not.toContain("<pic:pic");
  });

  it("plots the quarters as lines and each year's figure as a point where the year ends, never joined to the quarters, in the indicator's format", async () => {
    const doc = await review(BOOK());
    const chart = await part(doc, "word/charts/chart1.xml");
    expect(chart).toContain("<c:lineChart>");
    expect([...chart.matchAll(/<c:tx><c:strRef>[\s\S]*?<c:v>([^<]+)<\/c:v>/g)].map((m) => m[1])).toEqual(["Actual", "Actual (year)", "Target (year)", "Baseline"]);
    const categories = [...chart.matchAll(/<c:cat><c:strRef>[\s\S]*?<\/c:strRef>/g)][0][0];
    expect([...categories.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => m[1])).toEqual(["2008/09 year end", "Q1 2009/10", "Q2 2009/10", "Q3 2009/10", "2009/10 year end"]);
    const series = [...chart.matchAll(/<c:val><c:numRef>([\s\S]*?)<\/c:numRef><\/c:val>/g)].map((m) => [...m[1].matchAll(/<c:pt idx="(\d)"><c:v>([^<]+)<\/c:v>/g)].map((p) => `${p[1]}:${p[2]}`));
    expect(series).toEqual([["1:0.061", "2:0.052"], ["0:0.058"], ["0:0.06", "4:0.055"], ["0:0.062", "1:0.062", "2:0.062", "3:0.062", "4:0.062"]]);
    // The year series are markers alone: no line joins a year's figure to a quarter's.
    const lines = [...chart.matchAll(/<c:ser>[\s\S]*?<c:spPr>(<a:ln[\s\S]*?<\/a:ln>)/g)].map((m) => m[1].includes("<a:noFill/>"));
    expect(lines).toEqual([false, true, true, false]);
    expect(chart).toContain('<c:numFmt formatCode="0.0%" sourceLinked="0"/>');
  });

  it("gives each chart alt text that says what it shows in words", async () => {
    const doc = await review(BOOK());
    const descriptions = [...doc.xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toEqual([
      "Line chart of NI 117 Young people not in education, employment or training (NEET). Actual: 5.8% in 2008/09, 6.1% in Q1 2009/10 and 5.2% in Q2 2009/10. Target: 6.0% for 2008/09 and 5.5% for 2009/10. Baseline: 6.2%. Lower is better.",
      "Line chart of NI 8 Adult participation in sport. Actual: 21.9% in 2008/09. Target: 23.3% for 2009/10. Higher is better.",
    ]);
  });

  it("puts each chart under its indicator's trend in Underlying trends", async () => {
    const doc = await review(BOOK());
    const at = doc.xml.indexOf("improved from 6.1% in Q1 2009/10 to 5.2% in Q2 2009/10");
    expect(at).toBeGreaterThan(doc.xml.indexOf("Underlying trends"));
    expect(doc.xml.indexOf("<w:drawing>", at)).toBeLessThan(doc.xml.indexOf("NI 8 Adult participation in sport: one actual so far", at));
  });

  it("charts nothing for an indicator with fewer than two figures", () => {
    const analysis = BOOK();
    expect(indicatorChart(analysis.indicators[2], Q2_0910)).toBeNull();
    expect(indicatorChart(analysis.indicators[1], Q2_0910)?.figures).toBe(2);
  });
});

describe("a chart's title", () => {
  it("is the indicator's whole name, wrapped by the chart, never cut with an ellipsis", () => {
    const title = "Percentage of people who feel that they belong to their neighbourhood and can influence decisions affecting their local area";
    const analysis = ratedAnalysis([{ ref: "NI 4", title, unit: "percent", frequency: "quarterly", targets: [[Y(2009), 0.3]], actuals: [[Q(2009, 1), 0.25], [Q(2009, 2), 0.27]] }]);
    const chart = indicatorChart(analysis.indicators[0], Q2_0910)!.chart.xml;
    expect(chart).toContain(`<a:t>NI 4 ${title}</a:t>`);
    expect(chart).not.toContain("...");
  });
});
