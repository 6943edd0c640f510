/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import JSZip from "jszip";
import { buildAnnualReview, buildMidYearReport, buildMinutes, buildProgressUpdate } from "../../src/documents";
import { saferEssex } from "./analysis-fixture";
import { exceptionsAnalysis } from "./exception-fixture";

// The task pane calls the builders in a browser: no fs, no node Buffer; the template arrives as an
// ArrayBuffer from fetch or a file input, and the document leaves as bytes for a Blob download.

// Every browser has these; jsdom does not, so they are lent from node.
Object.assign(globalThis, { TextDecoder, TextEncoder });

function arrayBuffer(file: string): ArrayBuffer {
  const bytes = readFileSync(path.join(__dirname, "../../templates", file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("the builders in a browser", () => {
  it("build both documents from ArrayBuffer templates", async () => {
    expect(typeof window).toBe("object");
    const review = await buildAnnualReview(saferEssex(), "Safer Essex", arrayBuffer("annual-review.docx"));
    const minutes = await buildMinutes(saferEssex(), arrayBuffer("minutes.docx"));
    expect(review.ok ? [] : review.problems.map((p) => p.message)).toEqual([]);
    expect(minutes.ok ? [] : minutes.problems.map((p) => p.message)).toEqual([]);
    if (review.ok) expect(Array.from(review.bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });

  it("build the charts as in node: chart parts the browser's own XML parser reads, drawn inline with alt text", async () => {
    const review = await buildAnnualReview(saferEssex(), "Safer Essex", arrayBuffer("annual-review.docx"));
    if (!review.ok) throw new Error("refused");
    const zip = await JSZip.loadAsync(review.bytes);
    const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(4);
    for (const name of [...charts, "word/document.xml"]) {
      const parsed = new DOMParser().parseFromString(await zip.file(name)!.async("string"), "application/xml");
      expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
    }
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body.match(/<wp:docPr [^>]*descr="Line chart of [^"]+"/g)).toHaveLength(4);
    expect(Object.values(zip.files).filter((f) => f.dir)).toEqual([]);
  });

  it("build the progress update and the mid-year report, their charts' parts readable by the browser's XML parser", async () => {
    for (const [build, template] of [[buildProgressUpdate, "progress-update.docx"], [buildMidYearReport, "mid-year-report.docx"]] as const) {
      const result = await build(exceptionsAnalysis(), "Safer Essex", arrayBuffer(template));
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("; "));
      const zip = await JSZip.loadAsync(result.bytes);
      const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
      expect([template, charts.length > 0]).toEqual([template, true]);
      for (const name of [...charts, "word/document.xml"]) {
        const parsed = new DOMParser().parseFromString(await zip.file(name)!.async("string"), "application/xml");
        expect(parsed.getElementsByTagName("parsererror")).toHaveLength(0);
      }
    }
  });
});
