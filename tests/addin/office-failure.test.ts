import { failureFinding, failureSentence } from "../../addin/excel/office-failure";

// Office.js rejects a batch with a RichApi.Error carrying a documented code; the user sees one sentence.

const richApiError = (code: string, message = "RichApi.Error") => Object.assign(new Error(message), { name: "RichApi.Error", code });

describe("Excel's refusals in plain words", () => {
  test.each([
    ["InvalidOperationInCellEditMode", /finish editing a cell\. Press Enter or Esc/],
    ["AccessDenied", /protected\. Unprotect it/],
    ["ResponsePayloadSizeLimitExceeded", /too large for Excel on the web/],
    ["InactiveWorkbook", /Click in this workbook, then try again/],
    ["RangeExceedsLimit", /more cells than Excel lets an add-in read at once/],
  ])("%s", (code, sentence) => {
    expect(failureSentence(richApiError(code))).toMatch(sentence);
  });

  test("an unknown code still gives one sentence with Excel's own message, never a stack", () => {
    const error = richApiError("GeneralException", "There was an internal error while processing the request.\n    at n (excel-web-16.00.js:25:1)");
    expect(failureSentence(error)).toBe("Excel could not complete the request: There was an internal error while processing the request.");
    expect(failureSentence(richApiError("GeneralException", ""))).toBe("Excel could not complete the request: no reason given.");
  });

  test("a failed write names its sheet and cell and says nothing further was written", () => {
    expect(failureFinding(richApiError("AccessDenied"), "Scorecard", "G1")).toMatchObject({ severity: "error", sheet: "Scorecard", cell: "G1", hint: expect.stringMatching(/^Nothing further was written/) });
  });
});
