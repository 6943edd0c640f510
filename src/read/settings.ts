import { a1, cellAt, CellValue, cellText, gridSize, isCellError, numFmtAt, SheetGrid, WorkbookGrids } from "../grid";
import { finding, FindingCode } from "../findings";
import { headerKey, headerMatcher } from "../headers";
import { DEFAULT_SETTINGS, Finding, Period, Settings } from "../model";
import { readNumber, singlePercent } from "../numbers";
import { formatYear } from "../periods";
import { cellDate, quarterOf } from "../dates";
import { readPeriodText } from "./period-words";
import { findSheet } from "./sheets";
import { columnsTableRows } from "./columns-table";

// The Settings sheet (workbook spec, "Settings keys"): a Setting column and a Value column.
// A value we cannot read keeps its default and gets a warning naming the cell, so one typo never
// stops a refresh, and the officer sees which figure was used instead.

type Key = keyof Settings;

const ALIASES: Record<Key, string[]> = {
  area: ["Area", "Local area", "Place", "LSP area", "Partnership area"],
  contact: ["Contact officer", "Contact", "Report author", "Lead officer for the report"],
  reportingPeriod: ["Reporting period", "Period", "Current period", "Reporting quarter", "Reporting year"],
  agreementStart: ["Agreement start", "Agreement start year", "LAA start", "LAA start year", "First year"],
  amberTolerance: ["Amber tolerance", "Tolerance", "Default tolerance"],
  greenThreshold: ["Partnership green threshold", "Green threshold"],
  redThreshold: ["Partnership red threshold", "Red threshold"],
  prgMinimum: ["PRG minimum achievement", "PRG minimum", "Reward minimum achievement", "PRG threshold"],
};
const settingNamed = headerMatcher(ALIASES);
const FOUR_DIGITS = /^\d{4}$/;
const HEADER_KEYS = new Set(["setting", "settings", "key", "name"]);

/** The setting a label on the Settings sheet names ("Tolerance" is the Amber tolerance), as the reader matches it. */
export function settingKey(label: string): keyof Settings | undefined {
  return settingNamed(label);
}

/** Whether a cell is the Settings sheet's own header over the names ("Setting", "Key"). */
export function isSettingsHeader(label: string): boolean {
  return HEADER_KEYS.has(headerKey(label));
}

export interface SettingsRead {
  settings: Settings;
  findings: Finding[];
  /** Where the reporting period was read from (sheet and value cell), when the sheet gives one. */
  reportingPeriodCell?: { sheet: string; cell: string };
}

/** Settings from the Settings (or Config) sheet, each missing or blank key at its default. */
export function readSettings(workbook: WorkbookGrids): SettingsRead {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const findings: Finding[] = [];
  const sheet = findSheet(workbook, "settings");
  if (!sheet) return { settings, findings };
  const entries = settingRows(sheet);
  const twice = givenTwice(entries, sheet.name, findings);
  // Agreement start first: "Year 2" in the reporting period depends on it.
  entries.sort((a, b) => Number(b.key === "agreementStart") - Number(a.key === "agreementStart"));
  for (const entry of entries) {
    if (twice.has(entry)) continue;
    const warn: Warn = (code, message, hint) => findings.push(finding(code, sheet.name, entry.cell, message, hint));
    // A title or note on its own ("Add-in settings") is not a setting at all.
    if (!entry.key && entry.blank) continue;
    if (!entry.key) {
      warn("unknown-setting",
        `"${entry.label}" is not a setting that is read, so it is ignored.`,
        `Use one of: ${Object.values(ALIASES).map((a) => a[0]).join(", ")}; or delete the row.`,
      );
      continue;
    }
    if (entry.blank) continue;
    applySetting(settings, entry, warn);
  }
  const period = settings.reportingPeriod && entries.find((e) => e.key === "reportingPeriod" && !e.blank && !twice.has(e));
  return period ? { settings, findings, reportingPeriodCell: { sheet: sheet.name, cell: period.cell } } : { settings, findings };
}

interface SettingRow {
  label: string;
  key: Key | undefined;
  value: CellValue;
  numFmt: string | undefined;
  /** Address of the Value cell. */
  cell: string;
  blank: boolean;
}

/** Each row's first filled cell is the setting, the next cell to its right the value. */
function settingRows(sheet: SheetGrid): SettingRow[] {
  const rows: SettingRow[] = [];
  const { rows: height } = gridSize(sheet);
  // The Columns table (columns-table.ts) is no setting.
  const table = columnsTableRows(sheet);
  for (let r = 1; r <= height; r++) {
    if (table && r >= table.first && r <= table.last) continue;
    const cells = sheet.values[r - 1] ?? [];
    const c = cells.findIndex((v) => cellText(v) !== "") + 1;
    if (c === 0) continue;
    const label = cellText(cellAt(sheet, r, c));
    if (HEADER_KEYS.has(headerKey(label))) continue;
    const value = cellAt(sheet, r, c + 1);
    const blank = !isCellError(value) && cellText(value) === "";
    rows.push({ label, key: settingNamed(label), value, numFmt: numFmtAt(sheet, r, c + 1), cell: a1(r, c + 1), blank });
  }
  return rows;
}

type Warn = (code: FindingCode, message: string, hint: string) => void;

/**
 * A setting given in two rows ("Reporting period" and "Period"): two different values are an error
 * at the later cell naming both, and neither is used (the later one must not win in silence); the
 * same value twice is a warning, and that value is used. Returns the rows not to apply.
 */
function givenTwice(entries: SettingRow[], sheetName: string, findings: Finding[]): Set<SettingRow> {
  const skip = new Set<SettingRow>();
  const first = new Map<Key, SettingRow>();
  for (const entry of entries) {
    if (!entry.key || entry.blank) continue;
    const earlier = first.get(entry.key);
    if (!earlier) {
      first.set(entry.key, entry);
      continue;
    }
    const name = ALIASES[entry.key][0];
    const was = cellText(earlier.value);
    const is = cellText(entry.value);
    skip.add(entry);
    if (was === is) {
      findings.push(finding("setting-repeated", sheetName, entry.cell,
        `${name} is given twice, in ${earlier.cell} and ${entry.cell}, both as "${is}"; that value is used.`,
        `Delete one of the two rows, so a later change to one cannot leave the other behind.`));
      continue;
    }
    skip.add(earlier);
    findings.push(finding("setting-given-twice", sheetName, entry.cell,
      `${name} is given twice: "${was}" in ${earlier.cell} and "${is}" in ${entry.cell}, so neither is used until one row is deleted.`,
      `Delete the row that is out of date, keeping one ${name} row.`));
  }
  return skip;
}

function applySetting(settings: Settings, entry: SettingRow, warn: Warn): void {
  const key = entry.key!;
  if (key === "area" || key === "contact") {
    settings[key] = cellText(entry.value);
    return;
  }
  if (key === "reportingPeriod") {
    const period = readPeriodValue(entry.value, settings.agreementStart, entry.numFmt);
    if (period) settings.reportingPeriod = period;
    else warn("unreadable-reporting-period", `The reporting period "${cellText(entry.value)}" cannot be read, so the latest period with an actual is used.`,
      `Write it as a year (2009/10) or a quarter (Q1 to Q4, such as Q2 2009/10).`);
    return;
  }
  if (key === "agreementStart") {
    const n = entry.value;
    // A bare year (2008) is the year the agreement's first financial year starts in.
    const bare = typeof n === "number" ? n : FOUR_DIGITS.test(cellText(n)) ? Number(cellText(n)) : NaN;
    const period = Number.isInteger(bare) && bare > 1990 && bare < 2100 ? { kind: "year" as const, year: bare } : readPeriodValue(n, settings.agreementStart);
    if (period && period.kind === "year") settings.agreementStart = period.year;
    else warn("unreadable-agreement-start", `The agreement start "${cellText(n)}" cannot be read, so ${formatYear(settings.agreementStart)} is used.`,
      `Write the agreement's first financial year, such as 2008/09.`);
    return;
  }
  const fraction = readFractionSetting(entry.value, entry.numFmt);
  if (fraction === null) {
    warn("setting-not-a-percentage", `"${entry.label}" should be a percentage between 0% and 100%, not "${cellText(entry.value)}"; ${Math.round(settings[key] * 100)}% is used.`,
      `Type a percentage such as ${Math.round(DEFAULT_SETTINGS[key] * 100)}%.`);
    return;
  }
  settings[key] = fraction;
  if (isBareOne(entry.value, entry.numFmt)) {
    warn("setting-bare-one", `"${entry.label}" is typed as 1, which is read as 1%.`,
      `Type 1% if that is meant, or 100% for all; a bare number of 1 or more is read as percentage points.`);
  }
}

/** A percentage typed as 5%, 0.05 or 5, read as a tolerance is (numbers.ts, singlePercent): 1 is 1%. */
export function readPercentSetting(value: CellValue, numFmt?: string | null): number | null {
  const n = readNumber(value, numFmt);
  return n.kind === "number" ? singlePercent(n) : null;
}

/** A percentage setting (a tolerance, a threshold) as this sheet reads it: a fraction from 0 to 1, or null when it is not one. */
export function readFractionSetting(value: CellValue, numFmt?: string | null): number | null {
  const fraction = readPercentSetting(value, numFmt);
  return fraction === null || fraction < 0 || fraction > 1 ? null : fraction;
}

/** A bare 1 (no % sign, no percent format): read as 1%, which may not be what was meant. */
export function isBareOne(value: CellValue, numFmt?: string | null): boolean {
  const n = readNumber(value, numFmt);
  return n.kind === "number" && !n.percent && n.value === 1;
}

/** A period in a cell: text ("Q2 2009/10"), or a date, read as the quarter it falls in. */
function readPeriodValue(value: CellValue, agreementStart: number, numFmt?: string): Period | null {
  // Office.js (and some files) give a date as its serial number with a date format: the same date.
  const date = cellDate(value, numFmt);
  if (date) return quarterOf(date);
  const text = cellText(value);
  return text ? readPeriodText(text, agreementStart) : null;
}
