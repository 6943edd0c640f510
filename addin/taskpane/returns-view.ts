import { refKey } from "../../src/catalogue";
import { sheetCellRef } from "../../src/grid";
import { ReturnFinding } from "../../src/findings";
import { Analysis } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { findingPlace, owedText, wordsTaken } from "../../src/returns/chase-words";
import { askedPeriod, figureText, heldFigure } from "../../src/returns/figures";
import { FigureChange, MergePlan, Outcome, TextChange } from "../../src/returns/merge-model";
import { readReturn } from "../../src/returns/read-return";
import { ReturnInput } from "../../src/returns/merge-returns";
import { joinAnd, plural } from "../../src/words";
import { el } from "./dom";

// The Returns view: Make returns, Bring in returns, and before anything is written, what the merge
// would do (src/returns/merge-returns.ts plans it, as for the command line): a table of the changes
// with their flags, the words for the Commentary sheet, the chase list and every finding at the
// return's file, sheet and cell. The words the view says are here.

export const RETURNS_WORDS = {
  period: (period: string) => `Returns for ${period}, the reporting period (change it under Settings).`,
  noPeriod: "Set the reporting period under Settings to make or bring in returns.",
  readingBook: "Reading the workbook…",
  bookErrors: "The workbook has errors, so no return can be made from it yet. Fix the errors listed under Check first.",
  making: (n: number) => `Making ${plural(n, "return")}…`,
  packing: "Packing the returns into one .zip…",
  zipName: "Returns",
  reading: (n: number) => `Reading ${plural(n, "return")}…`,
  planning: "Comparing the returns with the workbook…",
  noFiles: "Choose one or more returns (.xlsx) to bring in.",
  writing: "Writing the returns' figures into the workbook…",
  blocked: (n: number) =>
    `Nothing was written: ${plural(n, "error")} in the returns (listed below). Have each return with an error corrected, or bring in the others without it.`,
  changed: "Nothing was written: the workbook changed after the returns were read. The table now shows what Accept would write; check it and accept again.",
  reviewReady: "Nothing is written until you accept. Check the changes below.",
  nothingToWrite: "Nothing to write: every figure and paragraph shown is already in the workbook, or kept as it is.",
  written: (taken: string, file: string | null) =>
    file
      ? `Wrote ${taken} into this page's copy of ${file}. Choose Download workbook to keep it (its statuses are refreshed first); ${file} itself is unchanged.`
      : `Wrote ${taken} into this workbook. Refresh the scorecard to rate the new figures.`,
  reviewBlocked: (n: number) => `${plural(n, "error")} in the returns (listed below): Accept writes nothing until they are put right.`,
} as const;

const OUTCOMES: Record<Outcome, string> = {
  written: "New: will be written",
  same: "Already in",
  conflict: "Differs: the scorecard's kept",
  overwritten: "Differs: will be overwritten",
};

/** Findings about one figure that keep it out, shown as its row's flag. */
const NOT_TAKEN: Partial<Record<ReturnFinding["code"], string>> = {
  "return-not-a-number": "Not a number: not taken",
  "return-percent-out-of-range": "Not 0 to 100: not taken",
  "return-row-twice": "On two rows: not taken",
};

export class ReturnsView {
  constructor(private readonly doc: Document) {}

  /** The period returns are made and brought in for, as the last check found it. */
  setPeriod(analysis: Analysis | null): void {
    const period = analysis?.reportingPeriod;
    this.byId("returns-period").textContent = period ? RETURNS_WORDS.period(formatPeriod(period)) : RETURNS_WORDS.noPeriod;
  }

  get overwrite(): boolean {
    return (this.byId("returns-overwrite") as HTMLInputElement).checked;
  }

  clear(): void {
    this.byId("returns-review").replaceChildren();
    this.byId("accept-bar").hidden = true;
  }

  /** What the merge would do, before anything is written. */
  show(plan: MergePlan, inputs: readonly ReturnInput[], analysis?: Analysis): void {
    const root = this.byId("returns-review");
    const lines = [
      el("h2", { className: "group-heading", id: "returns-changes-heading" }, "Changes"),
      el("p", { id: "returns-counts" }, countsText(plan)),
      figuresTable(plan, inputs, analysis),
    ];
    if (plan.texts.length) lines.push(el("h2", { className: "group-heading" }, "Commentary"), textsTable(plan.texts));
    lines.push(el("h2", { className: "group-heading", id: "returns-chase-heading" }, `Chase list for ${formatPeriod(plan.period)}`), chaseList(plan));
    const findings = plan.findings.filter((f) => f.code !== "return-conflict");
    if (findings.length) lines.push(el("h2", { className: "group-heading" }, "Findings"), findingsList(findings));
    root.replaceChildren(...lines);
    this.byId("accept-bar").hidden = false;
  }

  private byId(id: string): HTMLElement {
    return this.doc.getElementById(id)!;
  }
}

function countsText(plan: MergePlan): string {
  const count = (o: Outcome) => plan.figures.filter((f) => f.outcome === o).length;
  const taken = plan.returns.filter((r) => r.taken).length;
  const conflicts = count("conflict") + plan.texts.filter((t) => t.outcome === "conflict").length;
  const parts = [
    `${plural(count("written") + count("overwritten"), "figure")} to write`,
    count("same") ? `${count("same")} already in` : "",
    conflicts ? `${plural(conflicts, "conflict")} kept as the scorecard has ${conflicts === 1 ? "it" : "them"}` : "",
    plan.figures.some((f) => f.queried) ? `${plan.figures.filter((f) => f.queried).length} queried` : "",
    ...wordsTaken(plan.texts),
  ].filter(Boolean);
  return `${taken} of ${plural(plan.returns.length, "return")} taken: ${joinAnd(parts)}.`;
}

function table(caption: string, headers: string[], className: string): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const head = el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h))));
  const body = el("tbody");
  return { table: el("table", { className: `changes ${className}` }, el("caption", { className: "visually-hidden" }, caption), head, body), body };
}

/** One row per figure of every return, grouped by return; figures kept out for a finding too. */
function figuresTable(plan: MergePlan, inputs: readonly ReturnInput[], analysis?: Analysis): HTMLElement {
  const { table: t, body } = table("The returns' figures and what Accept does with each", ["Indicator", "Now", "Return", "Flags"], "figures");
  for (const r of plan.returns) {
    body.append(el("tr", { className: "group" }, el("th", { scope: "rowgroup", colSpan: 4 }, `${r.partnership ?? "Not recognised"}: ${r.file}${r.taken ? "" : " (not taken)"}`)));
    for (const f of plan.figures.filter((x) => x.file === r.file)) body.append(figureRow(f));
    for (const row of notTakenRows(plan, inputs, r.file, analysis)) body.append(row);
  }
  return el("div", { className: "table-scroll" }, t);
}

function figureRow(f: FigureChange): HTMLTableRowElement {
  const flags = [f.formula && f.outcome === "conflict" ? "Formula: never written" : OUTCOMES[f.outcome], f.queried ? "Queried: far from the last figure" : ""].filter(Boolean);
  const row = el("tr", { className: `outcome-${f.outcome}${f.queried ? " queried" : ""}` },
    el("td", {}, el("span", { className: "ref" }, f.ref), ` ${f.period}`, el("span", { className: "title" }, f.title)),
    el("td", {}, f.oldShown),
    el("td", {}, f.shown),
    el("td", {}, ...flags.map((text) => el("span", { className: "flag" }, text))),
  );
  row.title = `${sheetCellRef(f.sheet, f.cell)}; from ${f.file} ${f.returnCell}`;
  return row;
}

/** The figures a finding kept out (not a number, out of range, on two rows), with what the lead typed. */
function notTakenRows(plan: MergePlan, inputs: readonly ReturnInput[], file: string, analysis?: Analysis): HTMLTableRowElement[] {
  const kept = plan.findings.filter((f) => f.file === file && NOT_TAKEN[f.code]);
  if (!kept.length) return [];
  const input = inputs.find((i) => i.file === file);
  const figures = input && "grids" in input ? readReturn(file, input.grids).figures : [];
  return kept.map((f) => {
    const figure = figures.find((x) => x.figureCell === f.cell || `A${x.row}` === f.cell);
    // The indicator as the scorecard has it: its period and title, and the figure it holds now.
    const key = refKey(f.ref ?? figure?.ref ?? "");
    const indicator = analysis?.scorecard?.indicators.find((i) => i.refKey === key);
    const asked = indicator && askedPeriod(indicator, plan.period);
    const held = indicator && asked ? heldFigure(indicator, asked) : null;
    return el("tr", { className: "not-taken" },
      indicator && asked
        ? el("td", {}, el("span", { className: "ref" }, indicator.ref), ` ${formatPeriod(asked)}`, el("span", { className: "title" }, indicator.title))
        : el("td", {}, el("span", { className: "ref" }, figure?.ref ?? f.cell)),
      el("td", {}, indicator && asked ? (held === null ? "blank" : figureText(held, indicator)) : "–"),
      el("td", {}, figure?.figure == null ? "" : String(figure.figure)),
      el("td", {}, el("span", { className: "flag" }, NOT_TAKEN[f.code]!)),
    );
  });
}

const cut = (text: string | null) => (text === null ? "–" : text.length > 90 ? `${text.slice(0, 89)}…` : text);

/** A lead's update of the words their return showed them: replacing last period's words is what it is for. */
const UPDATE = "Update: replaces the words the return showed";

function textsTable(texts: readonly TextChange[]): HTMLElement {
  const { table: t, body } = table("The returns' words for the Commentary sheet and what Accept does with each", ["Section", "Now", "Return", "Flags"], "texts");
  for (const c of texts) {
    body.append(el("tr", { className: `outcome-${c.outcome}` },
      el("td", {}, el("span", { className: "ref" }, c.partnership), el("span", { className: "title" }, c.heading)),
      el("td", {}, cut(c.old)),
      el("td", {}, cut(c.text)),
      el("td", {}, el("span", { className: "flag" }, c.update ? UPDATE : OUTCOMES[c.outcome])),
    ));
  }
  return el("div", { className: "table-scroll" }, t);
}

function chaseList(plan: MergePlan): HTMLElement {
  const list = el("ul", { className: "chase-list", id: "returns-chase" });
  list.setAttribute("aria-labelledby", "returns-chase-heading");
  for (const c of plan.chase) list.append(el("li", {}, el("strong", {}, c.partnership), `, ${c.lead ?? "no lead named"}: ${owedText(c)}`));
  return list;
}

function findingsList(findings: readonly ReturnFinding[]): HTMLElement {
  return el("ul", { className: "finding-list", id: "returns-findings" }, ...findings.map((f) =>
    el("li", { className: `finding ${f.severity === "error" ? "error" : "warning"}` },
      el("span", { className: "place" }, findingPlace(f)),
      ` ${f.message}.`,
      el("span", { className: "hint" }, `${f.hint}.`),
    )));
}
