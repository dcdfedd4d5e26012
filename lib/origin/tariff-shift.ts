import type { AgreementId, DeMinimisRule } from "./agreements";
import { type Dec, formatDecimal, isPercentAtMost, sum, toPercentage } from "./decimal";
import type { Finding } from "./findings";
import { type CtcLevel, type HsCode, compareAtLevel } from "./hs-code";
import type { DeMinimisResult, FailingMaterial, PartResult } from "./types";
import type { NormalizedMaterial } from "./validate-input";

export type TariffShiftInput = {
  agreement: AgreementId;
  goods: HsCode;
  goodsWeight: Dec | null;
  fob: Dec;
  level: CtcLevel;
  /** Materials counted as non-originating (undetermined ones included); only they are tested. */
  nonOriginating: NormalizedMaterial[];
  deMinimis: DeMinimisRule | null;
};

/**
 * Tests a change in tariff classification (CC, CTH or CTSH), then the de minimis rule for the
 * materials that fail it. De minimis passes when their value is at most the agreement's share of
 * FOB, or, where the agreement allows it for the goods' chapter, their weight is at most its
 * share of the goods' weight. Their value still counts as non-originating in any RVC test.
 */
export function testTariffShift(input: TariffShiftInput): { part: PartResult; findings: Finding[] } {
  const findings: Finding[] = [];
  const failing: NormalizedMaterial[] = [];

  for (const material of input.nonOriginating) {
    const comparison = compareAtLevel(material.hsCode, input.goods, input.level);
    if (comparison === "changed") continue;
    if (comparison === "unknown") {
      findings.push({ code: "MATERIAL_HS_TOO_SHORT", material: material.id, level: input.level });
    }
    failing.push(material);
  }

  const failingMaterials = failing.map(toFailingMaterial);
  const partFor = (met: boolean, deMinimis: DeMinimisResult | null): PartResult => ({
    kind: "CTC",
    met,
    level: input.level,
    failingMaterials,
    deMinimis,
  });

  if (failing.length === 0) return { part: partFor(true, null), findings };

  const ctcNotMet: Finding = { code: "CTC_NOT_MET", level: input.level, materials: failing.map((m) => m.id) };
  if (!input.deMinimis) {
    findings.push(ctcNotMet, { code: "DE_MINIMIS_NOT_IN_AGREEMENT", agreement: input.agreement });
    return { part: partFor(false, null), findings };
  }

  const outcome = testDeMinimis(input, failing, input.deMinimis, findings);
  if (outcome.basis) {
    const byValue = outcome.basis === "VALUE";
    const result: DeMinimisResult = {
      basis: outcome.basis,
      failingValue: formatDecimal(outcome.failingValue),
      failingShareOfFob: outcome.shareOfFob,
      failingShareOfWeight: outcome.shareOfWeight,
      maximumPercent: byValue ? input.deMinimis.percentOfFob : input.deMinimis.byWeight!.percentOfWeight,
    };
    findings.push({
      code: "DE_MINIMIS_APPLIED",
      basis: outcome.basis,
      failingShare: (byValue ? outcome.shareOfFob : outcome.shareOfWeight!).display,
      maximum: result.maximumPercent,
    });
    if (input.deMinimis.status === "unverified") {
      findings.push({ code: "DE_MINIMIS_LEVEL_UNVERIFIED", percentOfFob: input.deMinimis.percentOfFob });
    }
    return { part: partFor(true, result), findings };
  }

  findings.push(ctcNotMet, {
    code: "DE_MINIMIS_EXCEEDED",
    failingValue: formatDecimal(outcome.failingValue),
    failingShareOfFob: outcome.shareOfFob.display,
    maximum: input.deMinimis.percentOfFob,
    failingShareOfWeight: outcome.shareOfWeight?.display ?? null,
  });
  return { part: partFor(false, null), findings };
}

function testDeMinimis(
  input: TariffShiftInput,
  failing: NormalizedMaterial[],
  rule: DeMinimisRule,
  findings: Finding[],
) {
  const failingValue = sum(failing.map((m) => m.value));
  const shareOfFob = toPercentage(failingValue, input.fob);
  const passesByValue = isPercentAtMost(failingValue, input.fob, rule.percentOfFob);

  let shareOfWeight = null;
  let passesByWeight = false;
  const chapter = Number(input.goods.chapter);
  const byWeight = rule.byWeight;
  if (byWeight && chapter >= byWeight.fromChapter && chapter <= byWeight.toChapter) {
    const withoutWeight = failing.filter((m) => m.grossWeight === null).map((m) => m.id);
    const goodsWeight = input.goodsWeight;
    const goodsWeightMissing = goodsWeight === null || goodsWeight.isZero();

    if (withoutWeight.length > 0 || goodsWeightMissing) {
      if (!passesByValue) {
        findings.push({ code: "DE_MINIMIS_WEIGHT_MISSING", materials: withoutWeight, productWeightMissing: goodsWeightMissing });
      }
    } else {
      const failingWeight = sum(failing.map((m) => m.grossWeight!));
      shareOfWeight = toPercentage(failingWeight, goodsWeight!);
      passesByWeight = isPercentAtMost(failingWeight, goodsWeight!, byWeight.percentOfWeight);
    }
  }

  let basis: "VALUE" | "WEIGHT" | null = null;
  if (passesByValue) {
    basis = "VALUE";
  } else if (passesByWeight) {
    basis = "WEIGHT";
  }
  return { basis, failingValue, shareOfFob, shareOfWeight };
}

function toFailingMaterial(material: NormalizedMaterial): FailingMaterial {
  return {
    id: material.id,
    name: material.name,
    hsCode: material.hsCode.display,
    value: formatDecimal(material.value),
  };
}
