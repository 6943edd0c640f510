import { existsSync } from "node:fs";
import * as path from "node:path";
import { runCli, SAMPLE, tempDir } from "./run-cli";

// A wrong template (the minutes template given for the annual review) lacks a dozen placeholders and
// holds a dozen others: the contract's "one plain sentence", naming each, and nothing written.

const TEMPLATES = path.join(__dirname, "..", "..", "templates");

describe("a template for another paper", () => {
  test.each([
    ["annual-review", path.join(TEMPLATES, "minutes.docx"), "out"],
    ["minutes", path.join(TEMPLATES, "annual-review.docx"), "minutes.docx"],
  ])("%s: one sentence naming every placeholder missing and every one not filled, exit 2, nothing written", async (command, template, out) => {
    const dir = tempDir();
    const target = path.join(dir, out);
    const r = await runCli([command, SAMPLE, "--out", target, "--template", template]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const name = path.basename(template);
    expect(r.stderr).toMatch(new RegExp(`^The template ${name.replace(".", "\\.")} has no \\{\\{\\w+\\}\\}(, \\{\\{\\w+\\}\\})* or \\{\\{\\w+\\}\\} placeholder and has \\{\\{\\w+\\}\\}(, \\{\\{\\w+\\}\\})* and \\{\\{\\w+\\}\\}, which are not filled\\. Nothing was written; templates/README\\.md lists the placeholders\\.\\n$`));
    // One sentence: the template is named once, not once per placeholder.
    expect(r.stderr.split(name)).toHaveLength(2);
    expect(existsSync(target)).toBe(false);
  });

  test("the annual review's own placeholders are each named: {{partnership}} missing from the minutes template", async () => {
    const r = await runCli(["annual-review", SAMPLE, "--out", tempDir(), "--template", path.join(TEMPLATES, "minutes.docx")]);
    expect(r.stderr).toMatch(/has no \{\{partnership\}\}, .*\{\{prg\}\} placeholder/);
    expect(r.stderr).toMatch(/has \{\{title\}\}, .*\{\{forward_plan\}\}, which are not filled/);
  });
});
