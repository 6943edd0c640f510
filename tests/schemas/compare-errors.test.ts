import { Checked, compareErrors, SchemaError } from "../../scripts/schema-errors";

// npm run check:schemas fails only on an error the package we wrote has and the package it was made
// from did not: these are its rules, on small made-up validator answers (the validator itself is run
// in validator.test.ts).

const enc = (text: string) => new TextEncoder().encode(text);
const fontOrder = (n: number): SchemaError => ({
  description: "The element has unexpected child element 'http://schemas.openxmlformats.org/spreadsheetml/2006/main:sz'.",
  part: "/xl/styles.xml",
  xPath: `/x:styleSheet[1]/x:fonts[1]/x:font[${n}]`,
  id: "Sch_UnexpectedElementContentExpectingComplex",
  errorType: "Schema",
});
const badRow = (row: number): SchemaError => ({
  description: "The attribute 'ht' has invalid value 'tall'.",
  part: "/xl/worksheets/sheet1.xml",
  xPath: `/x:worksheet[1]/x:sheetData[1]/x:row[${row}]`,
  id: "Sch_AttributeValueDataTypeDetailed",
  errorType: "Schema",
});
const pkg = (errors: SchemaError[], parts: Record<string, string>): Checked => ({
  errors,
  parts: Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, enc(xml)])),
  embedded: 0,
});

test("a font the output adds in the wrong order is a new error, though two fonts of the input already had it", () => {
  const input = pkg([fontOrder(1), fontOrder(2)], { "xl/styles.xml": "<styleSheet>two fonts</styleSheet>" });
  const output = pkg([fontOrder(6), fontOrder(2), fontOrder(1)], { "xl/styles.xml": "<styleSheet>six fonts</styleSheet>" });
  const { added, inherited } = compareErrors(input, output);
  expect(inherited).toHaveLength(2);
  expect(added).toHaveLength(1);
});

test("the input's error is inherited where the output moved it (a row inserted above shifts its position)", () => {
  const input = pkg([badRow(7)], { "xl/worksheets/sheet1.xml": "<worksheet>before</worksheet>" });
  const output = pkg([badRow(8)], { "xl/worksheets/sheet1.xml": "<worksheet>after the refresh</worksheet>" });
  expect(compareErrors(input, output)).toEqual({ added: [], inherited: [badRow(8)] });
});

test("any error in a part copied from the input as stored is the input's", () => {
  const drawing = "<xdr:wsDr>the user's drawing</xdr:wsDr>";
  const odd: SchemaError = { description: "Attribute 'id' should have unique value.", part: "/xl/drawings/drawing1.xml", xPath: "/xdr:wsDr[1]/xdr:twoCellAnchor[2]", id: "Sem_UniqueAttributeValue", errorType: "Semantic" };
  const input = pkg([], { "xl/drawings/drawing1.xml": drawing });
  const output = pkg([odd], { "xl/drawings/drawing1.xml": drawing });
  expect(compareErrors(input, output)).toEqual({ added: [], inherited: [odd] });
});

test("an error of a kind the input did not have, or in a part we rewrote, is new", () => {
  const input = pkg([badRow(7)], { "xl/worksheets/sheet1.xml": "<worksheet>before</worksheet>", "xl/styles.xml": "<styleSheet/>" });
  const other = { ...badRow(7), description: "The attribute 'ht' has invalid value 'wide'." };
  const output = pkg([other, fontOrder(1)], { "xl/worksheets/sheet1.xml": "<worksheet>after</worksheet>", "xl/styles.xml": "<styleSheet>changed</styleSheet>" });
  expect(compareErrors(input, output).added).toEqual([other, fontOrder(1)]);
});

test("a package made from nothing (a partner return, a chase letter) owns every error it has", () => {
  const output = pkg([fontOrder(1), badRow(2)], { "xl/styles.xml": "<styleSheet/>" });
  expect(compareErrors(null, output)).toEqual({ added: [fontOrder(1), badRow(2)], inherited: [] });
});

test("an error inside an embedded workbook is the input's when the workbook was copied as stored, and ours when we wrote it", () => {
  const inChart = (n: number): SchemaError => ({ ...fontOrder(1), part: `/word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx!/xl/styles.xml` });
  const input = pkg([inChart(1)], { "word/embeddings/Microsoft_Excel_Worksheet1.xlsx": "the template's workbook" });
  const output = pkg([inChart(1), inChart(2)], {
    "word/embeddings/Microsoft_Excel_Worksheet1.xlsx": "the template's workbook",
    "word/embeddings/Microsoft_Excel_Worksheet2.xlsx": "a chart's data we wrote",
  });
  expect(compareErrors(input, output)).toEqual({ added: [inChart(2)], inherited: [inChart(1)] });
});
