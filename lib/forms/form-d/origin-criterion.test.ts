import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { criterionRequiresFob, parseOriginCriterion } from "./origin-criterion";

describe("parseOriginCriterion", () => {
  it("accepts the code criteria in any case and spacing", () => {
    for (const [input, expected] of [
      ["WO", "WO"],
      [" wo ", "WO"],
      ["cth", "CTH"],
      ["CTSH", "CTSH"],
      ["Cc", "CC"],
      ["sp", "SP"],
    ]) {
      const parsed = parseOriginCriterion(input);
      assert.equal(parsed.ok, true, input);
      assert.equal(parsed.ok && parsed.value, expected, input);
    }
  });

  it("normalises RVC percentages", () => {
    for (const [input, expected] of [
      ["72%", "72%"],
      ["72 %", "72%"],
      ["rvc 72%", "72%"],
      ["RVC72%", "72%"],
      ["040%", "40%"],
      ["100%", "100%"],
    ]) {
      const parsed = parseOriginCriterion(input);
      assert.equal(parsed.ok && parsed.kind, "RVC", input);
      assert.equal(parsed.ok && parsed.value, expected, input);
    }
    const parsed = parseOriginCriterion("55%");
    assert.equal(parsed.ok && parsed.percent, 55);
  });

  it("rejects RVC below 40, above 100 or with decimals", () => {
    for (const input of ["39%", "101%", "40.5%", "72", "%", "-50%"]) {
      assert.deepEqual(parseOriginCriterion(input), { ok: false, reason: "invalidCriterion" }, input);
    }
  });

  it("normalises partial cumulation", () => {
    for (const [input, expected] of [
      ["PC 25%", "PC 25%"],
      ["pc25%", "PC 25%"],
      ["PC  20 %", "PC 20%"],
      ["PC 39%", "PC 39%"],
    ]) {
      const parsed = parseOriginCriterion(input);
      assert.equal(parsed.ok && parsed.kind, "PC", input);
      assert.equal(parsed.ok && parsed.value, expected, input);
    }
  });

  it("rejects partial cumulation outside 20 to 39", () => {
    for (const input of ["PC 19%", "PC 40%", "PC", "PC 25"]) {
      assert.deepEqual(parseOriginCriterion(input), { ok: false, reason: "invalidCriterion" }, input);
    }
  });

  it("rejects codes that ATIGA Form D does not use", () => {
    for (const input of ["PE", "RVC", "CTSH + 35%", "WO CTH", "W O"]) {
      assert.deepEqual(parseOriginCriterion(input), { ok: false, reason: "invalidCriterion" }, input);
    }
  });

  it("reports an empty value as required", () => {
    assert.deepEqual(parseOriginCriterion("  "), { ok: false, reason: "required" });
  });
});

describe("criterionRequiresFob", () => {
  it("requires FOB for RVC and PC only", () => {
    assert.equal(criterionRequiresFob("RVC"), true);
    assert.equal(criterionRequiresFob("PC"), true);
    for (const kind of ["WO", "CTH", "CTSH", "CC", "SP"] as const) {
      assert.equal(criterionRequiresFob(kind), false, kind);
    }
  });
});
