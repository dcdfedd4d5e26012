import assert from "node:assert/strict";
import { describe, test } from "node:test";

import fc from "fast-check";

import { type AgreementId, AGREEMENTS } from "./agreements";
import { assessOrigin } from "./assess-origin";
import type { AgreementResult, MaterialInput, OriginAssessmentInput } from "./types";

/**
 * Property tests over random cost sheets. The oracle works on BigInt amounts in units of
 * 10^-SCALE, independent of decimal.js, and every property runs a bounded number of times.
 */
const RUNS = { numRuns: 500 };
const SCALE = 4;
const AGREEMENTS_UNDER_TEST: AgreementId[] = ["ATIGA", "RCEP", "AIFTA", "LAO_VN"];

type OriginChoice = "WO" | "LA" | "TH" | "CN" | "US" | "NON" | "UNDETERMINED";

type GeneratedMaterial = { units: bigint; origin: OriginChoice; hsCode: string };

type GeneratedSheet = {
  materials: GeneratedMaterial[];
  labour: bigint;
  overhead: bigint;
  other: bigint;
  profit: bigint;
};

const amountUnits = fc.bigInt({ min: 0n, max: 10n ** 14n });

const materialArbitrary = fc.record({
  units: amountUnits,
  origin: fc.constantFrom<OriginChoice>("WO", "LA", "TH", "CN", "US", "NON", "UNDETERMINED"),
  hsCode: fc.constantFrom("0901.11", "0901.21", "3923.29", "5209.42", "2101.11", "09.01"),
});

const sheetArbitrary = fc
  .record({
    materials: fc.array(materialArbitrary, { maxLength: 8 }),
    labour: amountUnits,
    overhead: amountUnits,
    other: amountUnits,
    profit: amountUnits,
  })
  .filter((sheet) => partsTotal(sheet) > 0n);

function partsTotal(sheet: GeneratedSheet): bigint {
  return sheet.materials.reduce((total, m) => total + m.units, sheet.labour + sheet.overhead + sheet.other + sheet.profit);
}

/** Formats `units / 10^scale` in plain notation without trailing zeros, as the engine outputs it. */
function formatUnits(units: bigint, scale = SCALE): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const integerPart = digits.slice(0, digits.length - scale);
  const fractionPart = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${integerPart}${fractionPart ? `.${fractionPart}` : ""}`;
}

/** Parses a plain decimal with at most SCALE decimals into units: "0.07" gives 700n. */
function parseUnits(value: string): bigint {
  const [integerPart, fractionPart = ""] = value.split(".");
  return BigInt(integerPart + fractionPart.padEnd(SCALE, "0"));
}

/** Same value written with padding zeros on both sides: "12.5" becomes "0012.50000". */
function padded(value: string): string {
  return `00${value}${value.includes(".") ? "" : "."}0000`;
}

function toMaterialInput(material: GeneratedMaterial, index: number, format: (units: bigint) => string): MaterialInput {
  const base = { id: `m${index}`, name: `Material ${index}`, hsCode: material.hsCode, value: format(material.units) };
  switch (material.origin) {
    case "WO":
      return { ...base, origin: "WHOLLY_OBTAINED_LAO" };
    case "NON":
      return { ...base, origin: "NON_ORIGINATING" };
    case "UNDETERMINED":
      return { ...base, origin: "UNDETERMINED" };
    default:
      return { ...base, origin: "ORIGINATING", evidence: { kind: "CERTIFICATE_OF_ORIGIN", country: material.origin } };
  }
}

function toInput(
  sheet: GeneratedSheet,
  options: { format?: (units: bigint) => string; fobAdjustment?: bigint } = {},
): OriginAssessmentInput {
  const format = options.format ?? ((units: bigint) => formatUnits(units));
  return {
    product: { name: "Roasted coffee", hsCode: "0901.21" },
    agreements: AGREEMENTS_UNDER_TEST,
    fob: format(partsTotal(sheet) + (options.fobAdjustment ?? 0n)),
    currency: "USD",
    materials: sheet.materials.map((material, index) => toMaterialInput(material, index, format)),
    directLabour: format(sheet.labour),
    directOverhead: format(sheet.overhead),
    otherCosts: format(sheet.other),
    profit: format(sheet.profit),
  };
}

function countsAsOriginating(origin: OriginChoice, agreement: AgreementId): boolean {
  if (origin === "WO") return true;
  if (origin === "NON" || origin === "UNDETERMINED") return false;
  return AGREEMENTS[agreement].parties.includes(origin);
}

function oracleFor(sheet: GeneratedSheet, agreement: AgreementId, fob: bigint) {
  let vom = 0n;
  let vnm = 0n;
  for (const material of sheet.materials) {
    if (countsAsOriginating(material.origin, agreement)) vom += material.units;
    else vnm += material.units;
  }
  const buildUp = vom + sheet.labour + sheet.overhead + sheet.other + sheet.profit;
  const buildDown = fob - vnm;
  const rvcNumerator = buildUp < buildDown ? buildUp : buildDown;
  return { vom, vnm, buildUp, buildDown, rvcNumerator };
}

/** floor(numerator × 100 / denominator) for a positive denominator, on BigInt. */
function floorPercent(numerator: bigint, denominator: bigint): bigint {
  const scaled = numerator * 100n;
  const quotient = scaled / denominator;
  return scaled % denominator !== 0n && scaled < 0n ? quotient - 1n : quotient;
}

/** The parts of a result that must not change when every amount is scaled by the same factor. */
function scaleFreeView(result: AgreementResult) {
  const percent = (p: { display: string; value: string; exact: boolean; wholeNumber: string }) => [
    p.display,
    p.value,
    p.exact,
    p.wholeNumber,
  ];
  return {
    originating: result.originating,
    recommended: result.recommended,
    criteria: result.criteria.map((c) => [c.criterion, c.met, c.boxText, c.deMinimisApplied, c.accumulationApplied]),
    buildUp: percent(result.figures.buildUp),
    buildDown: percent(result.figures.buildDown),
    rvc: percent(result.figures.rvc),
    partialCumulation: result.partialCumulation,
    decidingParts: result.decidingParts.map((d) => [d.criterion, d.part, d.finding.code]),
  };
}

describe("origin engine properties", () => {
  test("both RVC formulas agree when the sheet adds up", () => {
    fc.assert(
      fc.property(sheetArbitrary, (sheet) => {
        const assessment = assessOrigin(toInput(sheet));
        for (const result of assessment.results) {
          assert.deepEqual(result.figures.buildUp, result.figures.buildDown);
          assert.equal(result.figures.residual, "0");
          assert.equal(result.findings.some((f) => f.code === "COST_SHEET_RESIDUAL"), false);
        }
      }),
      RUNS,
    );
  });

  test("amounts and verdicts match a BigInt oracle", () => {
    fc.assert(
      fc.property(sheetArbitrary, (sheet) => {
        const fob = partsTotal(sheet);
        const assessment = assessOrigin(toInput(sheet));
        for (const result of assessment.results) {
          const oracle = oracleFor(sheet, result.agreement, fob);
          assert.equal(result.figures.vom, formatUnits(oracle.vom));
          assert.equal(result.figures.vnm, formatUnits(oracle.vnm));
          assert.equal(result.figures.sumOfParts, formatUnits(fob));
          assert.equal(result.figures.rvc.wholeNumber, floorPercent(oracle.rvcNumerator, fob).toString());

          const rvcCriterion = result.criteria.find((c) => c.criterion === "RVC40");
          if (rvcCriterion) assert.equal(rvcCriterion.met, oracle.rvcNumerator * 100n >= fob * 40n);
          const nocCriterion = result.criteria.find((c) => c.criterion === "NOC60");
          if (nocCriterion) assert.equal(nocCriterion.met, (fob - oracle.rvcNumerator) * 100n <= fob * 60n);
        }
      }),
      RUNS,
    );
  });

  test("trailing and leading zeros change nothing", () => {
    fc.assert(
      fc.property(sheetArbitrary, (sheet) => {
        const plain = assessOrigin(toInput(sheet));
        const withZeros = assessOrigin(toInput(sheet, { format: (units) => padded(formatUnits(units)) }));
        assert.deepEqual(withZeros, plain);
      }),
      RUNS,
    );
  });

  test("scaling every amount keeps percentages and verdicts", () => {
    fc.assert(
      fc.property(sheetArbitrary, fc.integer({ min: 0, max: 8 }), (sheet, scale) => {
        const original = assessOrigin(toInput(sheet));
        const scaled = assessOrigin(toInput(sheet, { format: (units) => formatUnits(units, scale) }));
        assert.deepEqual(scaled.results.map(scaleFreeView), original.results.map(scaleFreeView));
      }),
      RUNS,
    );
  });

  test("residual is exact and the lower RVC decides", () => {
    const adjustment = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
    fc.assert(
      fc.property(sheetArbitrary, adjustment, (sheet, fobAdjustment) => {
        const fob = partsTotal(sheet) + fobAdjustment;
        fc.pre(fob > 0n);
        const assessment = assessOrigin(toInput(sheet, { fobAdjustment }));
        for (const result of assessment.results) {
          const oracle = oracleFor(sheet, result.agreement, fob);
          assert.equal(result.figures.residual, formatUnits(fobAdjustment));
          assert.equal(result.figures.buildUp.numerator, formatUnits(oracle.buildUp));
          assert.equal(result.figures.buildDown.numerator, formatUnits(oracle.buildDown));
          assert.equal(result.figures.rvc.numerator, formatUnits(oracle.rvcNumerator));
          assert.equal(result.findings.some((f) => f.code === "COST_SHEET_RESIDUAL"), fobAdjustment !== 0n);
        }
      }),
      RUNS,
    );
  });

  test("sums of tenths and hundredths are exact", () => {
    const smallValue = fc.constantFrom("0.1", "0.2", "0.3", "0.01", "0.07", "1.1", "2.2", "3.3");
    fc.assert(
      fc.property(fc.array(smallValue, { minLength: 1, maxLength: 12 }), (values) => {
        const total = values.map(parseUnits).reduce((a, b) => a + b, 0n);
        const input: OriginAssessmentInput = {
          product: { name: "Roasted coffee", hsCode: "0901.21" },
          agreements: ["ATIGA"],
          fob: formatUnits(total),
          currency: "USD",
          materials: values.map((value, index) => ({
            id: `m${index}`,
            name: `Material ${index}`,
            hsCode: "3923.29",
            value,
            origin: "WHOLLY_OBTAINED_LAO",
          })),
          directLabour: "0",
          directOverhead: "0",
          otherCosts: "0",
          profit: "0",
        };
        const result = assessOrigin(input).results[0];
        assert.equal(result.figures.vom, formatUnits(total));
        assert.equal(result.figures.residual, "0");
        assert.equal(result.figures.rvc.value, "100");
      }),
      RUNS,
    );
  });
});
