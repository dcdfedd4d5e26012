import type { AgreementDefinition, RuleNote, RuleStatus } from "./agreements";
import { type HsCode, hsPrefixMatches } from "./hs-code";
import { type ParsedRule, parseRuleNotation } from "./rule-notation";

export type ApplicableRule = {
  parsed: ParsedRule;
  source: "GENERAL" | "PSR";
  /** The PSR key that matched, or null for the general rule. */
  hsPrefix: string | null;
  status: RuleStatus;
  notes: readonly RuleNote[];
};

/** Picks the product-specific rule with the longest HS prefix covering the goods, else the general rule. */
export function findApplicableRule(agreement: AgreementDefinition, goods: HsCode): ApplicableRule {
  const matches = agreement.productSpecificRules
    .filter((entry) => hsPrefixMatches(entry.hsPrefix, goods))
    .sort((a, b) => b.hsPrefix.length - a.hsPrefix.length);

  const psr = matches[0];
  if (psr) {
    return {
      parsed: parseRuleNotation(psr.rule),
      source: "PSR",
      hsPrefix: psr.hsPrefix,
      status: psr.status,
      notes: psr.notes ?? [],
    };
  }

  return {
    parsed: parseRuleNotation(agreement.generalRule.rule),
    source: "GENERAL",
    hsPrefix: null,
    status: agreement.generalRule.status,
    notes: [],
  };
}
