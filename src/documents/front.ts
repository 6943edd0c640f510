import { STATUS_FILL } from "../colours";
import { OverallStatus } from "../model";
import { Fill } from "./fill";
import { promptRun, run } from "./blocks";

// The front matter every partnership paper shares: a value or a prompt where the book lacks it, and
// the partnership's overall status in words and colour.

const OVERALL_WORDS: Record<OverallStatus, string> = {
  Green: "Green: on track",
  Amber: "Amber: some indicators off target",
  Red: "Red: significantly off target",
  "No data": "No data: no indicator can be rated yet",
};

/** The value as text, or a prompt saying where to record it. */
export function textFill(value: string | null, missing: string): Fill {
  return { inline: [value ? run(value) : promptRun(missing)] };
}

/** A partnership may have no deputy: that is a fact for the reader, not a passage the author still owes (DRAFT counts only those). */
export function deputyFill(deputy: string | null): Fill {
  return { inline: [run(deputy ?? "No deputy is recorded.")] };
}

/** "Red: significantly off target", shaded; with `before`, what it was then: " (Amber at Q1 2009/10)". */
export function overallFill(now: OverallStatus, before?: { status: OverallStatus; asAt: string }): Fill {
  const then = before ? (before.status === now ? ` (also ${now} at ${before.asAt})` : ` (${before.status} at ${before.asAt})`) : "";
  return { inline: [run(` ${OVERALL_WORDS[now]} `, { bold: true, fill: STATUS_FILL[now] }), ...(then ? [run(then)] : [])] };
}
