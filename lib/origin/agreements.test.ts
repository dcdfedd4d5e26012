import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { AGREEMENT_IDS, AGREEMENTS } from "./agreements";
import { findApplicableRule } from "./find-applicable-rule";
import { parseGoodsHsCode } from "./hs-code";
import { parseRuleNotation } from "./rule-notation";

describe("agreement table", () => {
  test("every rule in the table parses", () => {
    for (const id of AGREEMENT_IDS) {
      const agreement = AGREEMENTS[id];
      assert.equal(agreement.id, id);
      assert.doesNotThrow(() => parseRuleNotation(agreement.generalRule.rule), id);
      for (const psr of agreement.productSpecificRules) {
        assert.doesNotThrow(() => parseRuleNotation(psr.rule), `${id} ${psr.hsPrefix}`);
        assert.match(psr.hsPrefix, /^(\d{2}|\d{4}|\d{6})$/, `${id} ${psr.hsPrefix}`);
      }
    }
  });

  test("Lao PDR is a party to every agreement", () => {
    for (const id of AGREEMENT_IDS) assert.ok(AGREEMENTS[id].parties.includes("LA"), id);
  });

  test("thresholds match the general rules", () => {
    assert.equal(AGREEMENTS.ATIGA.generalRule.rule, "RVC40 or CTH");
    assert.equal(AGREEMENTS.AIFTA.generalRule.rule, "RVC35 + CTSH");
    assert.equal(AGREEMENTS.AIFTA.deMinimis, null);
    assert.equal(AGREEMENTS.ATIGA.deMinimis?.percentOfFob, "10");
    assert.deepEqual(AGREEMENTS.RCEP.deMinimis?.byWeight, { fromChapter: 50, toChapter: 63, percentOfWeight: "10" });
    assert.equal(AGREEMENTS.LAO_VN.generalRule.rule, "NOC60");
    assert.equal(AGREEMENTS.AHKFTA.generalRule.status, "unverified");
  });
});

describe("parseRuleNotation", () => {
  test("splits alternatives and combinations", () => {
    assert.deepEqual(parseRuleNotation("RVC40 or CTH"), {
      notation: "RVC40 or CTH",
      alternatives: [
        { notation: "RVC40", tests: [{ kind: "RVC", minimumPercent: "40" }] },
        { notation: "CTH", tests: [{ kind: "CTC", level: "CTH" }] },
      ],
    });
    assert.deepEqual(parseRuleNotation("RVC35 + CTSH").alternatives[0].tests, [
      { kind: "RVC", minimumPercent: "35" },
      { kind: "CTC", level: "CTSH" },
    ]);
    assert.deepEqual(parseRuleNotation("NOC60").alternatives[0].tests, [{ kind: "NOC", maximumPercent: "60" }]);
  });

  test("throws on a typo", () => {
    assert.throws(() => parseRuleNotation("RVC40 or CTHH"), /unknown test "CTHH"/);
    assert.throws(() => parseRuleNotation("RVC 40"), /unknown test/);
    assert.throws(() => parseRuleNotation("RVC140"), /unknown test/);
  });
});

describe("findApplicableRule", () => {
  const withRules = {
    ...AGREEMENTS.ATIGA,
    productSpecificRules: [
      { hsPrefix: "62", rule: "RVC40 or CTH", status: "verified" as const },
      { hsPrefix: "6203", rule: "CC", status: "verified" as const },
      { hsPrefix: "620342", rule: "RVC45", status: "verified" as const },
    ],
  };

  test("longest matching prefix wins", () => {
    assert.equal(findApplicableRule(withRules, parseGoodsHsCode("6203.42")!).parsed.notation, "RVC45");
    assert.equal(findApplicableRule(withRules, parseGoodsHsCode("6203.43")!).parsed.notation, "CC");
    assert.equal(findApplicableRule(withRules, parseGoodsHsCode("6204.62")!).parsed.notation, "RVC40 or CTH");
  });

  test("falls back to the general rule", () => {
    const rule = findApplicableRule(withRules, parseGoodsHsCode("0901.21")!);
    assert.equal(rule.source, "GENERAL");
    assert.equal(rule.hsPrefix, null);
  });
});
