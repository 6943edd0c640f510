import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes } from "../../src/files";
import { a1, cellAt } from "../../src/grid";
import { Analysis } from "../../src/model";
import { planRefresh } from "../../src/refresh";
import { RefreshPlan } from "../../src/refresh-plan";
import { FIXTURE_BOOKS } from "./books";
import { packageProblems } from "./package-check";
import { chainEntries, partsOf, Parts, same, stylesWithoutAppended, text, withoutColumns } from "./package-diff";

// Issue 9's promise, on every fixture book: the refreshed file is the user's book with nothing changed
// but the own columns and the Partnership Summary sheet. Every part the refresh does not own is copied
// as stored; in the scorecard sheet everything but the own-column cells is as it was; the formats,
// the workbook's sheet list, the relationships, content types and titles only gain what the new sheet
// needs; the statuses read back; a second refresh gives the same bytes; the package passes the
// structural check.

interface Refreshed {
  analysis: Analysis;
  plan: RefreshPlan;
  before: Parts;
  input: Uint8Array;
  after: Parts;
  bytes: Uint8Array;
}

async function refresh(bytes: Uint8Array): Promise<Refreshed> {
  const loaded = await loadWorkbook(bytes);
  const analysis = analyse(loaded.grids);
  const plan = planRefresh(analysis);
  const out = await refreshedBytes(loaded, plan);
  return { analysis, plan, input: bytes, before: partsOf(bytes), after: partsOf(out), bytes: out };
}

/** The parts a workbook's relationships name, by type ending ("/styles"), and each sheet's part by name. */
function layout(parts: Parts): { byType: (suffix: string) => string | undefined; sheetPart: (name: string) => string | undefined; sheetRelId: (name: string) => string | undefined } {
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const workbook = text(parts, "xl/workbook.xml");
  const target = (re: RegExp) => {
    const t = re.exec(rels)?.[1];
    return t ? (t.startsWith("/") ? t.slice(1) : `xl/${t}`) : undefined;
  };
  const sheetRelId = (name: string) => new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  return {
    byType: (suffix) => target(new RegExp(`Type="[^"]*${suffix}" Target="([^"]+)"`)) ?? target(new RegExp(`Target="([^"]+)" Type="[^"]*${suffix}"`)),
    sheetPart: (name) => {
      const id = sheetRelId(name);
      return id ? target(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`)) : undefined;
    },
    sheetRelId,
  };
}

describe.each(FIXTURE_BOOKS.map((b) => [b.name, b] as const))("a refresh of a book with %s", (_name, book) => {
  let r: Refreshed;
  let owned: Set<string>;
  beforeAll(async () => {
    r = await refresh(book.bytes());
    const before = layout(r.before);
    owned = new Set([before.sheetPart(r.plan.sheet)!, before.byType("/styles")!, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml"]);
    const chain = before.byType("/calcChain");
    if (chain) owned.add(chain);
    // New parts (the summary sheet, its drawing and chart) are the refresh's own.
    for (const name of r.after.content.keys()) if (!r.before.content.has(name)) owned.add(name);
  });

  test("the workbook reads without errors, so the refresh goes ahead", () => {
    expect(r.analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.analysis.indicators.length).toBe(8);
  });

  test("every part the refresh does not own is in the refreshed file exactly as it was stored", () => {
    for (const [name, stored] of r.before.stored) {
      if (owned.has(name)) continue;
      expect({ name, copied: same(r.after.stored.get(name), stored) }).toEqual({ name, copied: true });
      expect({ name, content: same(r.after.content.get(name), r.before.content.get(name)) }).toEqual({ name, content: true });
    }
  });

  test("in the scorecard sheet every element but the own-column cells is as it was", () => {
    const part = layout(r.before).sheetPart(r.plan.sheet)!;
    const own = new Set(r.plan.columns.map((c) => c.column));
    expect(withoutColumns(text(r.after, part), own)).toBe(withoutColumns(text(r.before, part), own));
  });

  test("styles.xml only gains formats at the end of its lists", () => {
    const part = layout(r.before).byType("/styles")!;
    expect(stylesWithoutAppended(text(r.after, part), text(r.before, part))).toBe(text(r.before, part));
  });

  test("the calculation chain loses exactly the entries of the formula cells the refresh overwrote", () => {
    const chain = layout(r.before).byType("/calcChain");
    if (!chain) return;
    const sheetId = /<sheet [^>]*name="Scorecard"[^>]*sheetId="(\d+)"/.exec(text(r.before, "xl/workbook.xml"))?.[1];
    const written = new Set<string>();
    for (const c of r.plan.columns) c.cells.forEach((w, i) => w && written.add(`${sheetId}!${a1(c.firstRow + i, c.column)}`));
    const expected = chainEntries(text(r.before, chain)).filter((e) => !written.has(e));
    expect(chainEntries(r.after.content.has(chain) ? text(r.after, chain) : undefined)).toEqual(expected);
  });

  test("the workbook, its relationships, content types and titles only gain the new sheet", () => {
    const summaryId = layout(r.after).sheetRelId("Partnership Summary")!;
    expect(text(r.after, "xl/workbook.xml").replace(/<sheet name="Partnership Summary"[^>]*\/>/, "")).toBe(text(r.before, "xl/workbook.xml"));
    expect(text(r.after, "xl/_rels/workbook.xml.rels").replace(new RegExp(`<Relationship Id="${summaryId}"[^>]*/>`), "")).toBe(text(r.before, "xl/_rels/workbook.xml.rels"));
    const added = [...r.after.content.keys()].filter((n) => !r.before.content.has(n));
    let types = text(r.after, "[Content_Types].xml");
    for (const part of added) types = types.replace(new RegExp(`<Override PartName="/${part.replace(/\./g, "\\.")}"[^>]*/>`), "");
    expect(types).toBe(text(r.before, "[Content_Types].xml"));
    if (r.before.content.has("docProps/app.xml")) {
      const app = text(r.after, "docProps/app.xml").replace(/<vt:lpstr>Partnership Summary<\/vt:lpstr>/, "");
      const was = text(r.before, "docProps/app.xml");
      expect(app.split(/\d+/)).toEqual(was.split(/\d+/));
      const grew = (app.match(/\d+/g) ?? []).map(Number).map((n, i) => n - Number((was.match(/\d+/g) ?? [])[i]));
      expect(grew.filter((d) => d !== 0).every((d) => d === 1)).toBe(true);
    }
  });

  test("the statuses, directions and the summary read back from the refreshed file", async () => {
    const { grids } = await loadWorkbook(r.bytes);
    const sheet = grids.sheets.find((s) => s.name === r.plan.sheet)!;
    const column = (name: string) => r.plan.columns.find((c) => c.name === name)!.column;
    for (const rating of r.analysis.indicators) {
      expect(cellAt(sheet, rating.indicator.row, column("Status"))).toBe(rating.status);
      expect(cellAt(sheet, rating.indicator.row, column("Direction of travel"))).toBe(rating.direction);
    }
    const summary = grids.sheets.find((s) => s.name === "Partnership Summary")!;
    for (const p of r.analysis.partnerships) {
      const row = summary.values.findIndex((v) => v[0] === p.name);
      expect(summary.values[row][10]).toBe(p.overall);
    }
  });

  test("refreshing the refreshed file again gives the same bytes", async () => {
    const again = await refresh(r.bytes);
    expect(same(again.bytes, r.bytes)).toBe(true);
  });

  test("the fixture book itself passes the structural check, so a problem found after is the refresh's", () => {
    expect(packageProblems(r.input)).toEqual([]);
  });

  test("the refreshed package passes the structural check", () => {
    expect(packageProblems(r.bytes)).toEqual([]);
  });
});
