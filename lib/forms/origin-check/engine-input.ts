import type { FieldIssue } from "@/lib/errors";
import type { InputIssueCode, OriginAssessmentInput } from "@/lib/origin";
import type { OriginCheckData, OriginCheckValidationKey } from "./schema";

/** Builds the origin engine's input from a parsed origin-check form; each material's id is its row index. */
export function toOriginAssessmentInput(data: OriginCheckData): OriginAssessmentInput {
  return {
    product: { name: data.productName, hsCode: data.hsCode },
    agreements: data.agreements,
    fob: data.fob,
    currency: data.currency,
    materials: data.materials.map((material, index) => ({
      id: String(index),
      name: material.description,
      hsCode: material.hsCode,
      value: material.value,
      origin: material.origin,
      ...(material.evidenceKind && material.evidenceCountry
        ? { evidence: { kind: material.evidenceKind, country: material.evidenceCountry } }
        : {}),
    })),
    directLabour: data.directLabour,
    directOverhead: data.directOverhead,
    otherCosts: data.otherCosts,
    profit: data.profit,
  };
}

const issueMessageKeys: Record<InputIssueCode, OriginCheckValidationKey> = {
  REQUIRED: "required",
  DECIMAL_MALFORMED: "invalidNumber",
  DECIMAL_TOO_LONG: "tooLarge",
  VALUE_NEGATIVE: "mustNotBeNegative",
  FOB_NOT_POSITIVE: "mustBePositive",
  HS_CODE_INVALID: "invalidHsCode",
  CURRENCY_INVALID: "invalidCurrency",
  COUNTRY_INVALID: "invalidOption",
  AGREEMENT_UNKNOWN: "invalidOption",
  AGREEMENT_DUPLICATE: "invalidOption",
  AGREEMENTS_EMPTY: "agreementsRequired",
  MATERIAL_ORIGIN_INVALID: "invalidOption",
  MATERIAL_EVIDENCE_MISSING: "requiredChoice",
  MATERIAL_EVIDENCE_INVALID: "invalidOption",
  MATERIAL_ID_DUPLICATE: "invalidValue",
  DECLARATION_INVALID: "invalidValue",
};

/** Renames an engine input path to the path of its form field: "materials.2.name" gives "materials.2.description". */
function formPath(enginePath: string): string {
  const material = /^materials\.(\d+)\.(.+)$/.exec(enginePath);
  if (material) {
    const [, index, field] = material;
    const fields: Record<string, string> = {
      name: "description",
      evidence: "evidenceKind",
      "evidence.kind": "evidenceKind",
      "evidence.country": "evidenceCountry",
      "evidence.agreement": "evidenceKind",
      "evidence.reference": "evidenceKind",
    };
    return `materials.${index}.${fields[field] ?? field}`;
  }
  if (enginePath === "product.name") return "productName";
  if (enginePath === "product.hsCode") return "hsCode";
  if (enginePath.startsWith("agreements")) return "agreements";
  return enginePath;
}

/**
 * Converts the issues of an OriginInputError to form field issues with validation message keys.
 * Material HS codes get their own key, because a material may also be given as a 4-digit heading.
 */
export function toFormFieldIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = formPath(issue.path);
    let code: OriginCheckValidationKey = issueMessageKeys[issue.code as InputIssueCode] ?? "invalidValue";
    if (code === "invalidHsCode" && path.startsWith("materials.")) code = "invalidMaterialHsCode";
    return { path, code };
  });
}
