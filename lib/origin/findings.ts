import type { AgreementId, RuleNote } from "./agreements";
import type { CtcLevel } from "./hs-code";

/**
 * Findings are machine codes with the figures behind them; the interface turns each into Lao or
 * English text. Percentages are `display` strings (2 decimals), amounts are plain decimal strings
 * in the FOB currency, weights are in the unit the caller used, and materials are named by id.
 */
export type Finding =
  // The cost sheet does not add up: residual = FOB - (materials + labour + overhead + other + profit).
  | {
      code: "COST_SHEET_RESIDUAL";
      residual: string;
      sumOfParts: string;
      fob: string;
      buildUp: string;
      buildDown: string;
      verdictMethod: "BUILD_UP" | "BUILD_DOWN";
    }
  | { code: "RULE_UNVERIFIED"; source: "GENERAL" | "PSR"; hsPrefix: string | null }
  | { code: "RULE_NOTE"; note: RuleNote; hsPrefix: string }
  | { code: "BOX_TEXT_UNVERIFIED"; form: string }
  | { code: "DE_MINIMIS_LEVEL_UNVERIFIED"; percentOfFob: string }
  | { code: "IMPORTING_COUNTRY_NOT_PARTY"; country: string }
  | { code: "MATERIAL_UNDETERMINED_ORIGIN"; material: string; value: string }
  // A material declared originating in a country outside the agreement counts as non-originating.
  | { code: "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT"; material: string; country: string }
  // The material's certificate was issued under another agreement; it is counted as declared.
  | { code: "MATERIAL_EVIDENCE_OTHER_AGREEMENT"; material: string; evidenceAgreement: AgreementId }
  // Originating materials from other parties count as originating (accumulation).
  | { code: "MATERIALS_ACCUMULATED"; materials: string[]; value: string }
  | {
      code: "PARTIAL_CUMULATION_ELIGIBLE";
      rvc: string;
      minimum: string;
      threshold: string;
      boxText: string;
    }
  | { code: "PE_NOT_ON_FORM"; form: string }
  | { code: "WO_CONTRADICTED_BY_MATERIALS"; materials: string[] }
  | { code: "PE_CONTRADICTED_BY_MATERIALS"; materials: string[] }
  | { code: "RVC_BELOW_THRESHOLD"; rvc: string; threshold: string }
  | { code: "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM"; nonOriginatingContent: string; maximum: string }
  | { code: "CTC_NOT_MET"; level: CtcLevel; materials: string[] }
  | { code: "MATERIAL_HS_TOO_SHORT"; material: string; level: CtcLevel }
  | {
      code: "DE_MINIMIS_APPLIED";
      basis: "VALUE" | "WEIGHT";
      failingShare: string;
      maximum: string;
    }
  | {
      code: "DE_MINIMIS_EXCEEDED";
      failingValue: string;
      failingShareOfFob: string;
      maximum: string;
      failingShareOfWeight: string | null;
    }
  | { code: "DE_MINIMIS_NOT_IN_AGREEMENT"; agreement: AgreementId }
  | { code: "DE_MINIMIS_WEIGHT_MISSING"; materials: string[]; productWeightMissing: boolean };

export type FindingCode = Finding["code"];

/** Every finding code, for exhaustive message files and tests. */
export const FINDING_CODES = [
  "COST_SHEET_RESIDUAL",
  "RULE_UNVERIFIED",
  "RULE_NOTE",
  "BOX_TEXT_UNVERIFIED",
  "DE_MINIMIS_LEVEL_UNVERIFIED",
  "IMPORTING_COUNTRY_NOT_PARTY",
  "MATERIAL_UNDETERMINED_ORIGIN",
  "MATERIAL_ORIGIN_OUTSIDE_AGREEMENT",
  "MATERIAL_EVIDENCE_OTHER_AGREEMENT",
  "MATERIALS_ACCUMULATED",
  "PARTIAL_CUMULATION_ELIGIBLE",
  "PE_NOT_ON_FORM",
  "WO_CONTRADICTED_BY_MATERIALS",
  "PE_CONTRADICTED_BY_MATERIALS",
  "RVC_BELOW_THRESHOLD",
  "NON_ORIGINATING_CONTENT_ABOVE_MAXIMUM",
  "CTC_NOT_MET",
  "MATERIAL_HS_TOO_SHORT",
  "DE_MINIMIS_APPLIED",
  "DE_MINIMIS_EXCEEDED",
  "DE_MINIMIS_NOT_IN_AGREEMENT",
  "DE_MINIMIS_WEIGHT_MISSING",
] as const satisfies readonly FindingCode[];

// Compile-time check that FINDING_CODES lists every member of the union.
type MissingFindingCode = Exclude<FindingCode, (typeof FINDING_CODES)[number]>;
const allFindingCodesListed: MissingFindingCode extends never ? true : never = true;
void allFindingCodesListed;

/** Codes of input issues; each issue also names the field path, e.g. "materials.2.value". */
export const INPUT_ISSUE_CODES = [
  "REQUIRED",
  "DECIMAL_MALFORMED",
  "DECIMAL_TOO_LONG",
  "VALUE_NEGATIVE",
  "FOB_NOT_POSITIVE",
  "HS_CODE_INVALID",
  "CURRENCY_INVALID",
  "COUNTRY_INVALID",
  "AGREEMENT_UNKNOWN",
  "AGREEMENT_DUPLICATE",
  "AGREEMENTS_EMPTY",
  "MATERIAL_ORIGIN_INVALID",
  "MATERIAL_EVIDENCE_MISSING",
  "MATERIAL_EVIDENCE_INVALID",
  "MATERIAL_ID_DUPLICATE",
  "DECLARATION_INVALID",
] as const;

export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];
