import { DEFAULT_SETTINGS, Settings } from "../../src/model";
import { SettingsValues } from "../settings-cells";
import { readSettingsInput, settingsFields, toleranceReading } from "./settings-form";

// The Settings form on the page: filled with the workbook's settings as stored, read back as the
// Settings sheet is read, one sentence on a field it cannot read, and, as the user types a tolerance,
// what Save would write, in words.

const FIELD_IDS = { reportingPeriod: "reporting-period", amberTolerance: "amber-tolerance" } as const;

export class SettingsView {
  /** The settings the form was filled from: what a Save is compared with. */
  private current: Settings = DEFAULT_SETTINGS;

  constructor(private readonly doc: Document) {
    this.input("amberTolerance").addEventListener("input", () => this.sayReading());
  }

  /** The form as the workbook holds the settings (the defaults when it has none). */
  fill(settings: Settings = DEFAULT_SETTINGS): void {
    this.current = settings;
    const fields = settingsFields(settings);
    this.input("reportingPeriod").value = fields.reportingPeriod;
    this.input("amberTolerance").value = fields.amberTolerance;
    this.sayReading();
  }

  /** The settings that the user changed (none: nothing to write); null, with the field's sentence shown, when one cannot be read. */
  read(): SettingsValues | null {
    for (const field of Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]) this.fieldError(field, "");
    const read = readSettingsInput({ reportingPeriod: this.input("reportingPeriod").value, amberTolerance: this.input("amberTolerance").value }, this.current);
    if (read.ok) return read.values;
    this.fieldError(read.field, read.message);
    return null;
  }

  /** The tolerance as the form shows it ("2.25%"). */
  get toleranceShown(): string {
    return settingsFields(this.current).amberTolerance;
  }

  private sayReading(): void {
    const line = this.doc.getElementById("amber-tolerance-reading")!;
    line.textContent = toleranceReading(this.input("amberTolerance").value, this.current);
    line.hidden = line.textContent === "";
  }

  private fieldError(field: keyof typeof FIELD_IDS, text: string): void {
    const error = this.doc.getElementById(`${FIELD_IDS[field]}-error`)!;
    error.textContent = text;
    error.hidden = text === "";
    const input = this.input(field);
    input.setAttribute("aria-invalid", String(text !== ""));
    if (text) input.focus();
  }

  private input(field: keyof typeof FIELD_IDS): HTMLInputElement {
    return this.doc.getElementById(FIELD_IDS[field]) as HTMLInputElement;
  }
}
