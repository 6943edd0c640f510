import { readFileSync } from "node:fs";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../webpack.config.js") as { manifestFor: (content: string, url: string) => string };

const xml = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");

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
});
