import { SUMMARY_MARK_LINE } from "../../src/keys";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { analyse } from "../../src/engine";
import { FINDINGS, FindingCode } from "../../src/findings";
import { CellValue, SheetGrid, WorkbookGrids } from "../../src/grid";

// One index of every finding (src/findings.ts), the same list in docs/rules.md, and a workbook here
// that produces each one: a rule cannot report without being listed, and a listed rule is real.

const ROOT = path.join(__dirname, "../..");
const HEAD = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];
const sheet = (name: string, values: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name, values, ...extra });
const card = (...rows: CellValue[][]): SheetGrid => sheet("Scorecard", [HEAD, ...rows]);
const wb = (...sheets: SheetGrid[]): WorkbookGrids => ({ sheets });
const ok: CellValue[] = ["L1", "Local", "Safer Essex", "Higher", 10, 11];

/** A workbook that shows each finding. */
const EXAMPLES: Record<FindingCode, WorkbookGrids> = {
  "no-scorecard": wb(sheet("Sheet1", [["Name", "Value"]])),
  "no-header-row": wb(sheet("Scorecard", [["Essex LAA"], ["Code", "Name"]])),
  "two-scorecards": wb(card(ok), sheet("Old scorecard copy", [HEAD, ok])),
  "which-scorecard": wb(sheet("Data A", [HEAD, ok]), sheet("Data B", [HEAD, ok])),
  "no-partnership-column": wb(sheet("Scorecard", [["Ref", "Indicator", "Polarity"], ["L1", "Local", "Higher"]])),
  "unreadable-period": wb(sheet("Scorecard", [[...HEAD, "Actual Q5 2009/10"], ok])),
  "column-not-understood": wb(sheet("Scorecard", [[...HEAD, "Weighting"], [...ok, 3]])),
  "columns-table-no-such-column": wb(card(ok), sheet("Settings", [["Columns", "Read as"], ["Period 9", "Actual Q1 2009/10"]])),
  "columns-table-two-columns": wb(sheet("Scorecard", [[...HEAD, "Period", "Period"], [...ok, 1, 2]]), sheet("Settings", [["Columns"], ["Period", "Actual Q1 2009/10"]])),
  "columns-table-unreadable": wb(card(ok), sheet("Settings", [["Columns", "Read as"], ["Actual 2009/10", "the real one"]])),
  "date-not-quarter-end": wb(sheet("Scorecard", [[...HEAD, new Date(Date.UTC(2009, 9, 15))], ok])),
  "two-columns-one-figure": wb(sheet("Scorecard", [[...HEAD, "Target 2009/10"], [...ok, 12]])),
  "superseded-column": wb(sheet("Scorecard", [[...HEAD, "Revised target 2009/10"], [...ok, 12]])),
  "second-text-column": wb(sheet("Scorecard", [[...HEAD, "Description"], [...ok, "Longer words"]])),
  "excel-error": wb(card(["L1", "Local", "Safer Essex", "Higher", 10, { error: "#DIV/0!" }])),
  "not-a-number": wb(card(["L1", "Local", "Safer Essex", "Higher", 10, "about 11"])),
  "formula-without-result": wb(card(["L1", "Local", "Safer Essex", "Higher", 10, { formulaWithoutResult: "F9*2" }])),
  "no-ref": wb(card([null, "Local", "Safer Essex", "Higher", 10, 11])),
  "no-partnership": wb(card(["L1", "Local", null, "Higher", 10, 11])),
  "unreadable-polarity": wb(card(["L1", "Local", "Safer Essex", "Sideways", 10, 11])),
  "no-polarity": wb(card(["L1", "Local", "Safer Essex", null, 10, 11])),
  "tolerance-out-of-range": wb(sheet("Scorecard", [[...HEAD, "Tolerance"], [...ok, "150%"]])),
  "reward-not-yes-no": wb(sheet("Scorecard", [[...HEAD, "Reward"], [...ok, "maybe"]])),
  "mixed-percent-scales": wb(sheet("Scorecard", [[...HEAD, "Unit"], ["L1", "Local", "Safer Essex", "Higher", 45, 0.46, "%"]])),
  "percent-out-of-range": wb(sheet("Scorecard", [[...HEAD, "Unit"], ["L1", "Local", "Safer Essex", "Higher", "45%", "145%", "%"]])),
  "total-row": wb(card(ok, [null, "Total", "Safer Essex", null, 10, 11])),
  "duplicate-ref": wb(card(ok, ok)),
  "ref-not-national": wb(card(["NI 999", "Made up", "Safer Essex", "Higher", 10, 11])),
  "ref-unrecognised": wb(card(["Crime-1", "Local", "Safer Essex", "Higher", 10, 11])),
  "no-target-column": wb(sheet("Scorecard", [["Ref", "Indicator", "Thematic partnership", "Polarity", "Actual 2009/10"], ["L1", "Local", "Safer Essex", "Higher", 11]])),
  "no-target": wb(card(["L1", "Local", "Safer Essex", "Higher", "tbc", 11])),
  "quarter-count-against-year": wb(sheet("Scorecard", [["Ref", "Indicator", "Thematic partnership", "Polarity", "Unit", "Target 2009/10", "Q3 2009/10"], ["L1", "Accidental dwelling fires", "Safer Essex", "Lower", "number", 280, 66]])),
  "partnerships-no-header": wb(card(ok), sheet("Partnerships", [["Name only"]])),
  "no-lead": wb(card(ok), sheet("Partnerships", [["Partnership", "Lead"], ["Safer Essex", null]])),
  "partnership-not-listed": wb(card(ok), sheet("Partnerships", [["Partnership", "Lead"], ["Other", "A Lead"]])),
  "partnership-without-indicators": wb(card(ok), sheet("Partnerships", [["Partnership", "Lead"], ["Safer Essex", "A Lead"], ["Healthier Essex", "B Lead"]])),
  "unknown-setting": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Colour", "Blue"]])),
  "unreadable-reporting-period": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Reporting period", "Q5 2009/10"]])),
  "unreadable-agreement-start": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Agreement start", "soon"]])),
  "setting-not-a-percentage": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Amber tolerance", "150%"]])),
  "setting-bare-one": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Partnership green threshold", 1]])),
  "setting-given-twice": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Reporting period", "Q2 2009/10"], ["Period", "Q3 2009/10"]])),
  "setting-repeated": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Amber tolerance", "10%"], ["Tolerance", "10%"]])),
  "period-without-actuals": wb(card(ok), sheet("Settings", [["Setting", "Value"], ["Reporting period", "Q3 2009/10"]])),
  "paper-sheet-no-header": wb(card(ok), sheet("Agenda", [["Nothing here"]])),
  "unknown-section": wb(card(ok), sheet("Commentary", [["Partnership", "Section", "Text"], ["Safer Essex", "Gossip", "Words"]])),
  "commentary-partnership": wb(card(ok), sheet("Commentary", [["Partnership", "Section", "Text"], ["Nobody", "Summary", "Words"]])),
  // L2 is Red (5 against a target of 10), and the commentary says it was exceeded.
  "commentary-contradicts-figures": wb(card(ok, ["L2", "Local two", "Safer Essex", "Higher", 10, 5]), sheet("Commentary", [["Partnership", "Section", "Text"], ["Safer Essex", "Good news", "The target for L2 has been exceeded."]])),
  "unknown-attendance": wb(card(ok), sheet("Attendance", [["Name", "Attendance"], ["A Person", "Perhaps"]])),
  "summary-sheet-not-ours": wb(card(ok), sheet("Partnership Summary", [["My own summary"]])),
  "own-column-in-merge": wb(sheet("Scorecard", [[...HEAD, "Notes", "Status"], [...ok, "A note", null]], { merges: ["G2:H2"] })),
  "no-room-for-own-columns": wb(sheet("Scorecard", [HEAD, ok, Object.assign(new Array<CellValue>(16384).fill(null), { 16383: "x" })])),
  "own-column-hidden": wb(sheet("Scorecard", [HEAD, ok], { hiddenColumns: ["G:XFD"] })),
};

describe("the findings index", () => {
  test.each(Object.keys(FINDINGS) as FindingCode[])("%s: a workbook produces it, with the index's severity", (code) => {
    const found = analyse(EXAMPLES[code]).findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe(FINDINGS[code].severity);
  });

  test("every finding the examples produce carries a listed code", () => {
    for (const book of Object.values(EXAMPLES)) {
      for (const f of analyse(book).findings) expect(Object.keys(FINDINGS)).toContain(f.code);
    }
  });

  test("docs/rules.md lists exactly the index's codes, with their severities", () => {
    // The validation findings' own section (the return findings have theirs: tests/returns/findings-index.test.ts).
    const docs = readFileSync(path.join(ROOT, "docs/rules.md"), "utf8").split(/^## Validation findings$/m)[1].split(/^## /m)[0];
    const rows = [...docs.matchAll(/^\| `([a-z-]+)` \| (error|warning) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(Object.entries(FINDINGS).map(([code, f]) => [code, f.severity]));
    const refreshOnly = [...docs.matchAll(/^\| `([a-z-]+)` \| error \| \*Refresh only\.\*/gm)].map((m) => m[1]);
    expect(refreshOnly).toEqual(Object.entries(FINDINGS).filter(([, f]) => "refreshOnly" in f).map(([code]) => code));
  });

  test("no finding is made in src/ outside the index (a rule cannot report without being listed)", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (file.endsWith(".ts") && !/src[/\\](findings|model)\.ts$/.test(file) && !/template-check\.ts$/.test(file) &&
          // A file refresh's refusal (a protected sheet) is an adapter's, not a rule's: model.ts.
          !/files[/\\]refresh-refused\.ts$/.test(file)) {
          if (/severity:\s*"(error|warning)"/.test(readFileSync(file, "utf8"))) offenders.push(path.relative(ROOT, file));
        }
      }
    };
    walk(path.join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });

  test("the summary mark is the one line the refresh writes", () => {
    expect(analyse(wb(card(ok), sheet("Partnership Summary", [[SUMMARY_MARK_LINE]]))).findings.filter((f) => f.code === "summary-sheet-not-ours")).toEqual([]);
  });
});
