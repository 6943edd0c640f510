import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import { statusChart } from "../../src/summary-chart";
import { scorecardBook } from "./books/scorecard-book";
import { partsOf, text } from "./package-diff";

// The summary's chart in a file is the one the add-in draws in Excel (src/summary-chart.ts): Green,
// Amber and Red by partnership, in the status colours, placed below the table and its explanations.

test("the chart part draws Green, Amber and Red per partnership from the summary's own cells, below everything on the sheet", async () => {
  const loaded = await loadWorkbook(scorecardBook().bytes());
  const plan = planRefresh(analyse(loaded.grids));
  const spec = statusChart(plan.summary)!;
  expect(spec.from.row).toBeGreaterThan(plan.summary.rows.length);
  const parts = partsOf(await refreshedBytes(loaded, plan));
  const chart = text(parts, "xl/charts/chart1.xml");
  expect([...chart.matchAll(/<c:tx><c:strRef><c:f>([^<]+)<\/c:f>/g)].map((m) => m[1])).toEqual([
    "'Partnership Summary'!$E$4",
    "'Partnership Summary'!$F$4",
    "'Partnership Summary'!$G$4",
  ]);
  expect([...chart.matchAll(/<a:srgbClr val="([0-9A-F]{6})"\/><\/a:solidFill><a:ln>/g)].map((m) => m[1])).toEqual(["C6EFCE", "FFEB9C", "FFC7CE"]);
  expect(chart).toContain("<c:cat><c:strRef><c:f>'Partnership Summary'!$A$5:$A$7</c:f>");
  expect(chart).toContain("<c:v>Safer Essex</c:v>");
  const drawing = text(parts, "xl/drawings/drawing1.xml");
  expect(drawing).toContain(`<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.from.row - 1}</xdr:row>`);
});
