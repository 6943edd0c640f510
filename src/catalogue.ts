import { CATALOGUE_ROWS, CatalogueRow } from "./catalogue-data";
import { Polarity, Unit } from "./model";

// The National Indicator set (198 indicators, 2008), so a scorecard may leave out the polarity,
// unit or title of an NI the catalogue knows. Data: data/national-indicators.csv, via
// scripts/make-catalogue.ts into catalogue-data.ts.

export interface NationalIndicator {
  /** "NI 151" */
  ref: string;
  /** "NI151": the ref key a scorecard's Ref is compared by. */
  key: string;
  number: number;
  title: string;
  /** Null where the catalogue gives no single direction (banded or uncertain indicators). */
  polarity: Polarity | null;
  unit: Unit;
  /** The catalogue's unit as written ("rate per 10,000 population"). */
  unitText: string;
  /** Where the figures typically come from ("Place Survey (biennial)"); "" when the catalogue does not say. */
  source: string;
  /** How the title was checked; "unverified ..." titles are still usable, the wording may differ. */
  verification: string;
}

const NI_REF = /^NI[-_.]?0*(\d{1,3})$/;
// Local indicators as areas number them: L18.1, LI 3, LPI 12, Local 4, LAA 7.2, BV 82a.
const LOCAL_REF = /^(?:L|LI|LPI|LOCAL|LAA|LA|LSP|BV|BVPI)[-_.]?\d+(?:\.\d+)*[A-Z]?$/;
const SPACES = /\s+/g;
/** What refKey would change: a space, a lower-case letter, or any letter outside ASCII (é). */
const NOT_KEY_FORM = /[\sa-z\u0080-\uffff]/;

/** The form Refs are compared in: spaces removed, upper case, and "NI 0151" the same as "NI 151". */
export function refKey(ref: string): string {
  // Most Refs are already in that form (L18.1): kept as they are, not copied for every row.
  const key = NOT_KEY_FORM.test(ref) ? ref.replace(SPACES, "").toUpperCase() : ref;
  const ni = NI_REF.exec(key);
  return ni ? `NI${Number(ni[1])}` : key;
}

/** Whether a Ref key names a National Indicator (in the catalogue or not): NI followed by a number. */
export function isNationalRef(key: string): boolean {
  return NI_REF.test(key);
}

/** Whether a Ref key looks like a local indicator's reference (L18.1, LI 3, LPI 12). */
export function looksLocal(key: string): boolean {
  return LOCAL_REF.test(key);
}

function polarityOf(text: string): Polarity | null {
  if (text === "higher_is_better") return "higher";
  if (text === "lower_is_better") return "lower";
  return null;
}

/** The catalogue's free-text unit as one of ours: "%..." is percent, "rate..." rate, "£..." money. */
export function unitOf(text: string): Unit {
  const t = text.trim().toLowerCase();
  if (t.startsWith("%")) return "percent";
  if (t.startsWith("£")) return "money";
  if (t.startsWith("rate") || t.startsWith("per ") || t.includes(" per ")) return "rate";
  return "number";
}

function entry(row: CatalogueRow): NationalIndicator {
  return {
    ref: `NI ${row.ni}`,
    key: `NI${row.ni}`,
    number: row.ni,
    title: row.title,
    polarity: polarityOf(row.polarity),
    unit: unitOf(row.unit),
    unitText: row.unit,
    source: row.source,
    verification: row.verification,
  };
}

const BY_KEY = new Map<string, NationalIndicator>(CATALOGUE_ROWS.map((r) => [`NI${r.ni}`, entry(r)]));

/** The National Indicator a Ref names ("NI 151", "NI151", "ni 0151"), if the catalogue knows it. */
export function lookupIndicator(ref: string): NationalIndicator | undefined {
  return BY_KEY.get(refKey(ref));
}

/** The same for a Ref already in its key form (refKey's result): the reader has it for every row. */
export function lookupKey(key: string): NationalIndicator | undefined {
  return BY_KEY.get(key);
}

export function catalogueSize(): number {
  return BY_KEY.size;
}
