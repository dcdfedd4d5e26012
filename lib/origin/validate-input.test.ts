import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { AppError } from "../errors";
import { assessOrigin } from "./assess-origin";
import { denimTrousers, roastedCoffee } from "./test-fixtures";
import type { OriginAssessmentInput } from "./types";
import { OriginInputError, validateOriginInput } from "./validate-input";

/** Runs validation and returns the issues as "path CODE" strings. */
function issuesOf(input: unknown): string[] {
  try {
    validateOriginInput(input);
  } catch (error) {
    assert.ok(error instanceof OriginInputError);
    return error.issues.map((issue) => `${issue.path} ${issue.code}`);
  }
  assert.fail("expected OriginInputError");
}

function coffeeWith(change: (input: OriginAssessmentInput) => void): OriginAssessmentInput {
  const input = roastedCoffee();
  change(input);
  return input;
}

describe("validateOriginInput", () => {
  test("accepts the worked examples", () => {
    assert.doesNotThrow(() => validateOriginInput(roastedCoffee()));
    assert.doesNotThrow(() => validateOriginInput(denimTrousers(["ATIGA", "AIFTA", "RCEP"])));
  });

  test("error is a coded AppError", () => {
    const input = coffeeWith((i) => (i.fob = "abc"));
    assert.throws(
      () => assessOrigin(input),
      (error: unknown) =>
        error instanceof AppError && error.code === "VALIDATION_FAILED" && error.issues[0].code === "DECIMAL_MALFORMED",
    );
  });

  test("bad product HS codes", () => {
    for (const hsCode of ["0901.2", "09.01", "7701.10", "0901-21", "coffee"]) {
      assert.deepEqual(issuesOf(coffeeWith((i) => (i.product.hsCode = hsCode))), ["product.hsCode HS_CODE_INVALID"], hsCode);
    }
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.product.hsCode = ""))), ["product.hsCode REQUIRED"]);
  });

  test("bad material HS code", () => {
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.materials[3].hsCode = "0901.1"))), ["materials.3.hsCode HS_CODE_INVALID"]);
  });

  test("negative values", () => {
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.materials[1].value = "-200"))), ["materials.1.value VALUE_NEGATIVE"]);
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.profit = "-10"))), ["profit VALUE_NEGATIVE"]);
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.fob = "-10000"))), ["fob VALUE_NEGATIVE"]);
  });

  test("malformed decimals", () => {
    for (const value of ["1,000", "1e3", "12.", " 12", "twelve"]) {
      assert.deepEqual(issuesOf(coffeeWith((i) => (i.directLabour = value))), ["directLabour DECIMAL_MALFORMED"], value);
    }
    assert.deepEqual(
      issuesOf(coffeeWith((i) => ((i as unknown as Record<string, unknown>).otherCosts = 640))),
      ["otherCosts DECIMAL_MALFORMED"],
    );
  });

  test("zero FOB", () => {
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.fob = "0.00"))), ["fob FOB_NOT_POSITIVE"]);
  });

  test("currency, country and agreements", () => {
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.currency = "usd"))), ["currency CURRENCY_INVALID"]);
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.importingCountry = "Thailand"))), ["importingCountry COUNTRY_INVALID"]);
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.agreements = []))), ["agreements AGREEMENTS_EMPTY"]);
    assert.deepEqual(
      issuesOf(coffeeWith((i) => (i.agreements = ["ATIGA", "NAFTA" as never, "ATIGA"]))),
      ["agreements.1 AGREEMENT_UNKNOWN", "agreements.2 AGREEMENT_DUPLICATE"],
    );
  });

  test("material origin and evidence", () => {
    assert.deepEqual(
      issuesOf(coffeeWith((i) => (i.materials[0].origin = "LAO" as never))),
      ["materials.0.origin MATERIAL_ORIGIN_INVALID"],
    );
    assert.deepEqual(issuesOf(coffeeWith((i) => delete i.materials[1].evidence)), ["materials.1.evidence MATERIAL_EVIDENCE_MISSING"]);
    assert.deepEqual(
      issuesOf(coffeeWith((i) => (i.materials[1].evidence = { kind: "INVOICE" as never, country: "th" }))),
      ["materials.1.evidence.kind MATERIAL_EVIDENCE_INVALID", "materials.1.evidence.country COUNTRY_INVALID"],
    );
  });

  test("duplicate material ids", () => {
    assert.deepEqual(issuesOf(coffeeWith((i) => (i.materials[4].id = "brazil-beans"))), ["materials.4.id MATERIAL_ID_DUPLICATE"]);
  });

  test("declarations must be booleans", () => {
    const input = coffeeWith((i) => ((i.product as Record<string, unknown>).whollyObtained = "yes"));
    assert.deepEqual(issuesOf(input), ["product.whollyObtained DECLARATION_INVALID"]);
  });

  test("collects every issue at once", () => {
    const input = coffeeWith((i) => {
      i.product.hsCode = "09";
      i.fob = "ten";
      i.materials[2].value = "-1";
      i.materials[3].hsCode = "";
    });
    assert.deepEqual(issuesOf(input), [
      "product.hsCode HS_CODE_INVALID",
      "fob DECIMAL_MALFORMED",
      "materials.2.value VALUE_NEGATIVE",
      "materials.3.hsCode REQUIRED",
    ]);
  });

  test("rejects a missing or non-object input", () => {
    const issues = issuesOf(null);
    assert.ok(issues.includes("product.name REQUIRED"));
    assert.ok(issues.includes("materials REQUIRED"));
    assert.ok(issues.includes("fob REQUIRED"));
  });

  test("material ids default to position", () => {
    const input = coffeeWith((i) => i.materials.forEach((m) => delete m.id));
    const result = assessOrigin(input).results[0];
    assert.deepEqual(result.accumulation.materials, ["1"]);
  });
});
