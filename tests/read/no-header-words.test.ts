import { analyse } from "../../src/engine";

// The two findings for a book whose scorecard cannot be found are read on the command line as often as
// in the pane: they name no "add-in", and give the headers looked for as examples, not as the only
// ones (docs/workbook.md lists many more: "Reference", "Code", "PI ref" ...).

test("a scorecard sheet without a header row: said without 'the add-in', the headers given as examples", () => {
  const [f] = analyse({ sheets: [{ name: "Scorecard", values: [["Essex LAA"], ["Code number", "Name"]] }] }).findings;
  expect(f.code).toBe("no-header-row");
  expect(f.message).toBe(
    "The Scorecard sheet has no header row: none of its first 20 rows has a Ref column (headed, for example, Ref, NI, NI ref, NI no, NI number or Indicator ref) " +
    "and an Indicator column (headed, for example, Indicator, Title, Description or Indicator name).");
});

test("no scorecard sheet at all: the headers looked for are examples too", () => {
  const [f] = analyse({ sheets: [{ name: "Sheet1", values: [["Name", "Value"]] }] }).findings;
  expect(f.code).toBe("no-scorecard");
  expect(f.message).toContain("and no sheet has a header row in the first 20 rows with a Ref column (headed, for example, Ref, NI,");
});

test("an unknown setting and two sheets that both look like scorecards are said without 'the add-in' either", () => {
  const head = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Target 2009/10", "Actual 2009/10"];
  const row = ["L1", "Local", "Safer Essex", "Higher", 10, 11];
  const two = analyse({ sheets: [{ name: "Data A", values: [head, row] }, { name: "Data B", values: [head, row] }] }).findings;
  expect(two.find((f) => f.code === "which-scorecard")!.message).toBe(
    'The sheets "Data A" and "Data B" both look like scorecards, and neither is named as one, so neither is rated.');
  const unknown = analyse({ sheets: [{ name: "Scorecard", values: [head, row] }, { name: "Settings", values: [["Setting", "Value"], ["Colour", "Blue"]] }] }).findings;
  expect(unknown.find((f) => f.code === "unknown-setting")!.message).toBe('"Colour" is not a setting that is read, so it is ignored.');
});
