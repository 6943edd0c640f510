import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkManifest, structureProblems } from "../../addin/manifest/check-manifest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../webpack.config.js") as { manifestFor: (content: string, url: string) => string };

const file = path.join(__dirname, "../../manifest.xml");
const xml = readFileSync(file, "utf8");

/** The manifest with one change, written where checkManifest can read it. */
function variant(change: (xml: string) => string): string {
  const changed = change(xml);
  expect(changed).not.toBe(xml);
  const out = path.join(mkdtempSync(path.join(tmpdir(), "manifest-")), "manifest.xml");
  writeFileSync(out, changed);
  return out;
}

describe("the add-in manifest", () => {
  test("puts Refresh scorecard (runs without the pane) and Scorecard (opens the pane) on the Home tab", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>refreshScorecard<\/FunctionName>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(xml).toMatch(/<bt:String id="Refresh.Label" DefaultValue="Refresh scorecard"\/>/);
    expect(xml).toMatch(/<bt:String id="Pane.Label" DefaultValue="Scorecard"\/>/);
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.4"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  test("the built manifest points every address at the production site, and nothing at localhost", () => {
    const built = manifestFor(xml, "https://scorecard.essex.example/laa");
    expect(built).not.toMatch(/localhost/);
    expect(built).toMatch(/<SourceLocation DefaultValue="https:\/\/scorecard.essex.example\/laa\/taskpane.html"\/>/);
    expect(built).toMatch(/<AppDomain>https:\/\/scorecard.essex.example<\/AppDomain>/);
    expect(built).toMatch(/DefaultValue="https:\/\/scorecard.essex.example\/laa\/assets\/icon-80.png"/);
  });

  test("manifest.xml and the built manifest pass every offline check", () => {
    expect(structureProblems(xml)).toEqual([]);
    expect(structureProblems(manifestFor(xml, "https://scorecard.essex.example/laa"))).toEqual([]);
    expect(checkManifest(file)).toEqual([]);
  });

  test("an element out of Office's order is caught, as Office would refuse the sideload", () => {
    const moved = variant((x) => x.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"));
    expect(checkManifest(moved)).toEqual(["<DefaultSettings> comes after <Permissions>; Office requires it before."]);
  });

  test("a tag left open is caught before anything else", () => {
    expect(structureProblems(xml.replace("</Hosts>", ""))).toEqual([expect.stringMatching(/^The manifest is not well-formed XML: <\/OfficeApp> closes <Hosts>/)]);
  });

  test("a ribbon button without its Supertip, or a label past 125 characters, is caught", () => {
    const noSupertip = variant((x) => x.replace(/<Supertip>\s*<Title resid="Refresh.Label"\/>[\s\S]*?<\/Supertip>/, ""));
    expect(checkManifest(noSupertip)).toEqual([expect.stringMatching(/^The button .* needs a Supertip with a Title and a Description\.$/)]);
    const longLabel = variant((x) => x.replace('DefaultValue="Refresh scorecard"', `DefaultValue="${"x".repeat(126)}"`));
    expect(checkManifest(longLabel)).toEqual(['ShortStrings "Refresh.Label" is 126 characters; the limit is 125.']);
  });

  test("an icon used at a size it is not, and a resource id past 32 characters, are caught", () => {
    const wrongIcon = variant((x) => x.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-32.png"'));
    expect(checkManifest(wrongIcon)).toEqual(["Icon icon-32.png is 32 x 32 pixels where the manifest uses it at 80 x 80."]);
    const longId = "LaaScorecard.GetStarted.LearnMoreUrl";
    const longResid = variant((x) => x.replaceAll('"GetStarted.LearnMoreUrl"', `"${longId}"`));
    // "An id has a maximum of 32 characters", for the resource and for each use of it.
    expect(checkManifest(longResid)).toEqual([
      `The resid "${longId}" is ${longId.length} characters; Office allows at most 32.`,
      `The id "${longId}" is ${longId.length} characters; Office allows at most 32.`,
    ]);
  });
});
