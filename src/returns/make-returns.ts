import { partnershipKey } from "../keys";
import { safeFileName } from "../file-name";
import { Analysis, Indicator, Partnership, Period } from "../model";
import { formatPeriod } from "../periods";
import { figuresDueBy } from "../progress";
import { askedPeriod, askedTarget, askedWords, contextFigure, earlierActuals, figuresText, heldFigure, returnNumberFormat, shownFigure } from "./figures";
import { indicatorsFingerprint, indicatorsOf } from "./fingerprint";
import {
  FIGURE_HEADERS, IDENTITY_KEYS, RETURN_MARK, RETURN_SECTIONS, RETURN_SHEETS, ReturnCell, ReturnSheet, ReturnValidation, ReturnWorkbook, SHOWN_HEADER,
} from "./return-book";

// One return per partnership for the period being collected, as plain data (return-book.ts); the
// file adapter writes it. docs/returns.md says what each sheet holds and why.

export interface ReturnsRequest {
  /** The scorecard's file name, kept in the return's identity. */
  book: string;
  period: Period;
  /** The partnerships to make returns for, as the scorecard names them. */
  partnerships: readonly string[];
}

const cell = (value: ReturnCell["value"], style?: ReturnCell["style"]): ReturnCell => ({ value, ...(style ? { style } : {}) });

export function makeReturns(analysis: Analysis, request: ReturnsRequest): ReturnWorkbook[] {
  const indicators = analysis.scorecard?.indicators ?? [];
  const due = figuresDueBy(analysis.papers, request.period);
  return request.partnerships.map((name) => {
    const partnership = analysis.scorecard?.partnerships.find((p) => partnershipKey(p.name) === partnershipKey(name)) ?? { name, lead: null, deputy: null };
    const own = indicatorsOf(indicators, name);
    const label = formatPeriod(request.period);
    return {
      fileName: `${safeFileName(`${name} return ${label.replace("/", "-")}`, "return")}.xlsx`,
      title: `${name}: return for ${label}`,
      partnership: name,
      period: request.period,
      sheets: [
        frontSheet(partnership, name, label, due, request.book, own.length),
        figuresSheet(own, request.period),
        commentarySheet(analysis, name),
        identitySheet(request, analysis.scorecard?.settings.area ?? null, name, own),
      ],
    };
  });
}

function frontSheet(p: Partnership, name: string, period: string, due: Date | null, book: string, count: number): ReturnSheet {
  const row = (label: string, value: ReturnCell["value"], style: ReturnCell["style"] = "text") => [cell(label, "label"), cell(value, style)];
  return {
    name: RETURN_SHEETS.front,
    columnWidths: [22, 90],
    rows: [
      [cell(`${name}: return for ${period}`, "title")],
      [],
      row("Partnership", name),
      row("Lead", p.lead ?? "(not named on the scorecard)"),
      row("Deputy", p.deputy ?? "(none named)"),
      row("Period", period),
      due ? row("Please return by", due, "date") : row("Please return by", "7 calendar days before the next meeting"),
      row("Indicators", count),
      row("Made from", book),
      [],
      [cell("How to fill it in", "label")],
      [cell("1.", "text"), cell(`On the ${RETURN_SHEETS.figures} sheet, type each indicator's figure in the yellow column (a number; a percentage as 45 for 45%), and a note where it needs one. Where the scorecard already holds the figure it is filled in: check it, and correct it if it has changed. Leave a figure blank if you do not have it yet.`, "wrap")],
      [cell("2.", "text"), cell(`On the ${RETURN_SHEETS.commentary} sheet, write a few lines under each heading that applies this period.`, "wrap")],
      [cell("3.", "text"), cell("Save the file as it is (an .xlsx, with its name) and email it back. Only the yellow cells can be changed; the sheets are protected against slips, without a password.", "wrap")],
    ],
  };
}

/** Context columns A-I, then the two cells to fill: J (figure) and K (note). */
function figuresSheet(indicators: readonly Indicator[], collected: Period): ReturnSheet {
  const h = FIGURE_HEADERS;
  const header = [h.ref, h.title, h.polarity, h.unit, h.last, h.lastPeriod, h.earlier, h.target, h.period, h.figure, h.note].map((t) => cell(t, "header"));
  const rows: (ReturnCell | null)[][] = [header];
  const points: number[] = [];
  const plain: number[] = [];
  for (const indicator of indicators) {
    const asked = askedPeriod(indicator, collected);
    const [last, ...earlier] = earlierActuals(indicator, asked);
    const target = askedTarget(indicator, asked);
    const held = heldFigure(indicator, asked);
    const shown = (v: number | null | undefined) => (v === null || v === undefined ? null : contextFigure(v, indicator));
    // Without an earlier figure the baseline is the lead's context; the one held for the period is
    // filled in, to be checked rather than typed again (the merge sees an unchanged figure as "already in").
    const baseline = !last && indicator.baseline !== null;
    const numFmt = returnNumberFormat(indicator);
    const figure = (c: ReturnCell): ReturnCell => (numFmt ? { ...c, numFmt } : c);
    rows.push([
      cell(indicator.ref, "text"),
      cell(indicator.title, "wrap"),
      cell(indicator.polarity === "higher" ? "Higher" : indicator.polarity === "lower" ? "Lower" : "", "text"),
      cell(unitWords(indicator), "text"),
      figure(cell(baseline ? shown(indicator.baseline) : shown(last?.value), "number")),
      cell(baseline ? "Baseline" : last ? formatPeriod(last.period) : "", "text"),
      cell(figuresText(earlier.slice(0, 3), indicator), "wrap"),
      figure(cell(shown(target?.value), "number")),
      cell(askedWords(indicator, asked, target), "wrap"),
      figure(cell(held === null ? null : shownFigure(held, indicator), "input")),
      cell(null, "inputText"),
    ]);
    (indicator.unit === "percent" ? points : plain).push(rows.length);
  }
  const validations: ReturnValidation[] = [];
  const prompt = "Type the figure as a number, or leave it blank if you do not have it yet.";
  if (plain.length) validations.push({ range: ranges("J", plain), min: -1e15, max: 1e15, title: "The figure for the period", prompt });
  if (points.length) validations.push({ range: ranges("J", points), min: 0, max: 100, title: "A percentage, 0 to 100", prompt: "Type the percentage as a number from 0 to 100 (45 for 45%), or leave it blank if you do not have it yet." });
  return { name: RETURN_SHEETS.figures, columnWidths: [9, 44, 11, 10, 10, 11, 24, 10, 11, 12, 44], rows, validations, freezeRow: 2 };
}

function unitWords(indicator: Indicator): string {
  if (indicator.unit === "percent") return "%";
  if (indicator.unit === "money") return "£";
  return indicator.unitText ?? (indicator.unit === "rate" ? "rate" : "number");
}

/** Rows as compact ranges: J2:J5 J8. */
function ranges(column: string, rows: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(i === j ? `${column}${rows[i]}` : `${column}${rows[i]}:${column}${rows[j]}`);
    i = j + 1;
  }
  return out.join(" ");
}

function commentarySheet(analysis: Analysis, partnership: string): ReturnSheet {
  const key = partnershipKey(partnership);
  const now = (section: string) => analysis.papers.commentary.filter((c) => c.section === section && partnershipKey(c.partnership) === key).map((c) => c.text).join("\n\n");
  return {
    name: RETURN_SHEETS.commentary,
    columnWidths: [26, 36, 50, 70],
    rows: [
      ["Section", "What goes here", SHOWN_HEADER, "Your update"].map((t) => cell(t, "header")),
      ...RETURN_SECTIONS.map((s) => [cell(s.heading, "label"), cell(s.prompt, "wrap"), cell(now(s.section), "wrap"), cell(null, "inputText")]),
    ],
    freezeRow: 2,
  };
}

/** Where the merge reads a return's identity: key in column A, value in column B, then one Ref a row. */
export const IDENTITY_FIRST_REF_ROW = 10;

function identitySheet(request: ReturnsRequest, area: string | null, partnership: string, indicators: readonly Indicator[]): ReturnSheet {
  const k = IDENTITY_KEYS;
  const rows: (ReturnCell | null)[][] = [
    [cell(RETURN_MARK)],
    [],
    [cell(k.book), cell(request.book)],
    [cell(k.area), cell(area ?? "")],
    [cell(k.partnership), cell(partnership)],
    [cell(k.period), cell(formatPeriod(request.period))],
    [cell(k.fingerprint), cell(indicatorsFingerprint(indicators))],
    [],
    [cell(k.indicators), cell(indicators.length)],
    ...indicators.map((i) => [cell(i.ref)]),
  ];
  return { name: RETURN_SHEETS.identity, columnWidths: [14, 40], rows, hidden: true };
}
