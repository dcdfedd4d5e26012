import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { assessOrigin } from "./assess-origin";
import type { Finding, FindingCode } from "./findings";
import { denimTrousers, instantCoffee, roastedCoffee } from "./test-fixtures";
import type { AgreementResult, CriterionResult, OriginAssessmentInput } from "./types";

function resultFor(input: OriginAssessmentInput): AgreementResult {
  const assessment = assessOrigin(input);
  assert.equal(assessment.results.length, 1);
  return assessment.results[0];
}

function criterion(result: AgreementResult, name: string): CriterionResult {
  const found = result.criteria.find((c) => c.criterion === name);
  assert.ok(found, `criterion ${name} missing; have ${result.criteria.map((c) => c.criterion).join(", ")}`);
  return found;
}

function findingsWith<C extends FindingCode>(findings: Finding[], code: C): Extract<Finding, { code: C }>[] {
  return findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code);
}

describe("roasted coffee under ATIGA", () => {
  const result = resultFor(roastedCoffee());

  test("RVC is 72.4% by both formulas", () => {
    assert.equal(result.figures.vom, "2460");
    assert.equal(result.figures.vnm, "2760");
    assert.equal(result.figures.buildUp.value, "72.4");
    assert.equal(result.figures.buildUp.exact, true);
    assert.equal(result.figures.buildDown.value, "72.4");
    assert.equal(result.figures.rvc.display, "72.40");
    assert.equal(result.figures.residual, "0");
    assert.equal(findingsWith(result.findings, "COST_SHEET_RESIDUAL").length, 0);
  });

  test("RVC40 met and printed rounded down", () => {
    const rvc = criterion(result, "RVC40");
    assert.equal(rvc.met, true);
    assert.equal(rvc.boxText, "72%");
  });

  test("CTH fails on the Brazilian beans only", () => {
    const cth = criterion(result, "CTH");
    assert.equal(cth.met, false);
    const part = cth.parts[0];
    assert.equal(part.kind, "CTC");
    assert.deepEqual(
      part.kind === "CTC" && part.failingMaterials.map((m) => [m.id, m.name, m.hsCode]),
      [["brazil-beans", "Brazilian green Arabica", "0901.11"]],
    );
    assert.deepEqual(findingsWith(cth.findings, "CTC_NOT_MET"), [
      { code: "CTC_NOT_MET", level: "CTH", materials: ["brazil-beans"] },
    ]);
  });

  test("recommends RVC with box text 72%", () => {
    assert.equal(result.originating, true);
    assert.deepEqual(result.recommended, { criterion: "RVC40", boxText: "72%", tickBoxes: ["ACCUMULATION"] });
    assert.deepEqual(result.decidingParts, []);
  });

  test("Thai boxes with Form D set accumulation", () => {
    assert.deepEqual(result.accumulation, { counted: true, materials: ["retail-boxes"] });
    assert.equal(criterion(result, "RVC40").accumulationApplied, true);
    assert.deepEqual(findingsWith(result.findings, "MATERIALS_ACCUMULATED"), [
      { code: "MATERIALS_ACCUMULATED", materials: ["retail-boxes"], value: "200" },
    ]);
  });

  test("not eligible for partial cumulation at 72%", () => {
    assert.deepEqual(result.partialCumulation, { eligible: false, boxText: null });
  });

  test("under RCEP prints RVC ACU", () => {
    const rcep = resultFor(roastedCoffee(["RCEP"]));
    assert.equal(rcep.recommended?.boxText, "RVC ACU");
    assert.equal(findingsWith(rcep.findings, "RULE_UNVERIFIED").length, 1);
  });
});

describe("denim trousers under ATIGA", () => {
  const result = resultFor(denimTrousers());

  test("uses the chapter 62 PSR with textile note", () => {
    assert.deepEqual(result.rule, { notation: "RVC40 or CTH", source: "PSR", hsPrefix: "62", status: "unverified" });
    assert.deepEqual(findingsWith(result.findings, "RULE_NOTE"), [
      { code: "RULE_NOTE", note: "TEXTILE_PROCESS_RULE", hsPrefix: "62" },
    ]);
  });

  test("RVC 35.88% fails 40%", () => {
    assert.equal(result.figures.buildUp.display, "35.88");
    assert.equal(result.figures.buildDown.display, "35.88");
    assert.equal(result.figures.rvc.exact, false);
    assert.equal(result.figures.rvc.numerator, "3050");
    const rvc = criterion(result, "RVC40");
    assert.equal(rvc.met, false);
    assert.deepEqual(rvc.findings, [{ code: "RVC_BELOW_THRESHOLD", rvc: "35.88", threshold: "40" }]);
  });

  test("undetermined thread counts as non-originating", () => {
    assert.equal(result.figures.vnm, "5450");
    assert.equal(result.materials.find((m) => m.id === "thread")?.countedAs, "NON_ORIGINATING");
    assert.deepEqual(findingsWith(result.findings, "MATERIAL_UNDETERMINED_ORIGIN"), [
      { code: "MATERIAL_UNDETERMINED_ORIGIN", material: "thread", value: "150" },
    ]);
  });

  test("CTH passes and is recommended", () => {
    assert.equal(criterion(result, "CTH").met, true);
    assert.equal(result.originating, true);
    assert.equal(result.recommended?.criterion, "CTH");
    assert.equal(result.recommended?.boxText, "CTH");
  });

  test("CTH does not rely on the Thai buttons", () => {
    // Buttons (96.06) change heading anyway, so no accumulation tick is needed for CTH.
    assert.equal(result.accumulation.counted, true);
    assert.equal(criterion(result, "CTH").accumulationApplied, false);
    assert.deepEqual(result.recommended?.tickBoxes, []);
  });

  test("partial cumulation eligible as PC 35%", () => {
    assert.deepEqual(result.partialCumulation, { eligible: true, boxText: "PC 35%" });
  });
});

describe("denim trousers under AIFTA", () => {
  test("qualify with RVC 35% and CTSH together", () => {
    const result = resultFor(denimTrousers(["AIFTA"]));
    const combined = criterion(result, "RVC35 + CTSH");
    assert.equal(combined.met, true);
    assert.deepEqual(
      combined.parts.map((p) => [p.kind, p.met]),
      [
        ["RVC", true],
        ["CTC", true],
      ],
    );
    assert.equal(result.recommended?.boxText, "RVC 35% + CTSH");
    assert.equal(result.criteria.length, 1);
  });

  test("fail on RVC 34.71% with RVC deciding", () => {
    const result = resultFor(denimTrousers(["AIFTA"], { fabric: "5100", profit: "200" }));
    assert.equal(result.figures.residual, "0");
    assert.equal(result.figures.rvc.display, "34.71");
    assert.equal(result.originating, false);
    assert.equal(result.recommended, null);
    assert.deepEqual(result.decidingParts, [
      { criterion: "RVC35 + CTSH", part: "RVC", finding: { code: "RVC_BELOW_THRESHOLD", rvc: "34.71", threshold: "35" } },
    ]);
    const ctsh = criterion(result, "RVC35 + CTSH").parts[1];
    assert.equal(ctsh.kind === "CTC" && ctsh.met, true);
  });

  test("Form D buttons flagged for the reviewer", () => {
    const result = resultFor(denimTrousers(["AIFTA"]));
    assert.deepEqual(findingsWith(result.findings, "MATERIAL_EVIDENCE_OTHER_AGREEMENT"), [
      { code: "MATERIAL_EVIDENCE_OTHER_AGREEMENT", material: "buttons-labels", evidenceAgreement: "ATIGA" },
    ]);
  });
});

describe("cost sheet residual", () => {
  test("short sheet uses build-up", () => {
    const input = roastedCoffee();
    input.profit = "2000";
    const result = resultFor(input);
    assert.equal(result.figures.residual, "140");
    assert.equal(result.figures.buildUp.value, "71");
    assert.equal(result.figures.buildDown.value, "72.4");
    assert.equal(result.figures.rvcMethod, "BUILD_UP");
    assert.equal(result.recommended?.boxText, "71%");
    assert.deepEqual(findingsWith(result.findings, "COST_SHEET_RESIDUAL"), [
      {
        code: "COST_SHEET_RESIDUAL",
        residual: "140",
        sumOfParts: "9860",
        fob: "10000",
        buildUp: "71.00",
        buildDown: "72.40",
        verdictMethod: "BUILD_UP",
      },
    ]);
  });

  test("overfull sheet uses build-down", () => {
    const input = roastedCoffee();
    input.profit = "2300";
    const result = resultFor(input);
    assert.equal(result.figures.residual, "-160");
    assert.equal(result.figures.buildUp.value, "74");
    assert.equal(result.figures.rvcMethod, "BUILD_DOWN");
    assert.equal(result.figures.rvc.value, "72.4");
  });

  test("residual of one cent is exact", () => {
    const input = roastedCoffee();
    input.profit = "2139.99";
    const result = resultFor(input);
    assert.equal(result.figures.residual, "0.01");
    assert.equal(findingsWith(result.findings, "COST_SHEET_RESIDUAL")[0].residual, "0.01");
  });

  test("verdict flips when the lower formula fails", () => {
    const input = denimTrousers(["AIFTA"]);
    input.profit = "200"; // build-up 34.71%, build-down still 35.88%
    const result = resultFor(input);
    assert.equal(result.figures.residual, "100");
    assert.equal(result.originating, false);
    assert.equal(result.decidingParts[0].part, "RVC");
  });
});

describe("de minimis", () => {
  test("extract at 6% of FOB passes CTH by de minimis", () => {
    const result = resultFor(instantCoffee("600"));
    assert.equal(criterion(result, "RVC40").met, false);
    const cth = criterion(result, "CTH");
    assert.equal(cth.met, true);
    assert.equal(cth.deMinimisApplied, true);
    const part = cth.parts[0];
    assert.ok(part.kind === "CTC");
    assert.ok(part.deMinimis);
    assert.equal(part.deMinimis.basis, "VALUE");
    assert.equal(part.deMinimis.failingValue, "600");
    assert.equal(part.deMinimis.failingShareOfFob.display, "6.00");
    assert.deepEqual(
      part.failingMaterials.map((m) => m.id),
      ["extract"],
    );
    assert.deepEqual(result.recommended, { criterion: "CTH", boxText: "CTH", tickBoxes: ["DE_MINIMIS"] });
  });

  test("extract at exactly 10% still passes", () => {
    assert.equal(resultFor(instantCoffee("1000")).originating, true);
  });

  test("extract at 11% of FOB fails", () => {
    const result = resultFor(instantCoffee("1100"));
    assert.equal(result.originating, false);
    const cth = criterion(result, "CTH");
    assert.deepEqual(findingsWith(cth.findings, "DE_MINIMIS_EXCEEDED"), [
      { code: "DE_MINIMIS_EXCEEDED", failingValue: "1100", failingShareOfFob: "11.00", maximum: "10", failingShareOfWeight: null },
    ]);
    assert.deepEqual(
      result.decidingParts.map((d) => [d.criterion, d.part, d.finding.code]),
      [
        ["RVC40", "RVC", "RVC_BELOW_THRESHOLD"],
        ["CTH", "CTC", "CTC_NOT_MET"],
      ],
    );
  });

  test("extract at 10.01% fails", () => {
    assert.equal(resultFor(instantCoffee("1000.01")).originating, false);
  });

  test("RCEP prints CTC DMI", () => {
    const result = resultFor(instantCoffee("600", ["RCEP"]));
    assert.equal(result.recommended?.boxText, "CTC DMI");
  });

  test("AIFTA has no de minimis", () => {
    const result = resultFor(instantCoffee("600", ["AIFTA"]));
    assert.equal(result.originating, false);
    const combined = criterion(result, "RVC35 + CTSH");
    assert.deepEqual(findingsWith(combined.findings, "DE_MINIMIS_NOT_IN_AGREEMENT"), [
      { code: "DE_MINIMIS_NOT_IN_AGREEMENT", agreement: "AIFTA" },
    ]);
  });
});

describe("RCEP de minimis by weight", () => {
  function trousersWithBadges(badgeWeight?: string): OriginAssessmentInput {
    const input = denimTrousers(["RCEP"], { fabric: "4000" });
    input.product.grossWeight = "600";
    input.materials.push({
      id: "badges",
      name: "Embroidered badges",
      hsCode: "6217.10",
      value: "1000",
      origin: "NON_ORIGINATING",
      ...(badgeWeight ? { grossWeight: badgeWeight } : {}),
    });
    return input;
  }

  test("badges over 10% of FOB pass by weight", () => {
    const result = resultFor(trousersWithBadges("20"));
    assert.equal(result.rule.notation, "CC");
    const cc = criterion(result, "CC");
    assert.equal(cc.met, true);
    const part = cc.parts[0];
    assert.ok(part.kind === "CTC");
    assert.ok(part.deMinimis);
    assert.equal(part.deMinimis.basis, "WEIGHT");
    assert.equal(part.deMinimis.failingShareOfFob.display, "11.76");
    assert.equal(part.deMinimis.failingShareOfWeight?.display, "3.33");
    // The Thai buttons change chapter anyway, so CC does not rely on accumulation.
    assert.equal(result.recommended?.boxText, "CTC DMI");
  });

  test("fails without weights", () => {
    const result = resultFor(trousersWithBadges());
    assert.equal(result.originating, false);
    assert.deepEqual(findingsWith(criterion(result, "CC").findings, "DE_MINIMIS_WEIGHT_MISSING"), [
      { code: "DE_MINIMIS_WEIGHT_MISSING", materials: ["badges"], productWeightMissing: false },
    ]);
  });

  test("fails when heavier than 10%", () => {
    const result = resultFor(trousersWithBadges("70"));
    assert.equal(result.originating, false);
    assert.equal(findingsWith(criterion(result, "CC").findings, "DE_MINIMIS_EXCEEDED")[0].failingShareOfWeight, "11.67");
  });

  test("weight test ignored under ATIGA", () => {
    const input = trousersWithBadges("20");
    input.agreements = ["ATIGA"];
    input.materials[0].value = "4000";
    // CTH still passes: the badges (62.17) change heading to 62.03.
    assert.equal(resultFor(input).recommended?.boxText, "CTH");
  });
});

describe("wholly obtained and produced entirely", () => {
  function laoGreenCoffee(): OriginAssessmentInput {
    return {
      product: { name: "Lao green Arabica", hsCode: "0901.11", whollyObtained: true },
      agreements: ["ATIGA"],
      fob: "5000",
      currency: "USD",
      materials: [],
      directLabour: "1000",
      directOverhead: "500",
      otherCosts: "300",
      profit: "3200",
    };
  }

  test("WO declared prints WO", () => {
    const result = resultFor(laoGreenCoffee());
    assert.equal(result.recommended?.boxText, "WO");
    assert.deepEqual(result.recommended?.tickBoxes, []);
  });

  test("WO contradicted by an imported material", () => {
    const input = laoGreenCoffee();
    input.profit = "3000";
    input.materials.push({ id: "sacks", name: "Jute sacks", hsCode: "6305.10", value: "200", origin: "NON_ORIGINATING" });
    const result = resultFor(input);
    const wo = criterion(result, "WO");
    assert.equal(wo.met, false);
    assert.deepEqual(wo.findings, [{ code: "WO_CONTRADICTED_BY_MATERIALS", materials: ["sacks"] }]);
    assert.equal(result.recommended?.criterion, "CTH");
  });

  function coffeeFromRegionalBeans(agreements: OriginAssessmentInput["agreements"]): OriginAssessmentInput {
    const input = roastedCoffee(agreements);
    input.product.producedEntirelyFromOriginatingMaterials = true;
    input.materials = input.materials.filter((m) => m.origin !== "NON_ORIGINATING");
    input.profit = "4900";
    return input;
  }

  test("PE under RCEP prints PE ACU", () => {
    const result = resultFor(coffeeFromRegionalBeans(["RCEP"]));
    assert.equal(criterion(result, "PE").met, true);
    assert.equal(result.recommended?.boxText, "PE ACU");
  });

  test("PE under ATIGA falls back to RVC or CTC", () => {
    const result = resultFor(coffeeFromRegionalBeans(["ATIGA"]));
    assert.equal(result.criteria.some((c) => c.kind === "PE"), false);
    assert.deepEqual(findingsWith(result.findings, "PE_NOT_ON_FORM"), [{ code: "PE_NOT_ON_FORM", form: "Form D" }]);
    assert.equal(criterion(result, "RVC40").boxText, "100%");
    // The Thai boxes (48.19) change heading anyway, so CTH needs no accumulation tick.
    assert.deepEqual(result.recommended, { criterion: "CTH", boxText: "CTH", tickBoxes: [] });
  });

  test("accumulated material failing CTC sets ACU", () => {
    const input = roastedCoffee(["RCEP"]);
    input.materials = input.materials.filter((m) => m.id !== "brazil-beans");
    input.materials.push({
      id: "thai-roasted",
      name: "Thai roasted coffee",
      hsCode: "0901.21",
      value: "2160",
      origin: "ORIGINATING",
      evidence: { kind: "CERTIFICATE_OF_ORIGIN", country: "TH", agreement: "RCEP" },
    });
    const result = resultFor(input);
    const cth = criterion(result, "CTH");
    assert.equal(cth.met, true);
    assert.equal(cth.accumulationApplied, true);
    assert.equal(result.recommended?.boxText, "CTC ACU");
  });
});

describe("Lao-Viet Nam rule", () => {
  test("coffee within 60% non-originating content", () => {
    const input = roastedCoffee(["LAO_VN"]);
    input.importingCountry = "VN";
    const result = resultFor(input);
    // Thai boxes do not originate under a Lao-Viet Nam agreement.
    assert.deepEqual(findingsWith(result.findings, "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT"), [
      { code: "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT", material: "retail-boxes", country: "TH" },
    ]);
    assert.equal(result.figures.nonOriginatingContent.display, "29.60");
    assert.equal(result.recommended?.boxText, "70%");
    assert.equal(findingsWith(result.findings, "IMPORTING_COUNTRY_NOT_PARTY").length, 0);
  });

  test("trousers above 60% fail", () => {
    const result = resultFor(denimTrousers(["LAO_VN"]));
    assert.equal(result.originating, false);
    assert.deepEqual(result.decidingParts[0].finding, {
      code: "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM",
      nonOriginatingContent: "67.06",
      maximum: "60",
    });
    assert.deepEqual(findingsWith(result.findings, "IMPORTING_COUNTRY_NOT_PARTY"), [
      { code: "IMPORTING_COUNTRY_NOT_PARTY", country: "TH" },
    ]);
  });
});

describe("several agreements at once", () => {
  test("results follow the requested order", () => {
    const assessment = assessOrigin(denimTrousers(["AIFTA", "ATIGA", "AKFTA", "AJCEP", "AANZFTA", "ACFTA", "AHKFTA"]));
    assert.deepEqual(
      assessment.results.map((r) => [r.agreement, r.form, r.recommended?.boxText ?? null]),
      [
        ["AIFTA", "Form AI", "RVC 35% + CTSH"],
        ["ATIGA", "Form D", "CTH"],
        ["AKFTA", "Form AK", "CTH"],
        ["AJCEP", "Form AJ", "CTH"],
        ["AANZFTA", "Form AANZ", "CTC"],
        ["ACFTA", "Form E", null],
        ["AHKFTA", "Form AHK", "CTH"],
      ],
    );
    assert.equal(assessment.product.hsCode.display, "6203.42");
    assert.equal(assessment.currency, "USD");
  });
});
