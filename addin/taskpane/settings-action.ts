import { hasErrors, Settings } from "../../src/model";
import { WorkbookSource } from "../source";
import { Feedback } from "./feedback";
import { STEP_TEXT } from "./refresh-words";
import { savedSentence } from "./settings-form";
import { SettingsView } from "./settings-view";
import { SummaryView } from "./summary-view";

// Save settings: only the fields the user changed are written; then the workbook is checked again so
// every view shows what the new settings give, and the sentence says where they were saved.

export interface SettingsSave {
  view: SettingsView;
  source: WorkbookSource;
  summary: SummaryView;
  /** The settings the form was filled from. */
  shown: Settings | undefined;
  changed?(): void;
  /** Checks the workbook again and shows the result in every view. */
  recheck(): Promise<void>;
}

export async function saveSettings(fb: Feedback, save: SettingsSave): Promise<void> {
  const values = save.view.read();
  if (!values) return;
  // A save that changes nothing writes nothing: not one cell is touched.
  if (Object.keys(values).length === 0) {
    // The same settings typed another way (0.05 for 5%): shown again as stored.
    save.view.fill(save.shown);
    return fb.say(`Nothing changed, so nothing was written: the amber tolerance is already ${save.view.toleranceShown}.`, "info");
  }
  await fb.busy("Saving settings…");
  const findings = await save.source.writeSettings(values);
  if (hasErrors(findings)) return fb.say(`${findings[0].message} ${findings[0].hint}`);
  save.summary.settingsSaved();
  save.changed?.();
  await fb.busy(STEP_TEXT.checking);
  await save.recheck();
  fb.say(savedSentence(save.source, values, save.summary.stale), "info");
}
