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

/**
 * Fills `root` with the map, one button per column (its letter, its header as typed, and what it was
 * read as), as narrow as the pane; it stays open or closed as the user left it.
 */
export function renderColumnMap(root: HTMLElement, map: ColumnMap | null, onChoose: (sheet: string, cell: string, button: HTMLButtonElement) => void): void {
  if (!map) {
    root.replaceChildren();
    return;
  }
  const wasOpen = root.querySelector("details")?.open ?? false;
  const list = el("ul", { className: "column-map" });
  list.setAttribute("aria-label", `Columns of the sheet ${map.sheet}`);
  for (const row of map.rows) {
    const go = el("button", { type: "button", className: `column-entry${row.notUnderstood ? " not-understood" : ""}`, id: `column-${row.letter}`, title: `Go to ${row.cell}` },
      el("span", { className: "place" }, row.letter),
      el("span", { className: "visually-hidden" }, ", header"),
      el("span", { className: "typed" }, ` ${row.header}`),
      el("span", { className: "visually-hidden" }, ", read as"),
      el("span", { className: "read-as" }, ` ${row.readAs}`),
    );
    go.addEventListener("click", () => onChoose(map.sheet, row.cell, go));
    list.append(el("li", {}, go));
  }
  const details = el("details", { id: "column-map-details", open: wasOpen }, el("summary", { id: "column-map-toggle" }, map.title), list);
  root.replaceChildren(details);
}
