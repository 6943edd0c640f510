// Whether the open workbook counts its dates from 1904 (Excel for Mac's old default) instead of 1900:
// Range.values gives a date as its serial day number, which means a day 1,462 days (four years and a
// day) later in a 1904 workbook. Office.js's Workbook.use1904DateSystem is a preview API only (ExcelApi
// BETA), so Excel's own DATE function answers instead, through Workbook.functions (ExcelApi 1.2, within
// the manifest's 1.4): DATE(1904, 1, 1) is day 0 in the 1904 system and day 1,462 in the 1900 system.
// It rides in a batch the read makes anyway, so it costs no round trip.

/** Queues the question; the answer is read after the next context.sync. */
export function askDateSystem(context: Excel.RequestContext): () => boolean {
  const firstOf1904 = context.workbook.functions.date(1904, 1, 1);
  firstOf1904.load("value");
  // Any other answer (an error value, nothing) leaves Excel's default, the 1900 system.
  return () => firstOf1904.value === 0;
}
