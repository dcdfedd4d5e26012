import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FieldIssue } from "../errors";
import { MAX_ITEMS, fieldMaxLengths } from "../forms/form-d/schema";
import { sampleFormDDocument } from "../testing/form-d-fixtures";
import type { FormDDocument } from "./form-d-document";
import {
  MAX_PRINTED_ITEMS,
  documentTextRules,
  findUnsupportedCharacter,
  itemTextRules,
  prepareFormDForPrint,
} from "./printable-form-d";

function issuesOf(document: FormDDocument): FieldIssue[] {
  try {
    prepareFormDForPrint(document);
  } catch (error) {
    assert.equal((error as { code?: string }).code, "VALIDATION_FAILED");
    return (error as { issues: FieldIssue[] }).issues;
  }
  return [];
}

describe("prepareFormDForPrint", () => {
  it("accepts the sample document", () => {
    assert.deepEqual(issuesOf(sampleFormDDocument()), []);
  });

  it("normalises text to NFC", () => {
    // "e" followed by U+0301 COMBINING ACUTE ACCENT composes to U+00E9, which Helvetica can draw.
    const prepared = prepareFormDForPrint(sampleFormDDocument({ consigneeName: "Cafe\u0301 Bangkok Co., Ltd." }));
    assert.equal(prepared.consigneeName, "Caf\u00e9 Bangkok Co., Ltd.");
  });

  it("joins lines of single-line fields", () => {
    const prepared = prepareFormDForPrint(sampleFormDDocument({ exporterName: "  Nam Kham\r\n Coffee\tCo., Ltd. " }));
    assert.equal(prepared.exporterName, "Nam Kham Coffee Co., Ltd.");
  });

  it("keeps lines of addresses", () => {
    const prepared = prepareFormDForPrint(sampleFormDDocument({ exporterAddress: "Ban Phonsavang\r\nPakse\n\n\n\nChampasak" }));
    assert.equal(prepared.exporterAddress, "Ban Phonsavang\nPakse\n\nChampasak");
  });

  it("rejects too many address lines", () => {
    const address = Array.from({ length: 7 }, (_, index) => `Line ${index + 1}`).join("\n");
    assert.deepEqual(issuesOf(sampleFormDDocument({ exporterAddress: address })), [
      { path: "exporterAddress", code: "tooManyLines", params: { max: 6 } },
    ]);
  });

  it("rejects an over-long description", () => {
    const base = sampleFormDDocument();
    const items = [{ ...base.items[0], description: "d".repeat(501) }];
    assert.deepEqual(issuesOf({ ...base, items }), [
      { path: "items.0.description", code: "tooLong", params: { max: 500 } },
    ]);
  });

  it("rejects Vietnamese letters with the code point", () => {
    assert.deepEqual(issuesOf(sampleFormDDocument({ consigneeName: "Công ty Hà Nội" })), [
      { path: "consigneeName", code: "unsupportedCharacter", params: { character: "ộ", codePoint: "U+1ED9" } },
    ]);
  });

  it("rejects missing required text", () => {
    assert.deepEqual(issuesOf(sampleFormDDocument({ certifyingOfficerName: "  " })), [
      { path: "certifyingOfficerName", code: "required" },
    ]);
  });

  it("allows an empty vehicle", () => {
    assert.deepEqual(issuesOf(sampleFormDDocument({ vehicleOrVessel: "" })), []);
  });

  it("rejects invalid dates and decimals", () => {
    const base = sampleFormDDocument();
    const items = [{ ...base.items[0], quantity: "1,050", fobValue: "10000.0.0" }];
    assert.deepEqual(issuesOf({ ...base, issueDate: "2027-02-30", items }), [
      { path: "issueDate", code: "invalidDate" },
      { path: "items.0.quantity", code: "invalidNumber" },
      { path: "items.0.fobValue", code: "invalidNumber" },
    ]);
  });

  it("requires a currency with FOB", () => {
    const base = sampleFormDDocument();
    const items = [{ ...base.items[0], fobCurrency: null }];
    assert.deepEqual(issuesOf({ ...base, items }), [{ path: "items.0.fobCurrency", code: "invalidCurrency" }]);
  });

  it("rejects no items and too many", () => {
    const base = sampleFormDDocument();
    assert.deepEqual(issuesOf({ ...base, items: [] }), [{ path: "items", code: "itemsRequired" }]);
    const items = Array.from({ length: MAX_PRINTED_ITEMS + 1 }, (_, index) => ({ ...base.items[0], itemNumber: index + 1 }));
    assert.deepEqual(issuesOf({ ...base, items }), [
      { path: "items", code: "tooManyItems", params: { max: MAX_PRINTED_ITEMS } },
    ]);
  });

  it("rejects a non-HTTP verification URL", () => {
    assert.deepEqual(issuesOf(sampleFormDDocument({ verificationUrl: "javascript:alert(1)" })), [
      { path: "verificationUrl", code: "invalidUrl" },
    ]);
  });
});

describe("print limits", () => {
  // Whatever the application form accepts must print, so the form's limits may not exceed these.
  it("cover the application form limits", () => {
    assert.ok(documentTextRules.exporterName.max >= fieldMaxLengths.name);
    assert.ok(documentTextRules.consigneeName.max >= fieldMaxLengths.name);
    assert.ok(documentTextRules.consigneeAddress.max >= fieldMaxLengths.address);
    assert.ok(documentTextRules.vehicleOrVessel.max >= fieldMaxLengths.shortText);
    assert.ok(documentTextRules.portOfLoading.max >= fieldMaxLengths.shortText);
    assert.ok(documentTextRules.portOfDischarge.max >= fieldMaxLengths.shortText);
    assert.ok(documentTextRules.invoiceNumber.max >= fieldMaxLengths.reference);
    assert.ok(itemTextRules.description.max >= fieldMaxLengths.description);
    assert.ok(itemTextRules.marksAndNumbers.max >= fieldMaxLengths.marks);
    assert.ok(MAX_PRINTED_ITEMS >= MAX_ITEMS);
  });
});

describe("findUnsupportedCharacter", () => {
  it("accepts Latin-1, Lao and typographic quotes", () => {
    assert.equal(findUnsupportedCharacter("Café “Nam Kham” – ບໍລິສັດ ນ້ຳຄຳ €"), undefined);
  });

  it("finds Thai script", () => {
    assert.equal(findUnsupportedCharacter("Bangkok กรุงเทพ"), "ก");
  });
});
