import { Status } from "../../src/model";
import { plural } from "../../src/words";
import { RefreshRun } from "../refresh-run";

// What the ribbon button tells the user once it has finished: a title and one or two sentences.

export interface Outcome {
  tone: "done" | "problem";
  title: string;
  message: string;
}

const STATUSES: Status[] = ["Green", "Amber", "Red", "No data", "No target"];

export function outcomeOf(run: RefreshRun): Outcome {
  switch (run.kind) {
    case "unreadable":
      return { tone: "problem", title: "The scorecard was not refreshed", message: run.sentence };
    case "invalid": {
      const errors = run.analysis.findings.filter((f) => f.severity === "error").length;
      return {
        tone: "problem",
        title: "The scorecard was not refreshed",
        message:
          `The workbook has ${plural(errors, "error")}, so nothing was written. ` +
          "Open the pane (Home > Scorecard) and choose Check workbook to see each one and go to its cell.",
      };
    }
    case "refused": {
      const first = run.findings.find((f) => f.severity === "error") ?? run.findings[0];
      return { tone: "problem", title: "The scorecard was not refreshed", message: `${first.message} ${first.hint}` };
    }
    case "refreshed": {
      const counts = new Map<Status, number>();
      for (const r of run.analysis.indicators) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
      const parts = STATUSES.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`);
      const warnings = [...run.analysis.findings, ...run.findings].filter((f) => f.severity === "warning").length;
      const partnerships = run.analysis.partnerships.length;
      return {
        tone: "done",
        title: "Scorecard refreshed",
        message:
          `${plural(run.analysis.indicators.length, "indicator")} rated: ${parts.join(", ") || "none"}. ` +
          `Partnership Summary rebuilt for ${plural(partnerships, "partnership")}.` +
          (warnings ? ` ${plural(warnings, "warning")} to look at in the pane (Home > Scorecard).` : ""),
      };
    }
  }
}

