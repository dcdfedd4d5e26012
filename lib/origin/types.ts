import type { AgreementId, RuleStatus, TickBox } from "./agreements";
import type { Percentage } from "./decimal";
import type { Finding } from "./findings";
import type { CtcLevel, HsCode } from "./hs-code";

/**
 * Origin status of a material as declared on the cost sheet.
 * - ORIGINATING: originating in a party, proven by `evidence` (a supplier's certificate of
 *   origin or declaration).
 * - WHOLLY_OBTAINED_LAO: wholly obtained or produced in Lao PDR (e.g. Lao-grown coffee beans).
 * - NON_ORIGINATING: imported from outside the agreement, or without proof.
 * - UNDETERMINED: origin unknown; counted as non-originating.
 */
export type MaterialOriginStatus = "ORIGINATING" | "WHOLLY_OBTAINED_LAO" | "NON_ORIGINATING" | "UNDETERMINED";

export type OriginEvidence = {
  kind: "CERTIFICATE_OF_ORIGIN" | "SUPPLIER_DECLARATION";
  /** ISO 3166-1 alpha-2 code of the country where the material originates, e.g. "TH". */
  country: string;
  /** Agreement under which the certificate was issued, when known. */
  agreement?: AgreementId;
  reference?: string;
};

export type MaterialInput = {
  /** Unique within the cost sheet; defaults to the material's position ("0", "1", ...). */
  id?: string;
  name: string;
  /** HS code: 6 or 8 digits, or a 4-digit heading ("0901.11", "090111", "52.09"). */
  hsCode: string;
  /** CIF value at importation, or the price paid in Lao PDR, in the FOB currency. */
  value: string;
  origin: MaterialOriginStatus;
  /** Required when `origin` is ORIGINATING. */
  evidence?: OriginEvidence;
  /** Gross weight, in the same unit as the product's gross weight; used for RCEP de minimis. */
  grossWeight?: string;
};

export type OriginAssessmentInput = {
  product: {
    name: string;
    /** HS 2022 subheading or AHTN line: "0901.21", "090121" or "0901.21.10". */
    hsCode: string;
    grossWeight?: string;
    /** Exporter declares the goods wholly obtained or produced in Lao PDR. */
    whollyObtained?: boolean;
    /** Exporter declares the goods produced entirely from originating materials. */
    producedEntirelyFromOriginatingMaterials?: boolean;
  };
  agreements: AgreementId[];
  /** ISO 3166-1 alpha-2 code; when given, each agreement checks that it is a party. */
  importingCountry?: string;
  /** FOB value of the goods, greater than zero. */
  fob: string;
  /** ISO 4217 code of every amount on the cost sheet, e.g. "USD". */
  currency: string;
  materials: MaterialInput[];
  directLabour: string;
  directOverhead: string;
  otherCosts: string;
  profit: string;
};

/** A material as counted for one agreement. */
export type MaterialLine = {
  id: string;
  name: string;
  hsCode: string;
  value: string;
  countedAs: "ORIGINATING" | "NON_ORIGINATING";
  declared: MaterialOriginStatus;
};

export type ValueFigures = {
  fob: string;
  /** Value of originating materials. */
  vom: string;
  /** Value of non-originating and undetermined materials. */
  vnm: string;
  directLabour: string;
  directOverhead: string;
  otherCosts: string;
  profit: string;
  sumOfParts: string;
  /** FOB - sumOfParts; zero when the cost sheet adds up. */
  residual: string;
  /** (VOM + labour + overhead + other + profit) / FOB x 100. */
  buildUp: Percentage;
  /** (FOB - VNM) / FOB x 100. */
  buildDown: Percentage;
  /** The lower of the two, which every RVC verdict uses. */
  rvc: Percentage;
  rvcMethod: "BUILD_UP" | "BUILD_DOWN";
  /** 100 - rvc: non-originating content as a share of FOB. */
  nonOriginatingContent: Percentage;
};

export type FailingMaterial = { id: string; name: string; hsCode: string; value: string };

export type DeMinimisResult = {
  basis: "VALUE" | "WEIGHT";
  failingValue: string;
  failingShareOfFob: Percentage;
  failingShareOfWeight: Percentage | null;
  maximumPercent: string;
};

export type PartResult =
  | { kind: "RVC"; met: boolean; minimumPercent: string; rvc: Percentage }
  | { kind: "NOC"; met: boolean; maximumPercent: string; nonOriginatingContent: Percentage }
  | {
      kind: "CTC";
      met: boolean;
      level: CtcLevel;
      /** Non-originating materials that do not change classification at the level. */
      failingMaterials: FailingMaterial[];
      /** Set when the CTC is met only because of the de minimis rule. */
      deMinimis: DeMinimisResult | null;
    };

export type CriterionResult = {
  /** "WO", "PE", or the rule alternative, e.g. "RVC40", "CTH", "RVC35 + CTSH". */
  criterion: string;
  kind: "WO" | "PE" | "RULE";
  met: boolean;
  /** Text for the origin criterion box when met, e.g. "72%", "CTC DMI", "RVC 35% + CTSH". */
  boxText: string | null;
  /** The criterion relies on originating materials from other parties (ACU, Form D accumulation tick). */
  accumulationApplied: boolean;
  /** A CTC part is met only because of the de minimis rule (DMI, Form D de minimis tick). */
  deMinimisApplied: boolean;
  /** Boxes to tick elsewhere on the form when this criterion is declared (Form D box 13). */
  tickBoxes: TickBox[];
  parts: PartResult[];
  findings: Finding[];
};

/** A failed test that keeps the goods from qualifying, with the finding that explains it. */
export type DecidingPart = { criterion: string; part: "WO" | "PE" | "RVC" | "CTC" | "NOC"; finding: Finding };

export type AgreementResult = {
  agreement: AgreementId;
  form: string;
  rule: { notation: string; source: "GENERAL" | "PSR"; hsPrefix: string | null; status: RuleStatus };
  originating: boolean;
  criteria: CriterionResult[];
  /** The criterion to declare, or null when none is met. */
  recommended: { criterion: string; boxText: string; tickBoxes: TickBox[] } | null;
  /** Empty when the goods qualify. */
  decidingParts: DecidingPart[];
  figures: ValueFigures;
  materials: MaterialLine[];
  /**
   * Originating materials from other parties of the agreement, counted as originating by
   * accumulation. Whether a criterion relies on them is its `accumulationApplied`.
   */
  accumulation: { counted: boolean; materials: string[] };
  partialCumulation: { eligible: boolean; boxText: string | null } | null;
  findings: Finding[];
};

export type OriginAssessment = {
  product: { name: string; hsCode: HsCode };
  currency: string;
  results: AgreementResult[];
};
