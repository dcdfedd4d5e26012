/**
 * Zod schema of the exporter's origin check (a cost sheet assessed by lib/origin), shared by the
 * client form and the server action. Error messages are message keys under "validation" in
 * messages/*.json. Amounts stay decimal strings (parsed by lib/money.ts, separators removed) and
 * HS codes keep the form typed, because the origin engine parses both again.
 */
import { z } from "zod";
import { AGREEMENT_IDS, type AgreementId } from "@/lib/origin/agreements";
import type { MaterialOriginStatus } from "@/lib/origin/types";
import { parseDecimal } from "@/lib/money";
import { currencyCodes, DEFAULT_FOB_CURRENCY } from "@/lib/forms/form-d/countries";

/** Every message key under "validation" that this schema and the server action produce. */
export const originCheckValidationKeys = [
  "required",
  "requiredChoice",
  "invalidType",
  "invalidOption",
  "invalidValue",
  "tooLong",
  "invalidCurrency",
  "invalidNumber",
  "tooManyDecimals",
  "tooLarge",
  "mustBePositive",
  "mustNotBeNegative",
  "invalidHsCode",
  "invalidMaterialHsCode",
  "agreementsRequired",
  "tooManyMaterials",
] as const;

export type OriginCheckValidationKey = (typeof originCheckValidationKeys)[number];

export const MATERIAL_ORIGIN_STATUSES = [
  "ORIGINATING",
  "WHOLLY_OBTAINED_LAO",
  "NON_ORIGINATING",
  "UNDETERMINED",
] as const satisfies readonly MaterialOriginStatus[];

export const EVIDENCE_KINDS = ["CERTIFICATE_OF_ORIGIN", "SUPPLIER_DECLARATION"] as const;

/** Countries a material can originate in: Lao PDR, the rest of ASEAN, and the other partners of ASEAN agreements. */
export const EVIDENCE_COUNTRIES = [
  "LA", "TH", "VN", "KH", "MM", "MY", "SG", "ID", "PH", "BN",
  "CN", "JP", "KR", "IN", "AU", "NZ", "HK",
] as const;

export const MAX_MATERIALS = 50;
export const NAME_MAX_LENGTH = 200;
/** Limits on amounts, well inside the engine's limit of 20 digits on each side of the point. */
const AMOUNT_MAX_DECIMALS = 6;
const AMOUNT_MAX_INTEGER_DIGITS = 16;

const typeError = (issue: { input?: unknown }): OriginCheckValidationKey =>
  issue.input === undefined || issue.input === null ? "required" : "invalidType";

const decimalReasonKeys = {
  required: "required",
  invalidNumber: "invalidNumber",
  tooManyDecimals: "tooManyDecimals",
  negative: "mustNotBeNegative",
  tooLarge: "tooLarge",
} as const satisfies Record<string, OriginCheckValidationKey>;

/** Parses a decimal amount of zero or more, or above zero when `positive`: "1,234.50" becomes "1234.50". */
function amount({ positive }: { positive: boolean }) {
  return z.string({ error: typeError }).transform((value, ctx) => {
    const parsed = parseDecimal(value, AMOUNT_MAX_DECIMALS, AMOUNT_MAX_INTEGER_DIGITS);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: decimalReasonKeys[parsed.reason] });
      return z.NEVER;
    }
    if (positive && !/[1-9]/.test(parsed.value)) {
      ctx.addIssue({ code: "custom", message: "mustBePositive" });
      return z.NEVER;
    }
    return parsed.value;
  });
}

const goodsHsPattern = /^\d{4}\.?\d{2}(\.?\d{2})?$/;
/** A material may be known only to its heading ("52.09" or "5209"). */
const materialHsPattern = /^(\d{2}\.?\d{2}|\d{4}\.?\d{2}(\.?\d{2})?)$/;

function hsCode(pattern: RegExp, invalidKey: OriginCheckValidationKey) {
  return z
    .string({ error: typeError })
    .trim()
    .transform((value, ctx) => {
      if (value === "") {
        ctx.addIssue({ code: "custom", message: "required" });
        return z.NEVER;
      }
      if (!pattern.test(value)) {
        ctx.addIssue({ code: "custom", message: invalidKey });
        return z.NEVER;
      }
      return value;
    });
}

/** Accepts a value offered by a select. An empty value gives `requiredChoice`, any other unknown value `invalidKey`. */
function choice<const T extends readonly [string, ...string[]]>(values: T, invalidKey: OriginCheckValidationKey = "invalidOption") {
  const allowed = new Set<string>(values);
  return z.string({ error: typeError }).transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "requiredChoice" });
      return z.NEVER;
    }
    if (!allowed.has(value)) {
      ctx.addIssue({ code: "custom", message: invalidKey });
      return z.NEVER;
    }
    return value as T[number];
  });
}

const requiredName = z
  .string({ error: typeError })
  .trim()
  .min(1, { error: "required" })
  .max(NAME_MAX_LENGTH, { error: "tooLong" });

const materialSchema = z
  .object({
    description: requiredName,
    hsCode: hsCode(materialHsPattern, "invalidMaterialHsCode"),
    value: amount({ positive: false }),
    origin: choice(MATERIAL_ORIGIN_STATUSES),
    // Evidence of origin, read only for ORIGINATING materials.
    evidenceKind: z.string({ error: typeError }).default(""),
    evidenceCountry: z.string({ error: typeError }).default(""),
  })
  .transform((material, ctx) => {
    if (material.origin !== "ORIGINATING") {
      return { ...material, evidenceKind: null, evidenceCountry: null };
    }

    const kind = (EVIDENCE_KINDS as readonly string[]).includes(material.evidenceKind) ? material.evidenceKind : null;
    const country = (EVIDENCE_COUNTRIES as readonly string[]).includes(material.evidenceCountry) ? material.evidenceCountry : null;
    const choiceIssue = (typed: string): OriginCheckValidationKey => (typed ? "invalidOption" : "requiredChoice");
    if (!kind) {
      ctx.addIssue({ code: "custom", path: ["evidenceKind"], message: choiceIssue(material.evidenceKind) });
    }
    if (!country) {
      ctx.addIssue({ code: "custom", path: ["evidenceCountry"], message: choiceIssue(material.evidenceCountry) });
    }
    if (!kind || !country) return z.NEVER;
    return {
      ...material,
      evidenceKind: kind as (typeof EVIDENCE_KINDS)[number],
      evidenceCountry: country as (typeof EVIDENCE_COUNTRIES)[number],
    };
  });

export const originCheckSchema = z.object({
  productName: requiredName,
  hsCode: hsCode(goodsHsPattern, "invalidHsCode"),
  agreements: z
    .array(z.enum(AGREEMENT_IDS, { error: "invalidOption" }), { error: typeError })
    .min(1, { error: "agreementsRequired" })
    .transform((ids) => AGREEMENT_IDS.filter((id) => ids.includes(id))),
  fob: amount({ positive: true }),
  currency: choice(currencyCodes as unknown as readonly [string, ...string[]], "invalidCurrency"),
  materials: z.array(materialSchema, { error: typeError }).max(MAX_MATERIALS, { error: "tooManyMaterials" }),
  directLabour: amount({ positive: false }),
  directOverhead: amount({ positive: false }),
  otherCosts: amount({ positive: false }),
  profit: amount({ positive: false }),
});

export type OriginCheckInput = z.input<typeof originCheckSchema>;
export type OriginCheckData = z.output<typeof originCheckSchema>;
export type MaterialRowInput = z.input<typeof materialSchema>;

export const DEFAULT_AGREEMENTS: AgreementId[] = ["ATIGA"];

export function emptyMaterial(): MaterialRowInput {
  return { description: "", hsCode: "", value: "", origin: "", evidenceKind: "", evidenceCountry: "" };
}

export function emptyOriginCheck(): OriginCheckInput {
  return {
    productName: "",
    hsCode: "",
    agreements: [...DEFAULT_AGREEMENTS],
    fob: "",
    currency: DEFAULT_FOB_CURRENCY,
    materials: [emptyMaterial()],
    directLabour: "",
    directOverhead: "",
    otherCosts: "",
    profit: "",
  };
}

/**
 * Builds the worked example of docs/origin-rules.md: 1,000 kg of roasted Arabica from Pakse to
 * Bangkok, FOB USD 10,000, RVC 72.4% under ATIGA. The caller passes the descriptions in the
 * language of the screen.
 */
export function roastedCoffeeExample(names: {
  product: string;
  laoBeans: string;
  retailBoxes: string;
  labels: string;
  brazilianBeans: string;
  foilBags: string;
}): OriginCheckInput {
  const material = (description: string, hs: string, value: string, origin: string, evidenceKind = "", evidenceCountry = "") =>
    ({ description, hsCode: hs, value, origin, evidenceKind, evidenceCountry }) satisfies MaterialRowInput;

  return {
    productName: names.product,
    hsCode: "0901.21",
    agreements: [...DEFAULT_AGREEMENTS],
    fob: "10,000",
    currency: "USD",
    materials: [
      material(names.laoBeans, "0901.11", "2,160", "WHOLLY_OBTAINED_LAO"),
      material(names.retailBoxes, "4819.20", "200", "ORIGINATING", "CERTIFICATE_OF_ORIGIN", "TH"),
      material(names.labels, "4821.10", "100", "ORIGINATING", "SUPPLIER_DECLARATION", "LA"),
      material(names.brazilianBeans, "0901.11", "2,160", "NON_ORIGINATING"),
      material(names.foilBags, "3923.29", "600", "NON_ORIGINATING"),
    ],
    directLabour: "900",
    directOverhead: "1,100",
    otherCosts: "640",
    profit: "2,140",
  };
}
