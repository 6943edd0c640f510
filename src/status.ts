import { Indicator, IndicatorRating, Period, Settings } from "./model";

// SCAFFOLD (helper "rules" replaces this body): the status rules of one indicator.
export function rateIndicator(_indicator: Indicator, _settings: Settings, _reportingPeriod: Period | null): IndicatorRating {
  throw new Error("rateIndicator: not written yet");
}
