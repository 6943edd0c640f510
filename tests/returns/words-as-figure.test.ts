import { chaseLetter, owedText } from "../../src/returns/chase-words";
import { fillReturn } from "./fill-return";
import { merge, returnOf, sampleReturns, sampleWithCommentaryReworded } from "./sample-returns";

// A lead who types "n/a" in a figure cell has not given the figure: it is a finding at the return's
// cell and still owed on the chase list, as "about 4000" is. (Sample: NI 30 is Safer Essex's, J6.)

test.each(["n/a", "tbc"])("a figure given as \"%s\" is a finding at the return's cell and the figure is still missing on the chase list", async (words) => {
  const made = returnOf(await sampleReturns(), "Safer Essex");
  const { plan } = await merge([{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { "NI 30": words } }) }]);
  expect(plan.findings.find((f) => f.code === "return-not-a-number")).toMatchObject({ sheet: "Figures", cell: "J6", message: expect.stringContaining(`"${words}"`) });
  const chase = plan.chase.find((c) => c.partnership === "Safer Essex")!;
  expect(chase.missing.map((m) => m.ref)).toContain("NI 30");
  expect(chase.refused.map((f) => f.cell)).toContain("J6");
});

test("a figure given but not taken is named once on the chase line and in the letter, as not taken, not also as missing", async () => {
  const made = returnOf(await sampleReturns(), "Safer Essex");
  const { plan } = await merge([{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { "NI 30": "about nine" } }) }]);
  const chase = plan.chase.find((c) => c.partnership === "Safer Essex")!;
  expect(owedText(chase)).toBe("NI 30 not taken");
  const letter = chaseLetter(chase, plan, null);
  const mentions = letter.lists.flatMap((l) => l.items).filter((item) => item.startsWith("NI 30"));
  expect(mentions).toEqual(['NI 30: "about nine" is not a number (Figures sheet, cell J6).']);
});

test("a letter about words that differ, and nothing owed, does not tell the lead that figures are still needed", async () => {
  const made = returnOf(await sampleReturns(), "Safer Essex");
  // The officer reworded the scorecard's commentary after the return went out: the lead's words now differ from it.
  const { plan } = await merge([{ file: made.file, bytes: await fillReturn(made.bytes, { figures: { "NI 30": 18 }, commentary: { "Barriers and risks": "New words" } }) }], { book: await sampleWithCommentaryReworded() });
  const chase = plan.chase.find((c) => c.partnership === "Safer Essex")!;
  expect(chase.missing).toEqual([]);
  const letter = chaseLetter(chase, plan, null);
  expect(letter.lists.map((l) => l.heading)).toEqual(["Where your return differs from the scorecard"]);
  expect(letter.opening).not.toMatch(/figures below are still needed/);
  expect(letter.opening).toBe("Thank you for your return for Q2 2009/10. Please check the points below and reply.");
});

test("a letter for a return not received names the partnership without a possessive its name does not take ('Games's')", async () => {
  const { plan } = await merge([]);
  const games = plan.chase.find((c) => c.partnership === "2012 Olympics/Paralympic Games")!;
  expect(chaseLetter(games, plan, null).opening).toBe("We have not yet received the return for Q2 2009/10 from 2012 Olympics/Paralympic Games. Please fill in the return you were sent and send it back.");
});

test("a figure still to come whose title has brackets of its own is not bracketed twice (the sample's NI 136, '(all adults)')", async () => {
  const { plan } = await merge([]);
  const cwop = plan.chase.find((c) => c.partnership === "Community Wellbeing and Older People (CWOP)")!;
  const items = chaseLetter(cwop, plan, null).lists.find((l) => l.heading === "Figures still to come")!.items;
  expect(items).toEqual(["NI 136 People supported to live independently through social services (all adults), Q2 2009/10"]);
  const others = chaseLetter(plan.chase.find((c) => c.partnership === "Sustainable Essex")!, plan, null).lists[0].items;
  expect(others).toEqual(["NI 186 Per capita reduction in CO2 emissions in the LA area (2008/09)"]);
});
