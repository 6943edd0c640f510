// A partnership's name as a file name that Windows, macOS and SharePoint all accept:
// "Children & Young People's Strategic Partnership (CYPSP)" -> "Children & Young People's Strategic Partnership (CYPSP)".
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function safeFileName(name: string, fallback = "partnership"): string {
  const cleaned = name
    // "Olympics/Paralympic" reads best with a dash; other characters Windows refuses become spaces.
    .replace(/\s*[/\\]+\s*/g, "-")
    .replace(/[<>:"|?*#%]+/g, " ")
    // Control characters too (Alt+Enter line breaks in a cell).
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[. ]+$/, "")
    .slice(0, 120)
    .trim();
  if (cleaned === "" || RESERVED.test(cleaned)) return fallback;
  return cleaned;
}
