import { DEFAULT_SETTINGS, Settings } from "../../src/model";
import { formatPeriod, samePeriod } from "../../src/periods";
import { readPeriodText } from "../../src/read/period-words";
import { isBareOne, readFractionSetting } from "../../src/read/settings";
import { joinAnd } from "../../src/words";
import { SettingsValues, toleranceText } from "../settings-cells";

// The Settings form's logic: what it shows for the workbook, and what the user typed, read the way
// the Settings sheet is read, with one plain sentence per field when it cannot be. Only a field the
// user changed is written: saving the form as shown touches no cell.

export interface SettingsFields {
  reportingPeriod: string;
  amberTolerance: string;
}

export type SettingsInput =
  /** `values` holds only the settings that change (none: nothing to write). */
  | { ok: true; values: SettingsValues }
  | { ok: false; field: keyof SettingsFields; message: string };

export function settingsFields(settings: Settings = DEFAULT_SETTINGS): SettingsFields {
  return {
    reportingPeriod: settings.reportingPeriod ? formatPeriod(settings.reportingPeriod) : "",
    amberTolerance: toleranceText(settings.amberTolerance),
  };
}

/** The tolerance typed, read as a tolerance on the Settings sheet is (a bare 1 is 1%, 0.05 is 5%); null when it is not one. */
export function readTolerance(text: string): number | null {
  return readFractionSetting(text.trim());
}

/** Two tolerances the rules cannot tell apart (binary fractions aside: 7% typed is 0.07). */
function sameFraction(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-12;
}

/**
 * What the user typed, against the settings the form was filled from: each field read as the
 * Settings sheet reads it, and kept only when it differs from what is stored.
 */
export function readSettingsInput(fields: SettingsFields, current: Settings = DEFAULT_SETTINGS): SettingsInput {
  const periodText = fields.reportingPeriod.trim();
  const period = periodText === "" ? null : readPeriodText(periodText, current.agreementStart);
  if (periodText !== "" && !period) {
    return {
      ok: false,
      field: "reportingPeriod",
      message: `"${periodText}" is not a period. Write a year as 2009/10 or a quarter as Q2 2009/10, or leave it blank for the latest period with actuals.`,
    };
  }
  const tolerance = readTolerance(fields.amberTolerance);
  if (tolerance === null) {
    return { ok: false, field: "amberTolerance", message: "Write the amber tolerance as a percentage from 0% to 100%, for example 5%." };
  }
  const values: SettingsValues = {};
  const samePeriodAsNow = period === null || current.reportingPeriod === null ? period === current.reportingPeriod : samePeriod(period, current.reportingPeriod);
  if (!samePeriodAsNow) values.reportingPeriod = period;
  if (!sameFraction(tolerance, current.amberTolerance)) values.amberTolerance = tolerance;
  return { ok: true, values };
}

/** The settings in words, as they will be or were saved: "Amber tolerance 5%", "Reporting period Q2 2009/10". */
export function settingsWords(values: SettingsValues): string[] {
  const words: string[] = [];
  if ("reportingPeriod" in values) {
    words.push(values.reportingPeriod ? `Reporting period ${formatPeriod(values.reportingPeriod)}` : "Reporting period blank (the latest period with actuals)");
  }
  if (values.amberTolerance !== undefined) words.push(`Amber tolerance ${toleranceText(values.amberTolerance)}`);
  return words;
}

/** The line under the tolerance field while the user types: what Save would write, or nothing when unchanged or unreadable. */
export function toleranceReading(text: string, current: Settings = DEFAULT_SETTINGS): string {
  const tolerance = readTolerance(text);
  if (tolerance === null || sameFraction(tolerance, current.amberTolerance)) return "";
  // As on the Settings sheet: a bare 1 is 1%, which may not be what was meant.
  const bareOne = isBareOne(text.trim()) ? " (type 100% for all)" : "";
  return `Save writes: Amber tolerance ${toleranceText(tolerance)}${bareOne}.`;
}

/**
 * After a save: where it went, what was saved in words, whether the workbook's statuses are now out
 * of date, and, for a file in this page, that it lives only here until downloaded.
 */
export function savedSentence(source: { kind: "excel" | "file"; label: string }, values: SettingsValues, stale: boolean): string {
  const where = source.kind === "file" ? `Settings saved on the Settings sheet of this page's copy of ${source.label}` : "Settings saved on the Settings sheet";
  const next = stale ? " The statuses in the workbook are now out of date: Refresh under Summary writes the new ones." : "";
  const keep = source.kind === "file" ? " Choose Download workbook to keep them." : "";
  return `${where}: ${joinAnd(settingsWords(values))}.${next}${keep}`;
}
