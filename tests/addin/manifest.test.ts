import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkManifest, structureProblems } from "../../addin/manifest/check-manifest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, DEV_ID, PRODUCTION_ID } = require("../../webpack.config.js") as { manifestFor: (content: string, url: string) => string; DEV_ID: string; PRODUCTION_ID: string };

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

  test("the development and production manifests have their own Ids, and the development one says so in its name", () => {
    const built = manifestFor(xml, "https://scorecard.essex.example/laa");
    expect(DEV_ID).not.toBe(PRODUCTION_ID);
    expect(xml).toContain(`<Id>${DEV_ID}</Id>`);
    expect(xml).toContain('<DisplayName DefaultValue="LAA Scorecard (dev)"/>');
    expect(built).toContain(`<Id>${PRODUCTION_ID}</Id>`);
    expect(built).not.toContain(DEV_ID);
    expect(built).toContain('<DisplayName DefaultValue="LAA Scorecard"/>');
    expect(built).not.toMatch(/DEVELOPMENT|\(dev\)/);
  });

  test("npm stop passes office-addin-debugging stop only options it has (it has no --app)", () => {
    const scripts = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8")).scripts as Record<string, string>;
    const help = spawnSync(process.execPath, [require.resolve("office-addin-debugging/cli.js"), "stop", "--help"], { encoding: "utf8" }).stdout;
    const known = [...help.matchAll(/^\s+(--[a-z-]+)/gm)].map((m) => m[1]);
    expect(known).toContain("--prod");
    const used = scripts.stop.split(/\s+/).filter((word) => word.startsWith("--"));
    expect(used.filter((option) => !known.includes(option))).toEqual([]);
    expect(scripts.stop).toMatch(/^office-addin-debugging stop manifest\.xml desktop/);
  }, 20_000);

  test("manifest.xml and the built manifest pass every offline check", () => {
    expect(structureProblems(xml)).toEqual([]);
    expect(structureProblems(manifestFor(xml, "https://scorecard.essex.example/laa"))).toEqual([]);
    expect(checkManifest(file)).toEqual([]);
  });

  test("an element out of Office's order is caught, as Office would refuse the sideload", () => {
    const moved = variant((x) => x.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"));
    expect(checkManifest(moved)).toEqual(["<DefaultSettings> (line 31) must come before <Permissions> inside <OfficeApp>."]);
    // Inside a ribbon button too: Label, Supertip, Icon, then Action.
    const swapped = variant((x) => x.replace(/(<Label resid="Refresh.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/, "$3$2$1"));
    expect(checkManifest(swapped)).toEqual([expect.stringMatching(/^<Label> \(line \d+\) must come before <Supertip> inside <Control>\.$/)]);
  });

  test("a tag left open, or an & not written as &amp;, is caught before anything else, with its line", () => {
    expect(structureProblems(xml.replace("</Hosts>", ""))).toEqual([expect.stringMatching(/^The manifest is not well-formed XML: line \d+: <\/OfficeApp> closes <Hosts> \(line 22\)$/)]);
    const ampersand = xml.replace('DefaultValue="LAA Scorecard (dev)"/>', 'DefaultValue="Performance & Delivery"/>');
    expect(structureProblems(ampersand)).toEqual([expect.stringMatching(/^The manifest is not well-formed XML: line 14: an "&" that is not escaped in an attribute of <DisplayName>; write it as &amp;$/)]);
    expect(structureProblems(xml.replace("<ProviderName>LAA Scorecard<", "<ProviderName>Essex & Co<"))).toEqual([expect.stringMatching(/line 12: an "&" that is not escaped; write it as &amp;/)]);
    // Written properly, it passes.
    expect(structureProblems(xml.replace("<ProviderName>LAA Scorecard<", "<ProviderName>Essex &amp; Co<"))).toEqual([]);
  });

  test("a wrong xsi:type on a ribbon action or on the ribbon placement is caught", () => {
    const action = variant((x) => x.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskPane">'));
    expect(checkManifest(action)).toEqual([expect.stringMatching(/^<Action> \(line \d+\) has xsi:type="ShowTaskPane"; Office accepts ExecuteFunction, ShowTaskpane here\.$/)]);
    const surface = variant((x) => x.replace('<ExtensionPoint xsi:type="PrimaryCommandSurface">', '<ExtensionPoint xsi:type="MessageReadCommandSurface">'));
    expect(checkManifest(surface)).toEqual([expect.stringMatching(/has xsi:type="MessageReadCommandSurface"; Office accepts PrimaryCommandSurface, ContextMenu here\.$/)]);
    const tab = variant((x) => x.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabDefault">'));
    expect(checkManifest(tab)).toEqual([expect.stringMatching(/^<OfficeTab id="TabDefault"> \(line \d+\) is not one of Excel's ribbon tabs/)]);
    const control = variant((x) => x.replace('<Control xsi:type="Button" id="LaaScorecard.Pane">', '<Control xsi:type="MobileButton" id="LaaScorecard.Pane">'));
    expect(checkManifest(control)).toEqual([expect.stringMatching(/has xsi:type="MobileButton"; Office accepts Button, Menu here\.$/)]);
  });

  test("an element Office does not know, or one under the wrong parent, is caught", () => {
    const unknown = variant((x) => x.replace("<TaskpaneId>", "<Tooltip resid=\"Pane.Tooltip\"/>\n                    <TaskpaneId>"));
    expect(checkManifest(unknown)).toEqual([expect.stringMatching(/^<Tooltip> \(line \d+\) is not an element Office accepts inside <Action>\.$/)]);
    const misplaced = variant((x) => x.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("<Host Name=\"Workbook\"/>", "<Host Name=\"Workbook\"/>\n    <Permissions>ReadWriteDocument</Permissions>"));
    expect(checkManifest(misplaced)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^<Permissions> \(line \d+\) is not an element Office accepts inside <Hosts>\.$/), expect.stringMatching(/has no <Permissions>; Office requires one\.$/)]),
    );
    const prefix = variant((x) => x.replace('<bt:Image size="16" resid="Icon.16x16"/>', '<Image size="16" resid="Icon.16x16"/>'));
    expect(checkManifest(prefix)).toEqual([expect.stringMatching(/^<Image> \(line \d+\) is in the wrong namespace inside <Icon> \(check its prefix\)\.$/)]);
  });

  test("a group without a label, or without any button, is caught", () => {
    const noLabel = variant((x) => x.replace('<Label resid="Group.Label"/>', ""));
    expect(checkManifest(noLabel)).toEqual([expect.stringMatching(/^<Group id="LaaScorecard.Group"> \(line \d+\) has no <Label>; Office requires one\.$/)]);
    const empty = variant((x) => x.replace(/<Control xsi:type="Button"[\s\S]*<\/Control>/, ""));
    expect(checkManifest(empty)).toEqual([expect.stringMatching(/^<Group id="LaaScorecard.Group"> \(line \d+\) has no <Control> or <OfficeControl>; Office requires at least one\.$/)]);
  });

  test("a ribbon button without its Supertip, or a label past 125 characters, is caught", () => {
    const noSupertip = variant((x) => x.replace(/<Supertip>\s*<Title resid="Refresh.Label"\/>[\s\S]*?<\/Supertip>/, ""));
    expect(checkManifest(noSupertip)).toEqual([expect.stringMatching(/^<Control id="LaaScorecard.Refresh"> \(line \d+\) has no <Supertip>; Office requires one\.$/)]);
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
    // A group's or a button's own id may be longer (up to 125).
    const longGroup = variant((x) => x.replace('id="LaaScorecard.Group"', `id="LaaScorecard.${"Group".repeat(10)}"`));
    expect(checkManifest(longGroup)).toEqual([]);
  });
});
