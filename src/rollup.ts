import { IndicatorRating, PartnershipRating, Scorecard } from "./model";

// SCAFFOLD (helper "rules" replaces this body): the status of each partnership, with PRG at stake and at risk.
export function ratePartnerships(_ratings: IndicatorRating[], _scorecard: Scorecard): PartnershipRating[] {
  throw new Error("ratePartnerships: not written yet");
}
