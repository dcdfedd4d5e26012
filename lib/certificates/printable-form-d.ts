/**
 * Checks that a Form D document fits the PDF layout before it is rendered. The limits keep every
 * table row and box shorter than a page, which is what keeps react-pdf from looping forever on an
 * element it can neither fit nor split (see pdf-render-worker.ts).
 */
import { isIsoDate } from "../dates";
import { AppError, type FieldIssue } from "../errors";
import type { FormDDocument, FormDItem } from "./form-d-document";
import { isDecimalString } from "./print-format";

type TextRule = {
  max: number;
  /** Lines a value may have; values limited to 1 line have their line breaks replaced by spaces. */
  maxLines: number;
  required: boolean;
};

const singleLine = (max: number, required = true): TextRule => ({ max, maxLines: 1, required });
const multiLine = (max: number, maxLines: number): TextRule => ({ max, maxLines, required: true });

/** Maximum characters and lines of each text field of the document. */
export const documentTextRules = {
  referenceNumber: singleLine(50),
  issuedInCountry: singleLine(100),
  exporterName: singleLine(200),
  exporterNameLao: singleLine(200, false),
  exporterAddress: multiLine(300, 6),
  exporterCountry: singleLine(100),
  consigneeName: singleLine(200),
  consigneeAddress: multiLine(300, 6),
  consigneeCountry: singleLine(100),
  meansOfTransport: singleLine(200, false),
  vehicleOrVessel: singleLine(200, false),
  portOfLoading: singleLine(200, false),
  portOfDischarge: singleLine(200, false),
  invoiceNumber: singleLine(100),
  producedInCountry: singleLine(100),
  importingCountry: singleLine(100),
  declarationPlace: singleLine(200),
  declarantName: singleLine(200),
  issuingOfficeName: singleLine(200),
  certificationPlace: singleLine(200),
  certifyingOfficerName: singleLine(200),
  verificationUrl: singleLine(200),
  verificationCode: singleLine(40),
} satisfies Partial<Record<keyof FormDDocument, TextRule>>;

/** Maximum characters and lines of each text field of an item. */
export const itemTextRules = {
  marksAndNumbers: multiLine(200, 6),
  packages: singleLine(200),
  description: multiLine(500, 12),
  hsCode: singleLine(20),
  originCriterion: singleLine(40),
  quantity: singleLine(25),
  quantityUnit: singleLine(10),
} satisfies Partial<Record<keyof FormDItem, TextRule>>;

export const thirdCountryInvoicerTextRules = {
  name: singleLine(200),
  country: singleLine(100),
};

export const MAX_PRINTED_ITEMS = 50;

/**
 * Characters the embedded fonts can draw: Helvetica's WinAnsi set (Latin-1 plus typographic
 * quotes, dashes, the euro sign and a few letters) and the Lao letters of Phetsarath, plus the
 * zero-width characters used for line breaking and Lao shaping.
 */
const printableCharacter =
  /[\n\x20-\x7E\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122\u0E81-\u0EDF\u200B-\u200D]/u;

/**
 * Return the first character of `text` that no embedded font can draw, or undefined when all can.
 * NOTE: Vietnamese or Thai script (e.g. a consignee's name) is rejected: printing it needs another
 * embedded font, such as a Noto Sans subset, added to the template's font stack.
 */
export function findUnsupportedCharacter(text: string): string | undefined {
  for (const character of text) {
    if (!printableCharacter.test(character)) return character;
  }
  return undefined;
}

/** NFC-normalise, unify line breaks and tabs, trim lines, and join lines when only one is allowed. */
function normaliseText(value: string, rule: TextRule): string {
  const lines = value
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim());
  if (rule.maxLines === 1) return lines.filter((line) => line !== "").join(" ");
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

function checkText(value: string, rule: TextRule, path: string, issues: FieldIssue[]): void {
  if (value === "") {
    if (rule.required) issues.push({ path, code: "required" });
    return;
  }
  if (value.length > rule.max) issues.push({ path, code: "tooLong", params: { max: rule.max } });
  if (value.split("\n").length > rule.maxLines) issues.push({ path, code: "tooManyLines", params: { max: rule.maxLines } });
  const unsupported = findUnsupportedCharacter(value);
  if (unsupported !== undefined) {
    const codePoint = `U+${unsupported.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    issues.push({ path, code: "unsupportedCharacter", params: { character: unsupported, codePoint } });
  }
}

function normaliseFields<T extends Record<string, unknown>>(
  record: T,
  rules: Record<string, TextRule>,
  pathPrefix: string,
  issues: FieldIssue[],
): T {
  const normalised: Record<string, unknown> = { ...record };
  for (const [field, rule] of Object.entries(rules)) {
    const raw = record[field];
    if (raw === null && !rule.required) continue;
    if (typeof raw !== "string") {
      issues.push({ path: `${pathPrefix}${field}`, code: rule.required ? "required" : "invalidType" });
      continue;
    }
    const value = normaliseText(raw, rule);
    checkText(value, rule, `${pathPrefix}${field}`, issues);
    normalised[field] = value;
  }
  return normalised as T;
}

function checkDate(value: string, path: string, issues: FieldIssue[]): void {
  if (!isIsoDate(value)) issues.push({ path, code: "invalidDate" });
}

function prepareItem(item: FormDItem, index: number, issues: FieldIssue[]): FormDItem {
  const prefix = `items.${index}.`;
  const prepared = normaliseFields(item, itemTextRules, prefix, issues);

  if (prepared.quantity && !isDecimalString(prepared.quantity)) {
    issues.push({ path: `${prefix}quantity`, code: "invalidNumber" });
  }
  if (prepared.fobValue !== null) {
    if (!isDecimalString(prepared.fobValue)) issues.push({ path: `${prefix}fobValue`, code: "invalidNumber" });
    if (prepared.fobCurrency === null || !/^[A-Z]{3}$/.test(prepared.fobCurrency)) {
      issues.push({ path: `${prefix}fobCurrency`, code: "invalidCurrency" });
    }
  }
  return prepared;
}

/**
 * Normalise the text of a Form D document for printing and check it against the layout limits.
 * Throws AppError VALIDATION_FAILED with one field issue per problem; values are never truncated,
 * because a certificate must print exactly what was approved.
 */
export function prepareFormDForPrint(document: FormDDocument): FormDDocument {
  const issues: FieldIssue[] = [];
  const prepared = normaliseFields(document, documentTextRules, "", issues);

  checkDate(prepared.issueDate, "issueDate", issues);
  checkDate(prepared.departureDate, "departureDate", issues);
  checkDate(prepared.invoiceDate, "invoiceDate", issues);
  checkDate(prepared.declarationDate, "declarationDate", issues);
  if (prepared.verificationUrl && !/^https?:\/\/\S+$/.test(prepared.verificationUrl)) {
    issues.push({ path: "verificationUrl", code: "invalidUrl" });
  }

  if (prepared.items.length === 0) issues.push({ path: "items", code: "itemsRequired" });
  if (prepared.items.length > MAX_PRINTED_ITEMS) {
    issues.push({ path: "items", code: "tooManyItems", params: { max: MAX_PRINTED_ITEMS } });
  }
  prepared.items = prepared.items.map((item, index) => prepareItem(item, index, issues));

  if (prepared.thirdCountryInvoicer !== null) {
    prepared.thirdCountryInvoicer = normaliseFields(
      prepared.thirdCountryInvoicer,
      thirdCountryInvoicerTextRules,
      "thirdCountryInvoicer.",
      issues,
    );
  }

  if (issues.length > 0) {
    const summary = issues.map((issue) => `${issue.path}: ${issue.code}`).join(", ");
    throw new AppError("VALIDATION_FAILED", `Form D document cannot be printed: ${summary}`, issues);
  }
  return prepared;
}
