import { Analysis, DEFAULT_SETTINGS } from "../../src/model";
import { formatPeriod } from "../../src/periods";
import { readPeriodText } from "../../src/read/period-words";
import { SettingsValues } from "../settings-cells";

// The Settings form's logic: what it shows for the workbook, and what the user typed, read the way
// the Settings sheet is read, with one plain sentence per field when it cannot be.

export interface SettingsFields {
  reportingPeriod: string;
  amberTolerance: string;
}

export type SettingsInput = { ok: true; values: SettingsValues } | { ok: false; field: keyof SettingsFields; message: string };

export function settingsFields(analysis: Analysis | null): SettingsFields {
  const settings = analysis?.scorecard?.settings ?? DEFAULT_SETTINGS;
  return {
    reportingPeriod: settings.reportingPeriod ? formatPeriod(settings.reportingPeriod) : "",
    amberTolerance: String(Math.round(settings.amberTolerance * 1000) / 10),
  };
}

export function readSettingsInput(fields: SettingsFields, agreementStart = DEFAULT_SETTINGS.agreementStart): SettingsInput {
  const periodText = fields.reportingPeriod.trim();
  const period = periodText === "" ? null : readPeriodText(periodText, agreementStart);
  if (periodText !== "" && !period) {
    return {
      ok: false,
      field: "reportingPeriod",
      message: `"${periodText}" is not a period. Write a year as 2009/10 or a quarter as Q2 2009/10, or leave it blank for the latest period with actuals.`,
    };
  }
  const toleranceText = fields.amberTolerance.trim().replace(/%$/, "").trim();
  const tolerance = Number(toleranceText);
  if (toleranceText === "" || !Number.isFinite(tolerance) || tolerance < 0 || tolerance > 100) {
    return { ok: false, field: "amberTolerance", message: "Write the amber tolerance as a percentage from 0 to 100, for example 5." };
  }
  return { ok: true, values: { reportingPeriod: period, amberTolerance: Math.round(tolerance * 1000) / 100000 } };
}
