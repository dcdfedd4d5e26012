import type { CriterionResult } from "./types";

/**
 * Picks the criterion to declare among those met, or null when none is. Order of preference:
 * 1. WO, then PE: they need no cost figures at all.
 * 2. Criteria without a value test (CC, CTH, CTSH): the form then needs no FOB value, and the
 *    result does not move with prices or exchange rates over the certificate's validity. One that
 *    needs no de minimis comes before one that does.
 * 3. Criteria with a value test (RVC, NOC, or a combination), in the order of the rule.
 */
export function recommendCriterion(criteria: CriterionResult[]): CriterionResult | null {
  const met = criteria.filter((criterion) => criterion.met);
  if (met.length === 0) return null;

  const ranked = met
    .map((criterion, order) => ({ criterion, order, rank: preferenceRank(criterion) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked[0].criterion;
}

function preferenceRank(criterion: CriterionResult): number {
  if (criterion.kind === "WO") return 0;
  if (criterion.kind === "PE") return 1;

  const hasValueTest = criterion.parts.some((part) => part.kind !== "CTC");
  if (hasValueTest) return 4;
  return criterion.deMinimisApplied ? 3 : 2;
}
