import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { assessOrigin, OriginInputError } from "@/lib/origin";
import { toFieldIssues } from "../field-issues";
import { toFormFieldIssues, toOriginAssessmentInput } from "./engine-input";
import { emptyOriginCheck, originCheckSchema, originCheckValidationKeys, roastedCoffeeExample, type OriginCheckInput } from "./schema";

const exampleNames = {
  product: "Roasted coffee",
  laoBeans: "Lao beans",
  retailBoxes: "Thai boxes",
  labels: "Labels",
  brazilianBeans: "Brazilian beans",
  foilBags: "Foil bags",
};

function example(overrides: Partial<OriginCheckInput> = {}): OriginCheckInput {
  return { ...roastedCoffeeExample(exampleNames), ...overrides };
}

/** Field issues of a value that fails the schema, as "path code" strings. */
function issuesOf(input: unknown): string[] {
  const result = originCheckSchema.safeParse(input);
  assert.equal(result.success, false, "expected the input to be rejected");
  return toFieldIssues(result.error!).map((issue) => `${issue.path} ${issue.code}`);
}

describe("origin check schema", () => {
  it("normalises the roasted coffee example", () => {
    const data = originCheckSchema.parse(example());
    assert.equal(data.fob, "10000");
    assert.equal(data.directOverhead, "1100");
    assert.deepEqual(data.agreements, ["ATIGA"]);
    assert.equal(data.materials.length, 5);
    assert.equal(data.materials[0].value, "2160");
    assert.equal(data.materials[0].evidenceKind, null);
    assert.equal(data.materials[1].evidenceKind, "CERTIFICATE_OF_ORIGIN");
    assert.equal(data.materials[1].evidenceCountry, "TH");
  });

  it("gives the engine a cost sheet it assesses at 72.4%", () => {
    const assessment = assessOrigin(toOriginAssessmentInput(originCheckSchema.parse(example())));
    const atiga = assessment.results[0];
    assert.equal(atiga.agreement, "ATIGA");
    assert.equal(atiga.figures.rvc.display, "72.40");
    assert.equal(atiga.recommended?.boxText, "72%");
    const cth = atiga.criteria.find((criterion) => criterion.criterion === "CTH");
    assert.equal(cth?.met, false);
    assert.deepEqual(cth?.parts.flatMap((part) => (part.kind === "CTC" ? part.failingMaterials.map((m) => m.name) : [])), ["Brazilian beans"]);
  });

  it("rejects a malformed FOB value", () => {
    assert.deepEqual(issuesOf(example({ fob: "12O4" })), ["fob invalidNumber"]);
  });

  it("rejects a zero FOB value", () => {
    assert.deepEqual(issuesOf(example({ fob: "0" })), ["fob mustBePositive"]);
  });

  it("accepts zero costs but rejects negative ones", () => {
    assert.equal(originCheckSchema.safeParse(example({ profit: "0" })).success, true);
    assert.deepEqual(issuesOf(example({ directLabour: "-5" })), ["directLabour mustNotBeNegative"]);
  });

  it("requires at least one agreement", () => {
    assert.deepEqual(issuesOf(example({ agreements: [] })), ["agreements agreementsRequired"]);
  });

  it("rejects an unknown agreement", () => {
    assert.deepEqual(issuesOf({ ...example(), agreements: ["NAFTA"] }), ["agreements.0 invalidOption"]);
  });

  it("orders agreements as the engine lists them", () => {
    assert.deepEqual(originCheckSchema.parse(example({ agreements: ["AIFTA", "ATIGA"] })).agreements, ["ATIGA", "AIFTA"]);
  });

  it("checks HS codes of goods and materials", () => {
    const base = example();
    const materials = base.materials.map((material, index) => (index === 4 ? { ...material, hsCode: "39.23" } : material));
    assert.equal(originCheckSchema.safeParse({ ...base, materials }).success, true, "a material heading is accepted");

    const badMaterials = base.materials.map((material, index) => (index === 3 ? { ...material, hsCode: "0901.1" } : material));
    assert.deepEqual(issuesOf({ ...base, hsCode: "0901", materials: badMaterials }), [
      "hsCode invalidHsCode",
      "materials.3.hsCode invalidMaterialHsCode",
    ]);
  });

  it("requires proof for originating materials only", () => {
    const base = example();
    const materials = base.materials.map((material, index) =>
      index === 1 ? { ...material, evidenceKind: "", evidenceCountry: "US" } : index === 3 ? { ...material, evidenceKind: "" } : material,
    );
    assert.deepEqual(issuesOf({ ...base, materials }), [
      "materials.1.evidenceKind requiredChoice",
      "materials.1.evidenceCountry invalidOption",
    ]);
  });

  it("reports every empty field of a blank form", () => {
    const issues = issuesOf(emptyOriginCheck());
    for (const expected of [
      "productName required",
      "hsCode required",
      "fob required",
      "materials.0.description required",
      "materials.0.origin requiredChoice",
      "profit required",
    ]) {
      assert.ok(issues.includes(expected), `missing "${expected}" in ${issues.join(", ")}`);
    }
  });
});

describe("engine input issues", () => {
  it("maps engine paths and codes to form fields", () => {
    const input = toOriginAssessmentInput(originCheckSchema.parse(example()));
    input.product.hsCode = "7701.00";
    input.materials[2] = { ...input.materials[2], hsCode: "0000", evidence: undefined };
    let caught: unknown;
    try {
      assessOrigin(input);
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof OriginInputError);
    assert.deepEqual(
      toFormFieldIssues(caught.issues).map((issue) => `${issue.path} ${issue.code}`),
      ["hsCode invalidHsCode", "materials.2.hsCode invalidMaterialHsCode", "materials.2.evidenceKind requiredChoice"],
    );
  });
});

describe("origin check messages", () => {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
  for (const locale of ["en", "lo"]) {
    it(`has every validation key in ${locale}.json`, () => {
      const messages = JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8"));
      const missing = originCheckValidationKeys.filter((key) => typeof messages.validation[key] !== "string");
      assert.deepEqual(missing, []);
    });
  }
});
