import { accountLine, ColumnAccount, readAs } from "../columns";
import { quoteSheetName } from "../grid";
import { Scorecard } from "../model";
import { formatPeriod } from "../periods";

// `validate --columns`: how the scorecard sheet was read, column by column (docs/cli.md), so an
// officer sees at a glance that their Q3 column was taken as Q3, and which columns were not read.

/** The column map as text: letter, header as typed, and what it was read as. */
export function columnsText(scorecard: Scorecard | null): string {
  if (!scorecard?.columns) return "No scorecard sheet was found, so no columns were read.\n";
  const accounts = scorecard.columns;
  const headers = accounts.map((a) => (a.header ? `"${a.header}"` : "(no header)"));
  const letterWidth = Math.max(6, ...accounts.map((a) => a.letter.length));
  const headerWidth = Math.max(6, ...headers.map((h) => h.length));
  const lines = [
    `How the sheet ${quoteSheetName(scorecard.sheet)} was read (header in row ${scorecard.headerRow}):`,
    "",
    `  ${"Column".padEnd(letterWidth)}  ${"Header".padEnd(headerWidth)}  Read as`,
    ...accounts.map((a, i) => `  ${a.letter.padEnd(letterWidth)}  ${headers[i].padEnd(headerWidth)}  ${accountLine(a)}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** One column of the map as `validate --columns --json` prints it. */
export function columnJson(account: ColumnAccount) {
  const r = account.reading;
  return {
    column: account.letter,
    cell: account.cell,
    header: account.header,
    readAs: readAs(r),
    kind: r.kind,
    series: r.kind === "figures" ? r.series : null,
    period: r.kind === "figures" ? formatPeriod(r.period) : null,
    yearToDate: r.kind === "figures" ? r.yearToDate : false,
    told: account.told,
    note: account.note ?? null,
  };
}
