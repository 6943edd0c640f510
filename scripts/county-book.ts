import { promises as fs } from "node:fs";
import * as path from "node:path";
import { buildSampleBook } from "./make-sample";
import { SAMPLE_PARTNERSHIPS, SampleIndicator, SamplePartnership } from "./sample-indicators";

// A county's scorecard: fifty thematic partnerships and 2,000 indicators (the sample's rows under
// local refs), for the pane's tests and bench at the scale officers of a county work at. The rows are
// spread so that the partnerships come out Red, Amber, Green and (one with no figures yet) No data.

const TEMPLATES = SAMPLE_PARTNERSHIPS.flatMap((p) => p.indicators);
const PLACES = ["Basildon", "Braintree", "Brentwood", "Castle Point", "Chelmsford", "Colchester", "Epping Forest", "Harlow", "Maldon", "Rochford"];
const THEMES = ["Safer", "Healthier", "Greener", "Learning", "Prosperous"];

function indicatorsFor(k: number, count: number): SampleIndicator[] {
  return Array.from({ length: count }, (_, n) => {
    const t = TEMPLATES[(n * 7 + k * 5) % TEMPLATES.length];
    // The last partnership has had no figures in this year: its card is No data.
    const none = k === 49 ? { actual0809: undefined, q1: undefined, q2: undefined } : {};
    // Every fourth partnership meets its targets (figures equal to them meet either polarity): Green.
    const met = k % 4 === 3 ? { actual0809: t.target0809 ?? t.actual0809, q2: t.target0910 ?? t.q2 } : {};
    return { ...t, ref: `L${k + 1}.${n + 1}`, polarity: t.polarity ?? "Higher", ...none, ...met };
  });
}

export function countyPartnerships(partnerships = 50, indicators = 2000): SamplePartnership[] {
  return Array.from({ length: partnerships }, (_, k) => ({
    name: `${THEMES[k % THEMES.length]} ${PLACES[Math.floor(k / THEMES.length) % PLACES.length]}`,
    lead: `Lead officer ${k + 1}`,
    indicators: indicatorsFor(k, Math.floor(indicators / partnerships) + (k < indicators % partnerships ? 1 : 0)),
  }));
}

/** Writes the county book into `dir` and returns its path. */
export async function writeCountyBook(dir: string, partnerships = 50, indicators = 2000): Promise<string> {
  const file = path.join(dir, `county-${partnerships}-${indicators}.xlsx`);
  await fs.writeFile(file, new Uint8Array(await buildSampleBook(countyPartnerships(partnerships, indicators)).xlsx.writeBuffer()));
  return file;
}
