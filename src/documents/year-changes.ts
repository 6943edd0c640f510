import { STATUS_FILL } from "../colours";
import { ChangeKind, IndicatorChange } from "../changes";
import { IndicatorRating } from "../model";
import { formatPeriod } from "../periods";
import { Block, Cell, paragraph, spacer, table } from "./blocks";
import { Comparison, asAtWords } from "./exception-words";
import { figureFormat, formatFigure } from "../format";
import { joinAnd, plural } from "../words";

// "Change since the start of the year" in the mid-year report: each indicator rated as at the end
// of last year and as at the reporting period by the same rules (the engine's changes, src/changes.ts),
// and those whose status moved, in a sentence of counts and a table of before and now.

const SHOWN: readonly Exclude<ChangeKind, "unchanged">[] = ["turnedRed", "slipped", "improved", "recovered", "firstRated", "newlyAwaited"];

const WORDS: Record<Exclude<ChangeKind, "unchanged">, string> = {
  turnedRed: "turned Red",
  slipped: "slipped from Green to Amber",
  improved: "improved from Red to Amber",
  recovered: "recovered to Green",
  firstRated: "was rated for the first time",
  newlyAwaited: "kept its status, its latest figure awaited",
};

/** Where the words for several differ from the words for one. */
const MANY: Partial<Record<Exclude<ChangeKind, "unchanged">, string>> = {
  firstRated: "were rated for the first time",
  newlyAwaited: "kept their status, their latest figures awaited",
};

const CHANGE_CELL: Record<Exclude<ChangeKind, "unchanged">, string> = {
  turnedRed: "Turned Red",
  slipped: "Slipped from Green to Amber",
  improved: "Improved from Red to Amber",
  recovered: "Recovered to Green",
  firstRated: "Rated for the first time",
  newlyAwaited: "Same status; figure awaited",
};

/** A status cell, shaded, with the figure it rests on under it. */
function statusCell(r: IndicatorRating, awaited: string | null): Cell {
  const notes = r.latest ? [`${formatFigure(r.latest.value, figureFormat(r.indicator))} in ${formatPeriod(r.latest.period)}`] : [];
  if (awaited) notes.push(`${awaited} figure awaited`);
  return { text: r.status, fill: STATUS_FILL[r.status], bold: true, notes };
}

/** The partnership's changes since `c.before`: a sentence, then a table of those that changed. */
export function changesSection(changes: readonly IndicatorChange[], c: Comparison): Block[] {
  const since = asAtWords(c.before);
  if (changes.length === 0) return [paragraph("No indicators for this partnership are on the scorecard.")];
  const moved = changes.filter((ch) => ch.kind !== "unchanged");
  if (moved.length === 0) return [paragraph(`Every indicator has the status it had at ${since}, the start of the year.`)];
  const counts = SHOWN.map((k) => [k, moved.filter((ch) => ch.kind === k).length] as const).filter(([, n]) => n > 0);
  const clauses = counts.map(([k, n], i) => `${i === 0 ? plural(n, "indicator") : n} ${n === 1 ? WORDS[k] : MANY[k] ?? WORDS[k]}`);
  const rest = changes.length - moved.length;
  const sentence = `Compared with ${since}, the start of the year: ${joinAnd(clauses)}${rest > 0 ? `; the other ${rest} kept ${rest === 1 ? "its" : "their"} status` : ""}.`;
  const rows: Cell[][] = moved.map((ch) => [
    { text: ch.now.indicator.ref, bold: true },
    { text: ch.now.indicator.title },
    statusCell(ch.before, ch.awaitedBefore ? formatPeriod(ch.awaitedBefore.period) : null),
    statusCell(ch.now, ch.awaited ? formatPeriod(ch.awaited.period) : null),
    { text: CHANGE_CELL[ch.kind as Exclude<ChangeKind, "unchanged">] },
  ]);
  const headers = ["Ref", "Indicator", `At ${since}`, `At ${formatPeriod(c.reporting)}`, "Change"];
  return [paragraph(sentence, true), table(headers, rows, [700, 2300, 1500, 1500, 1500], `Indicators whose status changed since ${since}`), spacer()];
}
