import { AppError, type FieldIssue } from "../errors";
import { type AgreementId, isAgreementId } from "./agreements";
import { type Dec, parseNonNegativeDecimal } from "./decimal";
import type { InputIssueCode } from "./findings";
import { type HsCode, parseGoodsHsCode, parseMaterialHsCode } from "./hs-code";
import type { MaterialOriginStatus, OriginEvidence } from "./types";

export type NormalizedMaterial = {
  id: string;
  name: string;
  hsCode: HsCode;
  value: Dec;
  origin: MaterialOriginStatus;
  evidence: OriginEvidence | null;
  grossWeight: Dec | null;
};

export type NormalizedInput = {
  product: {
    name: string;
    hsCode: HsCode;
    grossWeight: Dec | null;
    whollyObtained: boolean;
    producedEntirelyFromOriginatingMaterials: boolean;
  };
  agreements: AgreementId[];
  importingCountry: string | null;
  fob: Dec;
  currency: string;
  materials: NormalizedMaterial[];
  directLabour: Dec;
  directOverhead: Dec;
  otherCosts: Dec;
  profit: Dec;
};

/**
 * Invalid origin-assessment input. `issues` lists every problem found, each with the field path
 * ("materials.2.value") and an InputIssueCode ("DECIMAL_MALFORMED").
 */
export class OriginInputError extends AppError {
  constructor(issues: FieldIssue[]) {
    super("VALIDATION_FAILED", `Invalid origin assessment input: ${issues.map((i) => `${i.path} ${i.code}`).join(", ")}`, issues);
    this.name = "OriginInputError";
  }
}

const MATERIAL_ORIGIN_STATUSES: readonly MaterialOriginStatus[] = [
  "ORIGINATING",
  "WHOLLY_OBTAINED_LAO",
  "NON_ORIGINATING",
  "UNDETERMINED",
];
const EVIDENCE_KINDS: readonly string[] = ["CERTIFICATE_OF_ORIGIN", "SUPPLIER_DECLARATION"];
const countryPattern = /^[A-Z]{2}$/;
const currencyPattern = /^[A-Z]{3}$/;

type Record_ = Record<string, unknown>;

/** Validates raw input (e.g. parsed JSON) and returns it with decimals and HS codes parsed. */
export function validateOriginInput(raw: unknown): NormalizedInput {
  const issues: FieldIssue[] = [];
  const report = (path: string, code: InputIssueCode, params?: FieldIssue["params"]) => {
    issues.push(params ? { path, code, params } : { path, code });
  };

  const input = asRecord(raw);
  const product = asRecord(input.product);

  const decimal = (value: unknown, path: string) => decimalField(value, path, report);
  const optionalDecimal = (value: unknown, path: string) => optionalDecimalField(value, path, report);

  const productName = requireText(product.name, "product.name", report);
  const productHsCode = parseGoodsHsCode(product.hsCode);
  if (!productHsCode) report("product.hsCode", product.hsCode ? "HS_CODE_INVALID" : "REQUIRED");
  const productWeight = optionalDecimal(product.grossWeight, "product.grossWeight");
  const whollyObtained = optionalFlag(product.whollyObtained, "product.whollyObtained", report);
  const producedEntirely = optionalFlag(
    product.producedEntirelyFromOriginatingMaterials,
    "product.producedEntirelyFromOriginatingMaterials",
    report,
  );

  const agreements = validateAgreements(input.agreements, report);

  let importingCountry: string | null = null;
  if (input.importingCountry !== undefined) {
    if (typeof input.importingCountry === "string" && countryPattern.test(input.importingCountry)) {
      importingCountry = input.importingCountry;
    } else {
      report("importingCountry", "COUNTRY_INVALID");
    }
  }

  const fob = decimal(input.fob, "fob");
  if (fob && fob.isZero()) report("fob", "FOB_NOT_POSITIVE");

  const currency = typeof input.currency === "string" ? input.currency : "";
  if (!currencyPattern.test(currency)) report("currency", currency ? "CURRENCY_INVALID" : "REQUIRED");

  const directLabour = decimal(input.directLabour, "directLabour");
  const directOverhead = decimal(input.directOverhead, "directOverhead");
  const otherCosts = decimal(input.otherCosts, "otherCosts");
  const profit = decimal(input.profit, "profit");

  const materials: NormalizedMaterial[] = [];
  if (!Array.isArray(input.materials)) {
    report("materials", "REQUIRED");
  } else {
    const seenIds = new Set<string>();
    input.materials.forEach((rawMaterial, index) => {
      const material = validateMaterial(asRecord(rawMaterial), `materials.${index}`, String(index), report);
      if (!material) return;
      if (seenIds.has(material.id)) report(`materials.${index}.id`, "MATERIAL_ID_DUPLICATE");
      seenIds.add(material.id);
      materials.push(material);
    });
  }

  if (issues.length > 0) throw new OriginInputError(issues);

  // Every value below is non-null: a null would have added an issue above.
  return {
    product: {
      name: productName!,
      hsCode: productHsCode!,
      grossWeight: productWeight,
      whollyObtained,
      producedEntirelyFromOriginatingMaterials: producedEntirely,
    },
    agreements,
    importingCountry,
    fob: fob!,
    currency,
    materials,
    directLabour: directLabour!,
    directOverhead: directOverhead!,
    otherCosts: otherCosts!,
    profit: profit!,
  };
}

type Report = (path: string, code: InputIssueCode, params?: FieldIssue["params"]) => void;

function validateAgreements(value: unknown, report: Report): AgreementId[] {
  if (!Array.isArray(value)) {
    report("agreements", "REQUIRED");
    return [];
  }
  if (value.length === 0) report("agreements", "AGREEMENTS_EMPTY");

  const agreements: AgreementId[] = [];
  value.forEach((agreement, index) => {
    if (!isAgreementId(agreement)) {
      report(`agreements.${index}`, "AGREEMENT_UNKNOWN");
    } else if (agreements.includes(agreement)) {
      report(`agreements.${index}`, "AGREEMENT_DUPLICATE");
    } else {
      agreements.push(agreement);
    }
  });
  return agreements;
}

function validateMaterial(
  material: Record_,
  path: string,
  defaultId: string,
  report: Report,
): NormalizedMaterial | null {
  let materialIssueCount = 0;
  const materialReport: Report = (issuePath, code, params) => {
    materialIssueCount += 1;
    report(issuePath, code, params);
  };

  let id = defaultId;
  if (material.id !== undefined) {
    if (typeof material.id === "string" && material.id.trim() !== "") id = material.id;
    else materialReport(`${path}.id`, "REQUIRED");
  }

  const name = requireText(material.name, `${path}.name`, materialReport);
  const hsCode = parseMaterialHsCode(material.hsCode);
  if (!hsCode) materialReport(`${path}.hsCode`, material.hsCode ? "HS_CODE_INVALID" : "REQUIRED");
  const value = decimalField(material.value, `${path}.value`, materialReport);
  const grossWeight = optionalDecimalField(material.grossWeight, `${path}.grossWeight`, materialReport);

  const origin = material.origin;
  if (!MATERIAL_ORIGIN_STATUSES.includes(origin as MaterialOriginStatus)) {
    materialReport(`${path}.origin`, origin ? "MATERIAL_ORIGIN_INVALID" : "REQUIRED");
  }

  let evidence: OriginEvidence | null = null;
  if (origin === "ORIGINATING") {
    evidence = validateEvidence(material.evidence, `${path}.evidence`, materialReport);
  }

  if (materialIssueCount > 0) return null;
  return {
    id,
    name: name!,
    hsCode: hsCode!,
    value: value!,
    origin: origin as MaterialOriginStatus,
    evidence,
    grossWeight,
  };
}

function validateEvidence(value: unknown, path: string, report: Report): OriginEvidence | null {
  if (value === undefined || value === null) {
    report(path, "MATERIAL_EVIDENCE_MISSING");
    return null;
  }

  const evidence = asRecord(value);
  let valid = true;
  if (!EVIDENCE_KINDS.includes(evidence.kind as string)) {
    report(`${path}.kind`, "MATERIAL_EVIDENCE_INVALID");
    valid = false;
  }
  if (typeof evidence.country !== "string" || !countryPattern.test(evidence.country)) {
    report(`${path}.country`, "COUNTRY_INVALID");
    valid = false;
  }
  if (evidence.agreement !== undefined && !isAgreementId(evidence.agreement)) {
    report(`${path}.agreement`, "AGREEMENT_UNKNOWN");
    valid = false;
  }
  if (evidence.reference !== undefined && typeof evidence.reference !== "string") {
    report(`${path}.reference`, "MATERIAL_EVIDENCE_INVALID");
    valid = false;
  }
  if (!valid) return null;

  return {
    kind: evidence.kind as OriginEvidence["kind"],
    country: evidence.country as string,
    ...(evidence.agreement !== undefined ? { agreement: evidence.agreement as AgreementId } : {}),
    ...(evidence.reference !== undefined ? { reference: evidence.reference as string } : {}),
  };
}

function decimalField(value: unknown, path: string, report: Report): Dec | null {
  if (value === undefined || value === null || value === "") {
    report(path, "REQUIRED");
    return null;
  }
  const parsed = parseNonNegativeDecimal(value);
  if (!parsed.ok) {
    report(path, parsed.code);
    return null;
  }
  return parsed.value;
}

function optionalDecimalField(value: unknown, path: string, report: Report): Dec | null {
  return value === undefined || value === null ? null : decimalField(value, path, report);
}

function requireText(value: unknown, path: string, report: Report): string | null {
  if (typeof value === "string" && value.trim() !== "") return value;
  report(path, "REQUIRED");
  return null;
}

function optionalFlag(value: unknown, path: string, report: Report): boolean {
  if (value === undefined) return false;
  if (typeof value === "boolean") return value;
  report(path, "DECLARATION_INVALID");
  return false;
}

function asRecord(value: unknown): Record_ {
  return typeof value === "object" && value !== null ? (value as Record_) : {};
}
