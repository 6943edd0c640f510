import { unzipSync } from "fflate";
import { analyse } from "../../src/engine";
import { loadWorkbook, refreshedBytes, RefreshRefused } from "../../src/files";
import { planRefresh } from "../../src/refresh";
import { scorecardBook } from "./books/scorecard-book";
import { packageProblems } from "./package-check";

// A digitally signed book is refreshed into an unsigned copy (a signature covers the file as it was);
// a book saved as Strict Open XML is refused in one sentence rather than given transitional parts.

const SIG_ORIGIN = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin";
const SIG = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature";

function signedBook(): Uint8Array {
  const d = scorecardBook();
  d.addDefault("sigs", "application/vnd.openxmlformats-package.digital-signature-origin");
  d.add("_xmlsignatures/origin.sigs", new Uint8Array(0));
  d.add("_xmlsignatures/sig1.xml", '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"/>', "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml");
  d.rel("", SIG_ORIGIN, "_xmlsignatures/origin.sigs");
  d.rel("_xmlsignatures/origin.sigs", SIG, "sig1.xml");
  return d.bytes();
}

async function refresh(bytes: Uint8Array): Promise<Uint8Array> {
  const loaded = await loadWorkbook(bytes);
  return refreshedBytes(loaded, planRefresh(analyse(loaded.grids)));
}

test("a signed book's refreshed copy carries no signature, no relationship to one and no content type for one", async () => {
  const out = unzipSync(await refresh(signedBook()));
  expect(Object.keys(out).filter((n) => n.startsWith("_xmlsignatures"))).toEqual([]);
  const text = (n: string) => new TextDecoder().decode(out[n]);
  expect(text("_rels/.rels")).not.toContain("digital-signature");
  expect(text("[Content_Types].xml")).not.toContain("_xmlsignatures");
  expect(packageProblems(await refresh(signedBook()))).toEqual([]);
});

test("a book saved as Strict Open XML is refused in one sentence, nothing written", async () => {
  const d = scorecardBook();
  for (const [name, content] of d.parts) {
    if (typeof content !== "string") continue;
    d.parts.set(name, content
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships"));
  }
  const loaded = await loadWorkbook(d.bytes());
  const analysis = analyse(loaded.grids);
  await expect(refreshedBytes(loaded, planRefresh(analysis))).rejects.toThrow(
    new RefreshRefused("The workbook is saved as Strict Open XML, which this tool does not write; in Excel, use File > Save As > Excel Workbook (.xlsx) and refresh that copy."),
  );
});
