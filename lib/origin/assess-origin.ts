import { AGREEMENTS } from "./agreements";
import { assessAgreement } from "./assess-agreement";
import type { OriginAssessment, OriginAssessmentInput } from "./types";
import { validateOriginInput } from "./validate-input";

/**
 * Assesses the goods under each agreement requested, in the order given.
 * Throws OriginInputError (code VALIDATION_FAILED, one issue per invalid field) on bad input.
 */
export function assessOrigin(input: OriginAssessmentInput): OriginAssessment {
  const normalized = validateOriginInput(input);

  return {
    product: { name: normalized.product.name, hsCode: normalized.product.hsCode },
    currency: normalized.currency,
    results: normalized.agreements.map((id) => assessAgreement(normalized, AGREEMENTS[id])),
  };
}
