import type { CtcLevel } from "./hs-code";

/**
 * Origin rules are written in the notation of the ATIGA product-specific-rule guidelines:
 * alternatives joined by " or ", each a combination of tests joined by " + ".
 *   RVC40          regional value content of at least 40% of FOB
 *   CC, CTH, CTSH  change of chapter, heading or subheading by every non-originating material
 *   NOC60          non-originating content at most 60% of FOB (the Lao-Viet Nam rule)
 * Examples: "RVC40 or CTH", "RVC35 + CTSH", "CC".
 */
export type RuleTest =
  | { kind: "RVC"; minimumPercent: string }
  | { kind: "CTC"; level: CtcLevel }
  | { kind: "NOC"; maximumPercent: string };

/** One way to qualify; every test in it must pass. */
export type RuleAlternative = { notation: string; tests: RuleTest[] };

export type ParsedRule = { notation: string; alternatives: RuleAlternative[] };

const percentPattern = "(\\d{1,2}(?:\\.\\d+)?|100)";
const rvcPattern = new RegExp(`^RVC${percentPattern}$`);
const nocPattern = new RegExp(`^NOC${percentPattern}$`);

/** Parses rule notation; throws on a typo, because rules come from the agreement table. */
export function parseRuleNotation(notation: string): ParsedRule {
  const alternatives = notation.split(" or ").map((alternative) => ({
    notation: alternative,
    tests: alternative.split(" + ").map((token) => parseTest(token, notation)),
  }));
  return { notation, alternatives };
}

function parseTest(token: string, notation: string): RuleTest {
  if (token === "CC" || token === "CTH" || token === "CTSH") return { kind: "CTC", level: token };

  const rvc = rvcPattern.exec(token);
  if (rvc) return { kind: "RVC", minimumPercent: rvc[1] };

  const noc = nocPattern.exec(token);
  if (noc) return { kind: "NOC", maximumPercent: noc[1] };

  throw new Error(`Invalid origin rule notation "${notation}": unknown test "${token}"`);
}
