import { promises as fs } from "node:fs";
import * as path from "node:path";
import { analyse, reviewPeriod } from "../../src/engine";
import { REASON_ORDER } from "../../src/exceptions";
import { loadWorkbook } from "../../src/files";
import { formatPeriod } from "../../src/periods";
import { progressPapers } from "../../src/progress";

// The bundled sample carries what the progress updates and mid-year reports need: two quarters of
// the reporting year, an indicator for each exception rule, actions owned by thematic leads, and the
// next meeting. The documents are built on it, so it is checked here through the real engine.

const SAMPLE = path.join(__dirname, "..", "..", "templates", "sample-scorecard.xlsx");

async function sample() {
  const { grids } = await loadWorkbook(await fs.readFile(SAMPLE));
  return analyse(grids);
}

test("every exception rule has an example, as the seed minutes tell them", async () => {
  const analysis = await sample();
  const review = reviewPeriod(analysis)!;
  expect([formatPeriod(review.period), formatPeriod(review.before.period)]).toEqual(["Q2 2009/10", "Q1 2009/10"]);
  const byRef = new Map(review.exceptions.map((e) => [e.indicator.ref, e]));
  expect(review.exceptions).toHaveLength(byRef.size); // nothing listed twice
  const kinds = (ref: string) => byRef.get(ref)?.reasons.map((r) => r.kind);

  expect(kinds("NI 20")).toEqual(["stretch"]); // "the interim target ... has been exceeded"
  expect(byRef.get("NI 135")).toMatchObject({ heading: "barriers", now: { status: "Green" } }); // "emerging concerns"
  expect(kinds("NI 135")).toEqual(["emergingConcern"]);
  expect(kinds("NI 18")).toEqual(["rewardFell"]);
  expect(kinds("NI 136")).toEqual(["noData"]); // Q2 due, not in
  expect(byRef.get("NI 111")?.reasons[0]).toMatchObject({ kind: "red", before: "Amber" });
  expect(kinds("NI 191")).toEqual(["slipped"]);
  expect(kinds("NI 117")).toEqual(["recovered"]);
  const seen = new Set(review.exceptions.flatMap((e) => e.reasons.map((r) => r.kind)));
  expect([...seen].sort()).toEqual([...REASON_ORDER].sort());
  expect(new Set(review.exceptions.map((e) => e.heading))).toEqual(new Set(["goodNews", "barriers", "dataAssurance", "resources"]));

  // Two quarters of the reporting year: the quarterly indicators' Q1 and Q2 figures are rated.
  const quarterly = review.changes.filter((c) => c.now.indicator.frequency === "quarterly");
  expect(quarterly.filter((c) => c.before.asAt && formatPeriod(c.before.asAt) === "Q1 2009/10").length).toBeGreaterThan(10);
});

test("each partnership's progress update has the next meeting, a due-by date and its own actions", async () => {
  const analysis = await sample();
  const safer = analysis.partnerships.find((p) => p.name === "Safer Essex")!;
  const papers = progressPapers(analysis, safer);
  expect(papers.meeting).toMatchObject({
    date: new Date(Date.UTC(2009, 10, 16)), time: "9:30 to 11:00", venue: "Committee Room 2, County Hall, Chelmsford",
    dueBy: new Date(Date.UTC(2009, 10, 9)),
  });
  expect(papers.actions.map((a) => a.owner)).toEqual(["Alan Dawkes", "Thematic Leads"]);
  expect(papers.milestones.forwardPlan.map((f) => f.item)).toEqual(["Review of Domestic Violence target"]);
  for (const p of analysis.partnerships) expect(progressPapers(analysis, p).actions.length).toBeGreaterThan(1);
  const sections = new Set(analysis.papers.commentary.map((c) => c.section));
  for (const s of ["agreedUpdates", "crossCutting", "resources", "locality"] as const) expect(sections).toContain(s);
});
