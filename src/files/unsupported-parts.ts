// exceljs carries cells, styles, names, notes, validation and images through a read and write, but
// drops the parts below. We list them from the zip's part names before writing, so the user is told
// by name what the refreshed copy will lack.

const PARTS: { pattern: RegExp; words: string }[] = [
  { pattern: /^xl\/charts\/chart[^/]*\.xml$/i, words: "charts" },
  { pattern: /^xl\/chartsheets\//i, words: "chart sheets" },
  { pattern: /^xl\/pivotTables\//i, words: "pivot tables" },
  { pattern: /^xl\/pivotCache\//i, words: "pivot tables" },
  { pattern: /^xl\/vbaProject\.bin$/i, words: "macros (VBA)" },
  { pattern: /^xl\/slicers\//i, words: "slicers" },
  { pattern: /^xl\/slicerCaches\//i, words: "slicers" },
  { pattern: /^xl\/timelines\//i, words: "timelines" },
  { pattern: /^xl\/externalLinks\//i, words: "links to other workbooks (external links)" },
  { pattern: /^xl\/connections\.xml$/i, words: "data connections (queries)" },
  { pattern: /^xl\/ctrlProps\//i, words: "form controls (buttons, check boxes)" },
  { pattern: /^xl\/threadedComments\//i, words: "threaded comments (their replies are kept only as plain notes)" },
];

/** The kinds of content, in plain words, that a refresh through exceljs would lose; [] when none. */
export function unsupportedParts(partNames: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const raw of partNames) {
    const name = raw.replace(/^\//, "");
    for (const part of PARTS) if (part.pattern.test(name)) found.add(part.words);
  }
  return PARTS.map((p) => p.words).filter((words, i, all) => found.has(words) && all.indexOf(words) === i);
}

/** The warning a user reads before the refreshed copy is written. */
export function unsupportedWarning(parts: readonly string[]): string | null {
  if (parts.length === 0) return null;
  return `This workbook holds ${joinWords(parts)}, which the refreshed copy will not contain; keep the original for them.`;
}

function joinWords(words: readonly string[]): string {
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
