import { runCli, SAMPLE } from "./run-cli";

// Bad arguments are exit 2 with one plain sentence of ours, never node's parser's own wording.

test("--json=yes: --json takes no value, in our words, exit 2", async () => {
  const r = await runCli(["validate", SAMPLE, "--json=yes"]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe("--json takes no value: laa-scorecard validate BOOK [--columns] [--json]\n");
});
