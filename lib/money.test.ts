import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDecimal, parseDecimal, trimFractionZeros } from "./money";

describe("parseDecimal", () => {
  it("normalises grouped input and keeps trailing zeros", () => {
    assert.deepEqual(parseDecimal("1,234.56", 2), { ok: true, value: "1234.56" });
    assert.deepEqual(parseDecimal("1234.10", 2), { ok: true, value: "1234.10" });
  });

  it("reports each failure reason", () => {
    assert.deepEqual(parseDecimal("", 2), { ok: false, reason: "required" });
    assert.deepEqual(parseDecimal("12O4", 2), { ok: false, reason: "invalidNumber" });
    assert.deepEqual(parseDecimal("1234.565", 2), { ok: false, reason: "tooManyDecimals" });
    assert.deepEqual(parseDecimal("-1", 2), { ok: false, reason: "negative" });
    assert.deepEqual(parseDecimal("1".repeat(17), 2), { ok: false, reason: "tooLarge" });
  });
});

describe("formatDecimal", () => {
  it("groups thousands and keeps decimals", () => {
    assert.equal(formatDecimal("1234.10"), "1,234.10");
  });
});

describe("trimFractionZeros", () => {
  it("drops trailing fraction zeros only", () => {
    assert.equal(trimFractionZeros("1050.500"), "1050.5");
    assert.equal(trimFractionZeros("1050.000"), "1050");
    assert.equal(trimFractionZeros("1000"), "1000");
    assert.equal(trimFractionZeros("0.010"), "0.01");
  });
});
