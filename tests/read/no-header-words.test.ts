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
