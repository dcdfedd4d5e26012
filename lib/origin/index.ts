/**
 * Origin rules engine: decides which origin criteria goods meet under each trade agreement that
 * Lao PDR issues certificates of origin for, from the product's HS code and its cost sheet.
 *
 *   const assessment = assessOrigin({ product, agreements: ["ATIGA", "AIFTA"], fob, currency,
 *     materials, directLabour, directOverhead, otherCosts, profit });
 *   for (const result of assessment.results) result.recommended?.boxText; // "72%", "CTH", ...
 *
 * Amounts are decimal strings in one currency and come back as decimal strings; percentages come
 * as `Percentage` (exact fraction, 2-decimal display, whole number as printed). Every explanation
 * is a `Finding` code with its figures, never a sentence, so the interface can show Lao or English.
 * Bad input throws `OriginInputError` (an AppError with code VALIDATION_FAILED and field issues).
 * The rules live in agreements.ts; docs/origin-rules.md explains them for exporters.
 */
export { assessOrigin } from "./assess-origin";
export { AGREEMENTS, AGREEMENT_IDS, isAgreementId } from "./agreements";
export type { AgreementDefinition, AgreementId, ProductSpecificRule, TickBox } from "./agreements";
export type { Percentage } from "./decimal";
export { FINDING_CODES, INPUT_ISSUE_CODES } from "./findings";
export type { Finding, FindingCode, InputIssueCode } from "./findings";
export { parseGoodsHsCode, parseMaterialHsCode } from "./hs-code";
export type { CtcLevel, HsCode } from "./hs-code";
export { OriginInputError, validateOriginInput } from "./validate-input";
export type * from "./types";
