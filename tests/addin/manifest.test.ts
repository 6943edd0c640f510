import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkManifest, schemaProblems } from "../../addin/manifest/check-manifest";

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

  test("manifest.xml and the built manifest are valid against Office's manifest schema, and pass every offline check", async () => {
    expect(await schemaProblems(xml)).toEqual([]);
    expect(await schemaProblems(manifestFor(xml, "https://scorecard.essex.example/laa"))).toEqual([]);
    expect(await checkManifest(file)).toEqual([]);
  });

  test("an element out of the schema's order is caught, with its line, as Office would refuse the sideload", async () => {
    const moved = variant((x) => x.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"));
    const problems = await checkManifest(moved);
    expect(problems).toEqual([expect.stringMatching(/^line \d+: Element '\{[^}]+\}Permissions': This element is not expected\. Expected is .*DefaultSettings/)]);
  });

  test("a ribbon button without its Supertip, or a label past 125 characters, fails the schema", async () => {
    expect(await schemaProblems(xml.replace(/<Supertip>\s*<Title resid="Refresh.Label"\/>[\s\S]*?<\/Supertip>/, ""))).toEqual([
      expect.stringMatching(/Supertip/),
    ]);
    expect(await schemaProblems(xml.replace('DefaultValue="Refresh scorecard"', `DefaultValue="${"x".repeat(126)}"`))).toEqual([
      expect.stringMatching(/length/),
    ]);
  });

  test("an icon used at a size it is not, and a resource id past 32 characters, are caught", async () => {
    const wrongIcon = variant((x) => x.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-32.png"'));
    expect(await checkManifest(wrongIcon)).toEqual(["Icon icon-32.png is 32 x 32 pixels where the manifest uses it at 80 x 80."]);
    const longId = "LaaScorecard.GetStarted.LearnMoreUrl";
    const longResid = variant((x) => x.replaceAll('"GetStarted.LearnMoreUrl"', `"${longId}"`));
    // "An id has a maximum of 32 characters": the schema says so for the resource and each use of it.
    expect(await checkManifest(longResid)).toEqual([
      expect.stringMatching(/^line \d+: Element .*LearnMoreUrl', attribute 'resid': .*exceeds the allowed maximum length of '32'/),
      expect.stringMatching(/^line \d+: Element .*Url', attribute 'id': .*exceeds the allowed maximum length of '32'/),
    ]);
  });
});
