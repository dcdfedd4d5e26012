import type { AgreementDefinition } from "./agreements";
import {
  type BoxTextContext,
  formatPartialCumulationBoxText,
  formatProducedEntirelyBoxText,
  formatRuleBoxText,
  tickBoxesFor,
} from "./box-text";
import { classifyMaterials, type MaterialClassification } from "./classify-materials";
import { formatDecimal, isPercentAtLeast, sum } from "./decimal";
import type { Finding } from "./findings";
import { type ApplicableRule, findApplicableRule } from "./find-applicable-rule";
import { recommendCriterion } from "./recommend-criterion";
import { compareAtLevel } from "./hs-code";
import type { RuleAlternative, RuleTest } from "./rule-notation";
import { testTariffShift } from "./tariff-shift";
import type { AgreementResult, CriterionResult, DecidingPart, PartResult } from "./types";
import type { NormalizedInput } from "./validate-input";
import { computeValueContent, testNonOriginatingContent, testRvc, type ValueContent } from "./value-content";

/** Assesses the goods under one agreement: every criterion, the recommendation and the figures. */
export function assessAgreement(input: NormalizedInput, agreement: AgreementDefinition): AgreementResult {
  const rule = findApplicableRule(agreement, input.product.hsCode);
  const findings = describeRuleAndForm(rule, agreement, input.importingCountry);

  const materials = classifyMaterials(input.materials, agreement);
  findings.push(...materials.findings);

  const content = computeValueContent(input, materials.vom, materials.vnm);
  findings.push(...content.findings);

  const accumulationCounted = materials.accumulated.length > 0;
  if (accumulationCounted) {
    findings.push({
      code: "MATERIALS_ACCUMULATED",
      materials: materials.accumulated.map((m) => m.id),
      value: formatDecimal(sum(materials.accumulated.map((m) => m.value))),
    });
  }

  const boxContext: BoxTextContext = {
    form: agreement.form,
    source: rule.source,
    rvcWholeNumber: content.figures.rvc.wholeNumber,
    accumulationApplied: accumulationCounted,
    deMinimisApplied: false,
  };

  const criteria: CriterionResult[] = [];
  if (input.product.whollyObtained) criteria.push(assessWhollyObtained(input));
  if (input.product.producedEntirelyFromOriginatingMaterials) {
    const producedEntirely = assessProducedEntirely(materials, boxContext);
    if (producedEntirely) criteria.push(producedEntirely);
    else findings.push({ code: "PE_NOT_ON_FORM", form: agreement.form.name });
  }
  for (const alternative of rule.parsed.alternatives) {
    criteria.push(assessAlternative(alternative, input, agreement, materials, content, boxContext));
  }

  const partialCumulation = assessPartialCumulation(agreement, content);
  if (partialCumulation?.eligible) {
    findings.push({
      code: "PARTIAL_CUMULATION_ELIGIBLE",
      rvc: content.figures.rvc.display,
      minimum: agreement.partialCumulation!.minimumPercent,
      threshold: agreement.partialCumulation!.belowPercent,
      boxText: partialCumulation.boxText!,
    });
  }

  const recommended = recommendCriterion(criteria);
  return {
    agreement: agreement.id,
    form: agreement.form.name,
    rule: { notation: rule.parsed.notation, source: rule.source, hsPrefix: rule.hsPrefix, status: rule.status },
    originating: recommended !== null,
    criteria,
    recommended: recommended && {
      criterion: recommended.criterion,
      boxText: recommended.boxText!,
      tickBoxes: recommended.tickBoxes,
    },
    decidingParts: recommended ? [] : collectDecidingParts(criteria),
    figures: content.figures,
    materials: materials.lines,
    accumulation: { counted: accumulationCounted, materials: materials.accumulated.map((m) => m.id) },
    partialCumulation,
    findings,
  };
}

/** Findings about the rule and form themselves: unverified entries, notes, a non-party importer. */
function describeRuleAndForm(rule: ApplicableRule, agreement: AgreementDefinition, importingCountry: string | null): Finding[] {
  const findings: Finding[] = [];
  if (rule.status === "unverified") {
    findings.push({ code: "RULE_UNVERIFIED", source: rule.source, hsPrefix: rule.hsPrefix });
  }
  for (const note of rule.notes) {
    findings.push({ code: "RULE_NOTE", note, hsPrefix: rule.hsPrefix! });
  }
  if (agreement.form.status === "unverified") {
    findings.push({ code: "BOX_TEXT_UNVERIFIED", form: agreement.form.name });
  }

  // Lao PDR is a party to every agreement but cannot be the importing country of its own exports.
  if (importingCountry && (importingCountry === "LA" || !agreement.parties.includes(importingCountry))) {
    findings.push({ code: "IMPORTING_COUNTRY_NOT_PARTY", country: importingCountry });
  }
  return findings;
}

/** WO: every material must be wholly obtained in Lao PDR (ATIGA Art 27(k) and its equivalents). */
function assessWhollyObtained(input: NormalizedInput): CriterionResult {
  const contradicting = input.materials.filter((m) => m.origin !== "WHOLLY_OBTAINED_LAO").map((m) => m.id);
  const met = contradicting.length === 0;
  return {
    criterion: "WO",
    kind: "WO",
    met,
    boxText: met ? "WO" : null,
    accumulationApplied: false,
    deMinimisApplied: false,
    tickBoxes: [],
    parts: [],
    findings: met ? [] : [{ code: "WO_CONTRADICTED_BY_MATERIALS", materials: contradicting }],
  };
}

/**
 * PE: every material counts as originating under this agreement. Returns null when the form has
 * no PE code (Form D): the goods are then declared under the RVC or CTC rule with accumulation.
 */
function assessProducedEntirely(materials: MaterialClassification, boxContext: BoxTextContext): CriterionResult | null {
  const boxText = formatProducedEntirelyBoxText(boxContext);
  if (boxText === null) return null;

  const contradicting = materials.nonOriginating.map((m) => m.id);
  const met = contradicting.length === 0;
  return {
    criterion: "PE",
    kind: "PE",
    met,
    boxText: met ? boxText : null,
    accumulationApplied: boxContext.accumulationApplied,
    deMinimisApplied: false,
    tickBoxes: met ? tickBoxesFor(boxContext.form, boxContext.accumulationApplied, false) : [],
    parts: [],
    findings: met ? [] : [{ code: "PE_CONTRADICTED_BY_MATERIALS", materials: contradicting }],
  };
}

function assessAlternative(
  alternative: RuleAlternative,
  input: NormalizedInput,
  agreement: AgreementDefinition,
  materials: MaterialClassification,
  content: ValueContent,
  boxContext: BoxTextContext,
): CriterionResult {
  const parts: PartResult[] = [];
  const findings: Finding[] = [];

  for (const test of alternative.tests) {
    if (test.kind === "RVC" || test.kind === "NOC") {
      const outcome = test.kind === "RVC" ? testRvc(content, test.minimumPercent) : testNonOriginatingContent(content, test.maximumPercent);
      parts.push(outcome.part);
      if (outcome.finding) findings.push(outcome.finding);
      continue;
    }

    const outcome = testTariffShift({
      agreement: agreement.id,
      goods: input.product.hsCode,
      goodsWeight: input.product.grossWeight,
      fob: input.fob,
      level: test.level,
      nonOriginating: materials.nonOriginating,
      deMinimis: agreement.deMinimis,
    });
    parts.push(outcome.part);
    findings.push(...outcome.findings);
  }

  const met = parts.every((part) => part.met);
  const deMinimisApplied = parts.some((part) => part.kind === "CTC" && part.deMinimis !== null);
  const accumulationApplied = alternative.tests.some((test) => reliesOnAccumulation(test, materials, input));
  const boxText = met ? formatRuleBoxText(alternative.tests, { ...boxContext, accumulationApplied, deMinimisApplied }) : null;

  return {
    criterion: alternative.notation,
    kind: "RULE",
    met,
    boxText,
    accumulationApplied,
    deMinimisApplied,
    tickBoxes: met ? tickBoxesFor(agreement.form, accumulationApplied, deMinimisApplied) : [],
    parts,
    findings,
  };
}

/**
 * Tells whether a test depends on materials from other parties counting as originating.
 * A value test does whenever they have value. A CTC test does only when one of them would fail
 * the change if it were non-originating.
 */
function reliesOnAccumulation(test: RuleTest, materials: MaterialClassification, input: NormalizedInput): boolean {
  if (test.kind !== "CTC") return materials.accumulated.some((m) => !m.value.isZero());
  return materials.accumulated.some((m) => compareAtLevel(m.hsCode, input.product.hsCode, test.level) !== "changed");
}

function assessPartialCumulation(agreement: AgreementDefinition, content: ValueContent): AgreementResult["partialCumulation"] {
  const rule = agreement.partialCumulation;
  if (!rule) return null;

  const eligible =
    isPercentAtLeast(content.rvcNumerator, content.fob, rule.minimumPercent) &&
    !isPercentAtLeast(content.rvcNumerator, content.fob, rule.belowPercent);
  return {
    eligible,
    boxText: eligible ? formatPartialCumulationBoxText(agreement.form, content.figures.rvc.wholeNumber) : null,
  };
}

/** Lists, for every criterion that failed, each failed part with the finding that explains it. */
function collectDecidingParts(criteria: CriterionResult[]): DecidingPart[] {
  const deciding: DecidingPart[] = [];

  for (const criterion of criteria) {
    if (criterion.kind !== "RULE") {
      deciding.push({ criterion: criterion.criterion, part: criterion.kind, finding: criterion.findings[0] });
      continue;
    }
    for (const part of criterion.parts) {
      if (!part.met) {
        deciding.push({ criterion: criterion.criterion, part: part.kind, finding: findingForFailedPart(part, criterion.findings) });
      }
    }
  }
  return deciding;
}

function findingForFailedPart(part: PartResult, findings: Finding[]): Finding {
  const finding = findings.find((candidate) => {
    if (part.kind === "RVC") return candidate.code === "RVC_BELOW_THRESHOLD";
    if (part.kind === "NOC") return candidate.code === "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM";
    return candidate.code === "CTC_NOT_MET" && candidate.level === part.level;
  });
  if (!finding) throw new Error(`No finding explains the failed ${part.kind} part`);
  return finding;
}
