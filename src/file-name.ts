// A partnership's name as a file name that Windows, macOS, Linux and SharePoint all accept:
// "Children & Young People's Strategic Partnership (CYPSP)" stays as it is; "Olympics/Paralympics"
// becomes "Olympics-Paralympics"; "CON" and "AUX.x" (names Windows keeps for devices, whatever
// follows the first dot) become "CON_" and "AUX_.x"; a leading dot (a hidden file on macOS and
// Linux) and trailing dots and spaces (which Windows drops) go; and the name is cut to a length
// in bytes, since Linux and macOS count a file name's bytes in UTF-8 (255 at most) and a
// Chinese or Welsh name takes two or three bytes a letter.

import { Period } from "./model";
import { formatPeriod } from "./periods";

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Bytes left for the name itself: the folder's limit is 255, less a suffix such as " (12) annual review.docx". */
export const NAME_BYTES = 200;

/** Bytes of a text in UTF-8, counted by code point (no TextEncoder: not every test environment has one). */
function byteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The longest start of `text` within `bytes` UTF-8 bytes, never splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  if (byteLength(text) <= bytes) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const size = byteLength(ch);
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
}

export function safeFileName(name: string, fallback = "partnership", maxBytes = NAME_BYTES): string {
  const cleaned = cutToBytes(
    name
      .normalize("NFC")
      // "Olympics/Paralympic" reads best with a dash; other characters Windows refuses become spaces.
      .replace(/\s*[/\\]+\s*/g, "-")
      .replace(/[<>:"|?*#%]+/g, " ")
      // Control characters too (Alt+Enter line breaks in a cell).
      .replace(/\p{Cc}+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      // A leading dot hides the file on macOS and Linux.
      .replace(/^[.\s]+/, ""),
    maxBytes,
  )
    .trim()
    // Windows drops trailing dots and spaces, so "Safer." and "Safer" would be one file.
    .replace(/[. ]+$/, "");
  if (cleaned === "") return fallback;
  const stem = cleaned.split(".")[0].trimEnd();
  return RESERVED.test(stem) ? `${stem}_${cleaned.slice(stem.length)}` : cleaned;
}

/** How two file names compare in one folder: case-insensitively and in one Unicode form, as Windows and macOS do. */
function folderKey(fileName: string): string {
  return fileName.normalize("NFC").toLowerCase();
}

/**
 * File names for several documents in one folder, each `${base}${suffix}`, made unique: a second
 * "Safer Essex" (or "safer essex") becomes "Safer Essex (2)".
 */
export function uniqueFileNames(bases: readonly string[], suffix: string): string[] {
  const used = new Set<string>();
  return bases.map((base) => {
    let name = `${base}${suffix}`;
    for (let n = 2; used.has(folderKey(name)); n++) name = `${base} (${n})${suffix}`;
    used.add(folderKey(name));
    return name;
  });
}

/**
 * A paper's file name without its extension, the same from the command line and the pane:
 * "Safer Essex annual review Q2 2009-10", so next quarter's papers never overwrite this quarter's
 * (nor download as "(1)" copies of them).
 */
export function paperFileStem(subject: string, paper: string, period: Period | string | null, fallback = "partnership"): string {
  const when = period === null ? "" : safeFileName(typeof period === "string" ? period : formatPeriod(period), "");
  return [safeFileName(subject, fallback), paper, when].filter((s) => s !== "").join(" ");
}
