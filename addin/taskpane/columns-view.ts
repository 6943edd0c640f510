import { accountLine } from "../../src/columns";
import { Scorecard } from "../../src/model";
import { el } from "./dom";

// The Check view's "How the sheet was read": the column map (column letter, header as typed, read
// as), so an officer sees at a glance that their Q3 column was taken as Q3, and which columns were
// not read. A native <details> keeps it out of the way and open to the keyboard; each letter is a
// button to the column's header cell, as a finding is.

export interface ColumnMapRow {
  letter: string;
  cell: string;
  header: string;
  readAs: string;
  notUnderstood: boolean;
}

export interface ColumnMap {
  sheet: string;
  /** "How the sheet was read: 15 columns, 1 not understood". */
  title: string;
  rows: ColumnMapRow[];
}

/** The map as data, or null without a scorecard (its finding says why). */
export function columnMap(scorecard: Scorecard | null): ColumnMap | null {
  if (!scorecard?.columns) return null;
  const rows = scorecard.columns.map((a) => ({
    letter: a.letter,
    cell: a.cell,
    header: a.header || "(no header)",
    readAs: accountLine(a),
    notUnderstood: a.reading.kind === "not-understood",
  }));
  const unknown = rows.filter((r) => r.notUnderstood).length;
  const count = `${rows.length} column${rows.length === 1 ? "" : "s"}`;
  return { sheet: scorecard.sheet, title: `How the sheet was read: ${count}${unknown ? `, ${unknown} not understood` : ""}`, rows };
}

/** Fills `root` with the map; it stays open or closed as the user left it. */
export function renderColumnMap(root: HTMLElement, map: ColumnMap | null, onChoose: (sheet: string, cell: string, button: HTMLButtonElement) => void): void {
  if (!map) {
    root.replaceChildren();
    return;
  }
  const wasOpen = root.querySelector("details")?.open ?? false;
  const table = el("table", { className: "column-map" },
    el("caption", { className: "visually-hidden" }, `Columns of the sheet ${map.sheet}`),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Column"), el("th", { scope: "col" }, "Header"), el("th", { scope: "col" }, "Read as"))),
  );
  const body = el("tbody");
  for (const row of map.rows) {
    const go = el("button", { type: "button", className: "column-letter", title: `Go to ${row.cell}` }, row.letter);
    go.addEventListener("click", () => onChoose(map.sheet, row.cell, go));
    const tr = el("tr", { className: row.notUnderstood ? "not-understood" : "" }, el("th", { scope: "row" }, go), el("td", {}, row.header), el("td", {}, row.readAs));
    body.append(tr);
  }
  table.append(body);
  const details = el("details", { id: "column-map-details", open: wasOpen }, el("summary", {}, map.title), table);
  root.replaceChildren(details);
}
