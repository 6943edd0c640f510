// The one number formatter (thousands separators written out, the same in node and every browser).
import { groupDigits } from "./format";

// Small helpers for the sentences every face prints: one way to count things and list them.

/** "1 indicator", "2 indicators", "10,000 indicators"; plural(3, "person", "people") is "3 people". */
export function plural(count: number, singular: string, many = `${singular}s`): string {
  return `${groupDigits(count, 0)} ${count === 1 ? singular : many}`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** "a", "a or b", "a, b or c". */
export function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} or ${parts[parts.length - 1]}`;
}

/** Whether words name their holder as chair ("Chair", "ACC Essex Police (Chair)", "in the chair"), not as vice, deputy or co-chair. */
export function saysChair(text: string | null): boolean {
  return text !== null && /(?<!vice[\s-]?|deputy\s|co-)\bchair(man|woman|person|ing|ed)?\b/i.test(text);
}
