import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { divideRounded, OriginDecimal, parseNonNegativeDecimal, sum, toPercentage } from "./decimal";

const d = (value: string) => new OriginDecimal(value);

describe("parseNonNegativeDecimal", () => {
  test("accepts plain decimals", () => {
    for (const [input, expected] of [
      ["2160", "2160"],
      ["2160.50", "2160.5"],
      ["0.125", "0.125"],
      ["007", "7"],
      ["0", "0"],
      ["-0", "0"],
    ]) {
      const parsed = parseNonNegativeDecimal(input);
      assert.ok(parsed.ok, input);
      assert.equal(parsed.value.toFixed(), expected, input);
    }
  });

  test("rejects malformed strings", () => {
    for (const input of ["", " 12", "12 ", "1,000", "1e3", "12.", ".5", "+5", "0x10", "NaN", "Infinity", "--1", "1.2.3"]) {
      assert.deepEqual(parseNonNegativeDecimal(input), { ok: false, code: "DECIMAL_MALFORMED" }, input);
    }
    assert.deepEqual(parseNonNegativeDecimal(12), { ok: false, code: "DECIMAL_MALFORMED" });
  });

  test("rejects negative values", () => {
    assert.deepEqual(parseNonNegativeDecimal("-5"), { ok: false, code: "VALUE_NEGATIVE" });
    assert.deepEqual(parseNonNegativeDecimal("-0.01"), { ok: false, code: "VALUE_NEGATIVE" });
  });

  test("rejects more than 20 digits either side", () => {
    assert.equal(parseNonNegativeDecimal("1".repeat(20)).ok, true);
    assert.deepEqual(parseNonNegativeDecimal("1".repeat(21)), { ok: false, code: "DECIMAL_TOO_LONG" });
    assert.deepEqual(parseNonNegativeDecimal(`0.${"1".repeat(21)}`), { ok: false, code: "DECIMAL_TOO_LONG" });
  });
});

describe("decimal arithmetic", () => {
  test("0.1 + 0.2 is exactly 0.3", () => {
    assert.equal(sum([d("0.1"), d("0.2")]).toFixed(), "0.3");
    assert.equal(sum([d("0.1"), d("0.2")]).eq(d("0.3")), true);
  });

  test("divideRounded floors and rounds half up", () => {
    assert.equal(divideRounded(d("7240"), d("100"), 0, "floor").quotient.toFixed(), "72");
    assert.equal(divideRounded(d("-1"), d("3"), 0, "floor").quotient.toFixed(), "-1");
    assert.equal(divideRounded(d("-3"), d("3"), 0, "floor").quotient.toFixed(), "-1");
    assert.equal(divideRounded(d("1"), d("8"), 2, "halfUp").quotient.toFixed(), "0.13");
    assert.equal(divideRounded(d("1"), d("3"), 2, "halfUp").quotient.toFixed(), "0.33");
    assert.equal(divideRounded(d("-1"), d("8"), 2, "halfUp").quotient.toFixed(), "-0.13");
    assert.equal(divideRounded(d("1"), d("8"), 3, "halfUp").exact, true);
  });
});

describe("toPercentage", () => {
  test("terminating value is exact", () => {
    assert.deepEqual(toPercentage(d("7240"), d("10000")), {
      display: "72.40",
      value: "72.4",
      exact: true,
      wholeNumber: "72",
      numerator: "7240",
      denominator: "10000",
    });
  });

  test("repeating value keeps 20 places", () => {
    const percentage = toPercentage(d("3050"), d("8500"));
    assert.equal(percentage.display, "35.88");
    assert.equal(percentage.value, "35.88235294117647058824");
    assert.equal(percentage.exact, false);
    assert.equal(percentage.wholeNumber, "35");
  });

  test("39.999 prints as 39", () => {
    assert.equal(toPercentage(d("39.999"), d("100")).wholeNumber, "39");
    assert.equal(toPercentage(d("39.999"), d("100")).display, "40.00");
  });

  test("display rounds half up", () => {
    assert.equal(toPercentage(d("12.345"), d("100")).display, "12.35");
    assert.equal(toPercentage(d("12.3449"), d("100")).display, "12.34");
  });
});
