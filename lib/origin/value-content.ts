import { type Dec, formatDecimal, isPercentAtLeast, isPercentAtMost, sum, toPercentage } from "./decimal";
import type { Finding } from "./findings";
import type { PartResult, ValueFigures } from "./types";
import type { NormalizedInput } from "./validate-input";

/** The value figures of one agreement, with the exact amounts that the verdicts compare. */
export type ValueContent = {
  figures: ValueFigures;
  fob: Dec;
  /** Numerator of the RVC the verdicts use: the lower of the build-up and build-down numerators. */
  rvcNumerator: Dec;
  findings: Finding[];
};

/**
 * Computes the RVC both ways (build-up and build-down) and the non-originating content.
 *
 * When the cost sheet adds up to FOB the two formulas give the same figure. When it does not,
 * the verdict uses the lower one, because trusting the higher figure would let an unexplained
 * residual count as originating value. The COST_SHEET_RESIDUAL finding reports the gap.
 */
export function computeValueContent(input: NormalizedInput, vom: Dec, vnm: Dec): ValueContent {
  const { fob, directLabour, directOverhead, otherCosts, profit } = input;

  const buildUpNumerator = sum([vom, directLabour, directOverhead, otherCosts, profit]);
  const buildDownNumerator = fob.minus(vnm);
  const sumOfParts = buildUpNumerator.plus(vnm);
  const residual = fob.minus(sumOfParts);

  const rvcMethod = buildUpNumerator.lte(buildDownNumerator) ? "BUILD_UP" : "BUILD_DOWN";
  const rvcNumerator = rvcMethod === "BUILD_UP" ? buildUpNumerator : buildDownNumerator;

  const buildUp = toPercentage(buildUpNumerator, fob);
  const buildDown = toPercentage(buildDownNumerator, fob);

  const findings: Finding[] = [];
  if (!residual.isZero()) {
    findings.push({
      code: "COST_SHEET_RESIDUAL",
      residual: formatDecimal(residual),
      sumOfParts: formatDecimal(sumOfParts),
      fob: formatDecimal(fob),
      buildUp: buildUp.display,
      buildDown: buildDown.display,
      verdictMethod: rvcMethod,
    });
  }

  const figures: ValueFigures = {
    fob: formatDecimal(fob),
    vom: formatDecimal(vom),
    vnm: formatDecimal(vnm),
    directLabour: formatDecimal(directLabour),
    directOverhead: formatDecimal(directOverhead),
    otherCosts: formatDecimal(otherCosts),
    profit: formatDecimal(profit),
    sumOfParts: formatDecimal(sumOfParts),
    residual: formatDecimal(residual),
    buildUp,
    buildDown,
    rvc: rvcMethod === "BUILD_UP" ? buildUp : buildDown,
    rvcMethod,
    nonOriginatingContent: toPercentage(fob.minus(rvcNumerator), fob),
  };

  return { figures, fob, rvcNumerator, findings };
}

export function testRvc(content: ValueContent, minimumPercent: string): { part: PartResult; finding: Finding | null } {
  const met = isPercentAtLeast(content.rvcNumerator, content.fob, minimumPercent);
  const rvc = content.figures.rvc;
  return {
    part: { kind: "RVC", met, minimumPercent, rvc },
    finding: met ? null : { code: "RVC_BELOW_THRESHOLD", rvc: rvc.display, threshold: minimumPercent },
  };
}

/** Tests the Lao-Viet Nam rule: non-originating content at most `maximumPercent` of FOB. */
export function testNonOriginatingContent(
  content: ValueContent,
  maximumPercent: string,
): { part: PartResult; finding: Finding | null } {
  const nonOriginating = content.fob.minus(content.rvcNumerator);
  const met = isPercentAtMost(nonOriginating, content.fob, maximumPercent);
  const nonOriginatingContent = content.figures.nonOriginatingContent;
  return {
    part: { kind: "NOC", met, maximumPercent, nonOriginatingContent },
    finding: met
      ? null
      : {
          code: "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM",
          nonOriginatingContent: nonOriginatingContent.display,
          maximum: maximumPercent,
        },
  };
}
