import { excelValue } from "../../addin/excel/cell-values";

// What the add-in hands Office.js for each planned cell. Excel takes a string in Range.values as if
// typed, so text it would turn into something else goes with a leading apostrophe, as a person types it.

describe("values written to Excel", () => {
  test("null leaves the cell as it is; a blank clears it; numbers go as numbers", () => {
    expect(excelValue(null)).toBeNull();
    expect(excelValue({ value: null })).toBe("");
    expect(excelValue({ value: 0.45 })).toBe(0.45);
  });

  test.each([
    ["2008/09", "'2008/09"],
    ["=A1", "'=A1"],
    ["-5 on last year", "'-5 on last year"],
    ["TRUE", "'TRUE"],
    ["false", "'false"],
    ["#N/A", "'#N/A"],
    ["#DIV/0!", "'#DIV/0!"],
  ])("text Excel would retype (%s) stays text", (text, written) => {
    expect(excelValue({ value: text })).toBe(written);
  });

  test.each(["Green", "Safer Essex", "Q1 2008/09", "#1 priority", "Truely local"])("ordinary text (%s) goes as it is", (text) => {
    expect(excelValue({ value: text })).toBe(text);
  });
});
