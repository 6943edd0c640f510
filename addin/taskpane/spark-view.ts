import { Spark } from "../../src/dashboard-changes";

// A sparkline: an indicator's last actuals as a line, its target as a dashed line, in inline SVG
// (no chart library for a 96 by 24 picture). Its words are the engine's (Spark.label), read out in
// place of the picture.

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 96;
const HEIGHT = 24;
const PAD = 3;

function svgEl(doc: Document, tag: string, attributes: Record<string, string>): SVGElement {
  const node = doc.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function sparkline(doc: Document, spark: Spark): SVGElement {
  const svg = svgEl(doc, "svg", { class: "spark", width: String(WIDTH), height: String(HEIGHT), viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": spark.label });
  const values = spark.points.map((p) => p.value);
  if (spark.target !== null) values.push(spark.target);
  if (values.length === 0) return svg;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  // Higher figures higher up; a flat series sits in the middle.
  const y = (v: number) => (high === low ? HEIGHT / 2 : PAD + ((high - v) / span) * (HEIGHT - 2 * PAD));
  const step = spark.points.length > 1 ? (WIDTH - 2 * PAD) / (spark.points.length - 1) : 0;
  const x = (i: number) => (spark.points.length > 1 ? PAD + i * step : WIDTH / 2);
  if (spark.target !== null) {
    const ty = y(spark.target).toFixed(1);
    svg.append(svgEl(doc, "line", { class: "spark-target", x1: "0", x2: String(WIDTH), y1: ty, y2: ty }));
  }
  if (spark.points.length > 1) {
    svg.append(svgEl(doc, "polyline", { class: "spark-line", points: spark.points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ") }));
  }
  const last = spark.points.length - 1;
  if (last >= 0) svg.append(svgEl(doc, "circle", { class: "spark-last", cx: x(last).toFixed(1), cy: y(spark.points[last].value).toFixed(1), r: "2.5" }));
  return svg;
}
