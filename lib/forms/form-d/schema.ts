/**
 * Zod schemas of the Form D application wizard, one per step, shared by the client form
 * (react-hook-form with zodResolver) and the server operations. Error messages are message keys
 * under "validation" in messages/*.json, never English sentences. Inputs are what form fields hold
 * (strings and booleans); outputs are normalised (HS codes as digits, decimals without separators).
 */
import { z } from "zod";
import { isIsoDate } from "@/lib/dates";
import { parseDecimal } from "@/lib/money";
import { aseanImportingCountryCodes, currencyCodes, DEFAULT_FOB_CURRENCY, isoCountryCodes, LAO_PDR } from "./countries";
import { criterionRequiresFob, parseOriginCriterion } from "./origin-criterion";
import { packageKindCodes, quantityUnitCodes, transportModeCodes } from "./units";

/** Every message key the schemas and the server-side checks of Form D produce. */
export const validationMessageKeys = [
  "required",
  "requiredChoice",
  "invalidType",
  "tooLong",
  "invalidDate",
  "invalidOption",
  "notAseanCountry",
  "invalidCountry",
  "invalidCurrency",
  "invalidNumber",
  "invalidInteger",
  "tooManyDecimals",
  "mustBePositive",
  "tooLarge",
  "invalidHsCode",
  "invalidCriterion",
  "fobRequiredForRvc",
  "itemsRequired",
  "tooManyItems",
  "invoiceAfterDeparture",
  "partialCumulationWithoutPcItem",
  "pcItemWithoutPartialCumulation",
  "mustAccept",
] as const;

export type ValidationMessageKey = (typeof validationMessageKeys)[number];

/** Ordered wizard steps. "review" has no fields of its own. */
export const formDSteps = ["consignee", "transport", "goods", "invoice", "review", "declaration"] as const;
export type FormDStep = (typeof formDSteps)[number];

/** Maximum lengths of text fields, for counters in the interface. */
export const fieldMaxLengths = {
  name: 200,
  address: 300,
  description: 500,
  marks: 200,
  shortText: 200,
  reference: 100,
} as const;

export const MAX_ITEMS = 50;
/** Maximum decimals of Box 9 values: numeric(18,3) for quantity and numeric(18,2) for FOB in the database. */
export const QUANTITY_MAX_DECIMALS = 3;
export const FOB_MAX_DECIMALS = 2;
const QUANTITY_MAX_INTEGER_DIGITS = 15;
const FOB_MAX_INTEGER_DIGITS = 16;
const MAX_PACKAGE_COUNT = 1_000_000_000;

function typeError(issue: { input?: unknown }): ValidationMessageKey {
  return issue.input === undefined || issue.input === null ? "required" : "invalidType";
}

type PathPattern = readonly (string | number | "*")[];

/**
 * Run a cross-field rule only when the fields it reads parsed cleanly, so that the rule reads
 * normalised values, and its issue is reported together with unrelated field issues. "*" matches any
 * array index.
 */
function whenValidAt(...patterns: PathPattern[]) {
  return (payload: z.core.ParsePayload) =>
    !payload.issues.some((issue) => {
      const path = issue.path ?? [];
      return patterns.some(
        (pattern) => path.length >= pattern.length && pattern.every((part, index) => part === "*" || part === path[index]),
      );
    });
}

function requiredText(max: number) {
  return z
    .string({ error: typeError })
    .trim()
    .min(1, { error: "required" })
    .max(max, { error: "tooLong" });
}

function optionalText(max: number) {
  return z.string({ error: "invalidType" }).trim().max(max, { error: "tooLong" }).default("");
}

const isoDate = z
  .string({ error: typeError })
  .trim()
  .min(1, { error: "required" })
  .refine((value) => value === "" || isIsoDate(value), { error: "invalidDate" });

/**
 * Accept a code from a fixed list, as a select offers it. An empty value is `requiredChoice` ("please
 * choose", not "please enter") and any other unknown value gets `invalidKey`.
 */
function codeFromList<const T extends readonly [string, ...string[]]>(codes: T, invalidKey: ValidationMessageKey) {
  const allowed = new Set<string>(codes);
  return z
    .string({ error: (issue) => (issue.input === undefined || issue.input === null ? "requiredChoice" : "invalidType") })
    .trim()
    .transform((value, ctx) => {
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

const decimalReasonKeys = {
  required: "required",
  invalidNumber: "invalidNumber",
  tooManyDecimals: "tooManyDecimals",
  negative: "mustBePositive",
  tooLarge: "tooLarge",
} as const satisfies Record<string, ValidationMessageKey>;

/** Parse a positive decimal string: "1,234.50" becomes "1234.50" and keeps its trailing zero. */
function positiveDecimal(maxDecimals: number, maxIntegerDigits: number) {
  return z.string({ error: typeError }).transform((value, ctx) => {
    const parsed = parseDecimal(value, maxDecimals, maxIntegerDigits);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: decimalReasonKeys[parsed.reason] });
      return z.NEVER;
    }
    if (!/[1-9]/.test(parsed.value)) {
      ctx.addIssue({ code: "custom", message: "mustBePositive" });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** Parse like positiveDecimal, except that an empty value gives null. */
function optionalPositiveDecimal(maxDecimals: number, maxIntegerDigits: number) {
  return z
    .string({ error: "invalidType" })
    .default("")
    .transform((value, ctx) => {
      if (value.trim() === "") return null;
      const parsed = parseDecimal(value, maxDecimals, maxIntegerDigits);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: decimalReasonKeys[parsed.reason] });
        return z.NEVER;
      }
      if (!/[1-9]/.test(parsed.value)) {
        ctx.addIssue({ code: "custom", message: "mustBePositive" });
        return z.NEVER;
      }
      return parsed.value;
    });
}

const hsCodePattern = /^\d{4}\.?\d{2}(\.?\d{2})?$/;

/**
 * Normalise an HS code typed as "0901.21", "090121", "0901.21.10" or "09012110" to its digits.
 * Returns null when the text is not a 6- or 8-digit code. Whether the code exists in HS 2022 is
 * checked on the server against the HS list.
 */
export function normaliseHsCode(input: string): string | null {
  const compact = input.trim().replace(/\s+/g, "");
  if (!hsCodePattern.test(compact)) return null;
  return compact.replace(/\./g, "");
}

const hsCode = z
  .string({ error: typeError })
  .trim()
  .transform((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "required" });
      return z.NEVER;
    }
    const digits = normaliseHsCode(value);
    if (digits === null) {
      ctx.addIssue({ code: "custom", message: "invalidHsCode" });
      return z.NEVER;
    }
    return digits;
  });

const originCriterion = z.string({ error: typeError }).transform((value, ctx) => {
  const parsed = parseOriginCriterion(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.reason });
    return z.NEVER;
  }
  return parsed.value;
});

const packageCount = z.string({ error: typeError }).transform((value, ctx) => {
  const trimmed = value.trim();
  if (trimmed === "") {
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  if (!/^\d+$/.test(trimmed)) {
    ctx.addIssue({ code: "custom", message: "invalidInteger" });
    return z.NEVER;
  }
  const count = Number(trimmed);
  if (count === 0) {
    ctx.addIssue({ code: "custom", message: "mustBePositive" });
    return z.NEVER;
  }
  if (count > MAX_PACKAGE_COUNT) {
    ctx.addIssue({ code: "custom", message: "tooLarge" });
    return z.NEVER;
  }
  return count;
});

// ---- Step: consignee (Box 2 and the importing country of Box 11) ----

export const consigneeStepSchema = z.object({
  consigneeName: requiredText(fieldMaxLengths.name),
  consigneeAddress: requiredText(fieldMaxLengths.address),
  importingCountry: codeFromList(aseanImportingCountryCodes, "notAseanCountry"),
});

// ---- Step: transport (Box 3) ----

export const transportStepSchema = z.object({
  departureDate: isoDate,
  transportMode: codeFromList(transportModeCodes, "invalidOption"),
  /** Box 3 requires the means of transport only "as far as known", so the vehicle may be left empty. */
  vehicleOrVessel: optionalText(fieldMaxLengths.shortText),
  portOfLoading: requiredText(fieldMaxLengths.shortText),
  portOfDischarge: requiredText(fieldMaxLengths.shortText),
});

// ---- Step: goods (Boxes 5 to 9) ----

const goodsItemFields = z.object({
  marksAndNumbers: requiredText(fieldMaxLengths.marks),
  packageCount,
  packageKind: codeFromList(packageKindCodes, "invalidOption"),
  description: requiredText(fieldMaxLengths.description),
  hsCode,
  originCriterion,
  quantity: positiveDecimal(QUANTITY_MAX_DECIMALS, QUANTITY_MAX_INTEGER_DIGITS),
  quantityUnit: codeFromList(quantityUnitCodes, "invalidOption"),
  fobValue: optionalPositiveDecimal(FOB_MAX_DECIMALS, FOB_MAX_INTEGER_DIGITS),
  fobCurrency: z
    .string({ error: "invalidType" })
    .trim()
    .toUpperCase()
    .default(DEFAULT_FOB_CURRENCY)
    .transform((value, ctx) => {
      if (value === "") return DEFAULT_FOB_CURRENCY;
      if (!currencyCodes.includes(value)) {
        ctx.addIssue({ code: "custom", message: "invalidCurrency" });
        return z.NEVER;
      }
      return value;
    }),
});

/** One goods item. A Lao-issued Form D with an RVC or PC criterion must show FOB in Box 9. */
export const goodsItemSchema = goodsItemFields.superRefine(
  (item, ctx) => {
    const criterion = parseOriginCriterion(item.originCriterion);
    if (criterion.ok && criterionRequiresFob(criterion.kind) && item.fobValue === null) {
      ctx.addIssue({ code: "custom", message: "fobRequiredForRvc", path: ["fobValue"] });
    }
  },
  { when: whenValidAt(["originCriterion"], ["fobValue"]) },
);

export const goodsStepSchema = z.object({
  items: z
    .array(goodsItemSchema, { error: typeError })
    .min(1, { error: "itemsRequired" })
    .max(MAX_ITEMS, { error: "tooManyItems" }),
});

// ---- Step: invoice (Box 10, Box 13 and the third-country invoicer of Box 7) ----

export const box13FlagNames = [
  "thirdCountryInvoicing",
  "exhibition",
  "accumulation",
  "deMinimis",
  "backToBack",
  "issuedRetroactively",
  "partialCumulation",
] as const;

const flag = z.boolean({ error: "invalidType" }).default(false);

const box13Schema = z
  .object({
    thirdCountryInvoicing: flag,
    exhibition: flag,
    accumulation: flag,
    deMinimis: flag,
    backToBack: flag,
    issuedRetroactively: flag,
    partialCumulation: flag,
  })
  .default({
    thirdCountryInvoicing: false,
    exhibition: false,
    accumulation: false,
    deMinimis: false,
    backToBack: false,
    issuedRetroactively: false,
    partialCumulation: false,
  });

const invoiceFields = z.object({
  invoiceNumber: requiredText(fieldMaxLengths.reference),
  invoiceDate: isoDate,
  box13: box13Schema,
  thirdCountryInvoicerName: optionalText(fieldMaxLengths.name),
  thirdCountryInvoicerCountry: z.string({ error: "invalidType" }).trim().toUpperCase().default(""),
});

type InvoiceFields = z.output<typeof invoiceFields>;
type RefinementContext = z.core.$RefinementCtx<unknown>;

/** Third-country invoicing needs the invoicer's name and country (ATIGA Rule 23). */
function checkThirdCountryInvoicer(invoice: InvoiceFields, ctx: RefinementContext) {
  if (!invoice.box13.thirdCountryInvoicing) return;

  if (invoice.thirdCountryInvoicerName === "") {
    ctx.addIssue({ code: "custom", message: "required", path: ["thirdCountryInvoicerName"] });
  }
  const country = invoice.thirdCountryInvoicerCountry;
  if (country === "") {
    ctx.addIssue({ code: "custom", message: "requiredChoice", path: ["thirdCountryInvoicerCountry"] });
  } else if (!isoCountryCodes.includes(country) || country === LAO_PDR.code) {
    ctx.addIssue({ code: "custom", message: "invalidCountry", path: ["thirdCountryInvoicerCountry"] });
  }
}

const invoicerPaths: PathPattern[] = [["box13"], ["thirdCountryInvoicerName"], ["thirdCountryInvoicerCountry"]];

/** The invoice must not be dated after the goods left (Box 10 against Box 3). */
function checkInvoiceDate(invoiceDate: string, departureDate: string | null | undefined, ctx: RefinementContext) {
  if (departureDate && isIsoDate(departureDate) && invoiceDate > departureDate) {
    ctx.addIssue({ code: "custom", message: "invoiceAfterDeparture", path: ["invoiceDate"], params: { departureDate } });
  }
}

/** Clear the invoicer fields unless third-country invoicing is ticked. */
function dropUnusedInvoicer<T extends InvoiceFields>(invoice: T) {
  const ticked = invoice.box13.thirdCountryInvoicing;
  return {
    ...invoice,
    thirdCountryInvoicerName: ticked ? invoice.thirdCountryInvoicerName : null,
    thirdCountryInvoicerCountry: ticked ? invoice.thirdCountryInvoicerCountry : null,
  };
}

/**
 * Build the invoice step schema. Pass the saved departure date so that the step checks the invoice
 * date against it. The full application schema checks it again.
 */
export function makeInvoiceStepSchema(context: { departureDate?: string | null } = {}) {
  return invoiceFields
    .superRefine(checkThirdCountryInvoicer, { when: whenValidAt(...invoicerPaths) })
    .superRefine((invoice, ctx) => checkInvoiceDate(invoice.invoiceDate, context.departureDate, ctx), {
      when: whenValidAt(["invoiceDate"]),
    })
    .transform(dropUnusedInvoicer);
}

export const invoiceStepSchema = makeInvoiceStepSchema();

// ---- Step: declaration (Box 11) ----

export const declarationStepSchema = z.object({
  declarationPlace: requiredText(fieldMaxLengths.shortText),
  declarantName: requiredText(fieldMaxLengths.name),
  accept: z.literal(true, { error: "mustAccept" }),
});

export const reviewStepSchema = z.object({});

/** Schema of each step, by step name. */
export const formDStepSchemas = {
  consignee: consigneeStepSchema,
  transport: transportStepSchema,
  goods: goodsStepSchema,
  invoice: invoiceStepSchema,
  review: reviewStepSchema,
  declaration: declarationStepSchema,
} as const;

// ---- The whole application, with the rules that span steps ----

/** Partial cumulation (ATIGA Art 30(2)): the Box 13 tick and a "PC x%" criterion go together. */
function checkPartialCumulation(
  application: { box13: InvoiceFields["box13"]; items: { originCriterion: string }[] },
  ctx: RefinementContext,
) {
  // Items that failed elsewhere may hold no criterion; only well-formed ones count.
  const pcIndexes = application.items
    .map((item, index) => (typeof item?.originCriterion === "string" && item.originCriterion.startsWith("PC ") ? index : -1))
    .filter((index) => index >= 0);

  if (application.box13.partialCumulation && pcIndexes.length === 0) {
    ctx.addIssue({ code: "custom", message: "partialCumulationWithoutPcItem", path: ["box13", "partialCumulation"] });
  }
  if (!application.box13.partialCumulation) {
    for (const index of pcIndexes) {
      ctx.addIssue({ code: "custom", message: "pcItemWithoutPartialCumulation", path: ["items", index, "originCriterion"] });
    }
  }
}

/** All steps together. Submit validates the stored application with this schema again. */
export const fullApplicationSchema = z
  .object({
    ...consigneeStepSchema.shape,
    ...transportStepSchema.shape,
    ...goodsStepSchema.shape,
    ...invoiceFields.shape,
    ...declarationStepSchema.shape,
  })
  .superRefine(checkThirdCountryInvoicer, { when: whenValidAt(...invoicerPaths) })
  .superRefine((application, ctx) => checkInvoiceDate(application.invoiceDate, application.departureDate, ctx), {
    when: whenValidAt(["invoiceDate"], ["departureDate"]),
  })
  .superRefine(checkPartialCumulation, {
    when: whenValidAt(["box13"], ["items", "*", "originCriterion"]),
  })
  .transform(dropUnusedInvoicer);

export type ConsigneeStepInput = z.input<typeof consigneeStepSchema>;
export type ConsigneeStepData = z.output<typeof consigneeStepSchema>;
export type TransportStepInput = z.input<typeof transportStepSchema>;
export type TransportStepData = z.output<typeof transportStepSchema>;
export type GoodsItemInput = z.input<typeof goodsItemSchema>;
export type GoodsItemData = z.output<typeof goodsItemSchema>;
export type GoodsStepInput = z.input<typeof goodsStepSchema>;
export type GoodsStepData = z.output<typeof goodsStepSchema>;
export type InvoiceStepInput = z.input<typeof invoiceStepSchema>;
export type InvoiceStepData = z.output<typeof invoiceStepSchema>;
export type DeclarationStepInput = z.input<typeof declarationStepSchema>;
export type DeclarationStepData = z.output<typeof declarationStepSchema>;
export type FullApplicationInput = z.input<typeof fullApplicationSchema>;
export type FullApplicationData = z.output<typeof fullApplicationSchema>;
