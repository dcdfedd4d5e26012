import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { z } from "zod";
import { toFieldIssues } from "../field-issues";
import {
  consigneeStepSchema,
  declarationStepSchema,
  formDSteps,
  fullApplicationSchema,
  goodsStepSchema,
  makeInvoiceStepSchema,
  normaliseHsCode,
  transportStepSchema,
  validationMessageKeys,
  type FullApplicationInput,
  type GoodsItemInput,
} from "./schema";

function validItem(overrides: Partial<GoodsItemInput> = {}): GoodsItemInput {
  return {
    marksAndNumbers: "NKC/TH/01",
    packageCount: "40",
    packageKind: "XBG",
    description: "Roasted coffee beans, not decaffeinated, brand Nam Kham",
    hsCode: "0901.21",
    originCriterion: "WO",
    quantity: "1050",
    quantityUnit: "KGM",
    fobValue: "",
    fobCurrency: "USD",
    ...overrides,
  };
}

function validApplication(overrides: Partial<FullApplicationInput> = {}): FullApplicationInput {
  return {
    consigneeName: "Siam Coffee Trading Co., Ltd.",
    consigneeAddress: "99 Sukhumvit Road, Bangkok 10110",
    importingCountry: "TH",
    departureDate: "2027-01-20",
    transportMode: "road",
    vehicleOrVessel: "Truck 80-1234",
    portOfLoading: "Vang Tao, Champasak",
    portOfDischarge: "Chong Mek, Ubon Ratchathani",
    items: [validItem()],
    invoiceNumber: "INV-2027-001",
    invoiceDate: "2027-01-18",
    box13: {},
    thirdCountryInvoicerName: "",
    thirdCountryInvoicerCountry: "",
    declarationPlace: "Pakse",
    declarantName: "Khamphone Sisouk",
    accept: true,
    ...overrides,
  };
}

/** Return the issues as "path: key" strings, so a failing assert shows them all. */
function issuesOf(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return toFieldIssues(result.error).map((issue) => `${issue.path}: ${issue.code}`);
}

function goodsIssues(item: Partial<GoodsItemInput>): string[] {
  return issuesOf(goodsStepSchema, { items: [validItem(item)] });
}

function parseGoodsItem(item: Partial<GoodsItemInput>) {
  return goodsStepSchema.parse({ items: [validItem(item)] }).items[0];
}

describe("form D step list", () => {
  it("orders the wizard steps", () => {
    assert.deepEqual([...formDSteps], ["consignee", "transport", "goods", "invoice", "review", "declaration"]);
  });
});

describe("consignee step", () => {
  it("accepts ASEAN importing countries", () => {
    for (const code of ["BN", "KH", "ID", "MY", "MM", "PH", "SG", "TH", "VN"]) {
      assert.deepEqual(issuesOf(consigneeStepSchema, { consigneeName: "A", consigneeAddress: "B", importingCountry: code }), [], code);
    }
  });

  it("rejects Lao PDR and non-ASEAN countries", () => {
    for (const code of ["LA", "CN", "US", "th"]) {
      assert.deepEqual(
        issuesOf(consigneeStepSchema, { consigneeName: "A", consigneeAddress: "B", importingCountry: code }),
        ["importingCountry: notAseanCountry"],
        code,
      );
    }
  });

  it("reports missing and blank fields as required", () => {
    assert.deepEqual(issuesOf(consigneeStepSchema, {}), [
      "consigneeName: required",
      "consigneeAddress: required",
      "importingCountry: requiredChoice",
    ]);
    assert.deepEqual(issuesOf(consigneeStepSchema, { consigneeName: "   ", consigneeAddress: "", importingCountry: "" }), [
      "consigneeName: required",
      "consigneeAddress: required",
      "importingCountry: requiredChoice",
    ]);
  });

  it("limits name and address length", () => {
    const issues = toFieldIssues(
      consigneeStepSchema.safeParse({ consigneeName: "x".repeat(201), consigneeAddress: "y".repeat(301), importingCountry: "TH" }).error!,
    );
    assert.deepEqual(issues, [
      { path: "consigneeName", code: "tooLong", params: { max: 200 } },
      { path: "consigneeAddress", code: "tooLong", params: { max: 300 } },
    ]);
    assert.deepEqual(
      issuesOf(consigneeStepSchema, { consigneeName: "x".repeat(200), consigneeAddress: "y".repeat(300), importingCountry: "TH" }),
      [],
    );
  });

  it("trims text fields", () => {
    const data = consigneeStepSchema.parse({ consigneeName: "  Siam  ", consigneeAddress: " Bangkok ", importingCountry: " TH " });
    assert.equal(data.consigneeName, "Siam");
    assert.equal(data.consigneeAddress, "Bangkok");
    assert.equal(data.importingCountry, "TH");
  });
});

describe("transport step", () => {
  const transport = {
    departureDate: "2027-01-20",
    transportMode: "road",
    vehicleOrVessel: "",
    portOfLoading: "Thanaleng (Friendship Bridge I)",
    portOfDischarge: "Nong Khai",
  };

  it("accepts a valid transport with empty vehicle", () => {
    assert.deepEqual(issuesOf(transportStepSchema, transport), []);
    assert.equal(transportStepSchema.parse({ ...transport, vehicleOrVessel: undefined }).vehicleOrVessel, "");
  });

  it("rejects impossible and malformed dates", () => {
    for (const date of ["2027-02-30", "2027-13-01", "20-01-2027", "2027/01/20"]) {
      assert.deepEqual(issuesOf(transportStepSchema, { ...transport, departureDate: date }), ["departureDate: invalidDate"], date);
    }
    assert.deepEqual(issuesOf(transportStepSchema, { ...transport, departureDate: "" }), ["departureDate: required"]);
  });

  it("accepts each transport mode and rejects others", () => {
    for (const mode of ["road", "rail", "air", "sea", "inlandWater", "multimodal"]) {
      assert.deepEqual(issuesOf(transportStepSchema, { ...transport, transportMode: mode }), [], mode);
    }
    assert.deepEqual(issuesOf(transportStepSchema, { ...transport, transportMode: "truck" }), ["transportMode: invalidOption"]);
    assert.deepEqual(issuesOf(transportStepSchema, { ...transport, transportMode: "" }), ["transportMode: requiredChoice"]);
  });

  it("reports an unchosen select as requiredChoice", () => {
    assert.deepEqual(issuesOf(transportStepSchema, { ...transport, transportMode: undefined }), ["transportMode: requiredChoice"]);
    assert.deepEqual(issuesOf(transportStepSchema, { ...transport, transportMode: "  " }), ["transportMode: requiredChoice"]);
    assert.deepEqual(goodsIssues({ packageKind: "" }), ["items.0.packageKind: requiredChoice"]);
    assert.deepEqual(goodsIssues({ quantityUnit: "" }), ["items.0.quantityUnit: requiredChoice"]);
    assert.deepEqual(goodsIssues({ packageKind: 7 as unknown as string }), ["items.0.packageKind: invalidType"]);
  });

  it("requires ports of loading and discharge", () => {
    assert.deepEqual(issuesOf(transportStepSchema, { ...transport, portOfLoading: "", portOfDischarge: " " }), [
      "portOfLoading: required",
      "portOfDischarge: required",
    ]);
  });
});

describe("goods step FOB value", () => {
  it("normalises thousands separators", () => {
    assert.equal(parseGoodsItem({ fobValue: "1,234.56" }).fobValue, "1234.56");
  });

  it("keeps a trailing zero", () => {
    assert.equal(parseGoodsItem({ fobValue: "1234.10" }).fobValue, "1234.10");
  });

  it("rejects three decimals", () => {
    assert.deepEqual(goodsIssues({ fobValue: "1234.565" }), ["items.0.fobValue: tooManyDecimals"]);
  });

  it("rejects a letter O for zero", () => {
    assert.deepEqual(goodsIssues({ fobValue: "12O4" }), ["items.0.fobValue: invalidNumber"]);
  });

  it("rejects malformed grouping, negatives and zero", () => {
    assert.deepEqual(goodsIssues({ fobValue: "1,23.00" }), ["items.0.fobValue: invalidNumber"]);
    assert.deepEqual(goodsIssues({ fobValue: "-5" }), ["items.0.fobValue: mustBePositive"]);
    assert.deepEqual(goodsIssues({ fobValue: "0.00" }), ["items.0.fobValue: mustBePositive"]);
    assert.deepEqual(goodsIssues({ fobValue: "12345678901234567" }), ["items.0.fobValue: tooLarge"]);
  });

  it("is optional for WO, CTH, CTSH, CC and SP", () => {
    for (const criterion of ["WO", "CTH", "CTSH", "CC", "SP"]) {
      const item = parseGoodsItem({ originCriterion: criterion, fobValue: "" });
      assert.equal(item.fobValue, null, criterion);
    }
  });

  it("is required for an RVC percentage", () => {
    assert.deepEqual(goodsIssues({ originCriterion: "72%", fobValue: "" }), ["items.0.fobValue: fobRequiredForRvc"]);
    assert.deepEqual(goodsIssues({ originCriterion: "72%", fobValue: undefined }), ["items.0.fobValue: fobRequiredForRvc"]);
    assert.equal(parseGoodsItem({ originCriterion: "72%", fobValue: "5,250.00" }).fobValue, "5250.00");
  });

  it("is required for partial cumulation", () => {
    assert.deepEqual(goodsIssues({ originCriterion: "PC 25%", fobValue: "  " }), ["items.0.fobValue: fobRequiredForRvc"]);
  });

  it("is reported together with other item issues", () => {
    assert.deepEqual(goodsIssues({ originCriterion: "72%", fobValue: "", quantity: "" }), [
      "items.0.quantity: required",
      "items.0.fobValue: fobRequiredForRvc",
    ]);
  });

  it("defaults the currency to USD", () => {
    assert.equal(parseGoodsItem({ fobCurrency: undefined }).fobCurrency, "USD");
    assert.equal(parseGoodsItem({ fobCurrency: "" }).fobCurrency, "USD");
    assert.equal(parseGoodsItem({ fobCurrency: "thb" }).fobCurrency, "THB");
    assert.deepEqual(goodsIssues({ fobCurrency: "XYZ" }), ["items.0.fobCurrency: invalidCurrency"]);
  });
});

describe("goods step quantity", () => {
  it("reports an empty gross weight as required", () => {
    assert.deepEqual(goodsIssues({ quantity: "" }), ["items.0.quantity: required"]);
    assert.deepEqual(goodsIssues({ quantity: "   " }), ["items.0.quantity: required"]);
  });

  it("accepts up to three decimals", () => {
    assert.equal(parseGoodsItem({ quantity: "1,050.250" }).quantity, "1050.250");
    assert.deepEqual(goodsIssues({ quantity: "1.2345" }), ["items.0.quantity: tooManyDecimals"]);
  });

  it("rejects zero and text", () => {
    assert.deepEqual(goodsIssues({ quantity: "0" }), ["items.0.quantity: mustBePositive"]);
    assert.deepEqual(goodsIssues({ quantity: "ten" }), ["items.0.quantity: invalidNumber"]);
  });

  it("checks the unit code", () => {
    for (const unit of ["KGM", "TNE", "GRM", "LTR", "C62", "H87", "PR", "DZN", "SET", "MTQ", "MTR", "MTK"]) {
      assert.deepEqual(goodsIssues({ quantityUnit: unit }), [], unit);
    }
    assert.deepEqual(goodsIssues({ quantityUnit: "KG" }), ["items.0.quantityUnit: invalidOption"]);
  });
});

describe("goods step other fields", () => {
  it("normalises HS codes to digits", () => {
    assert.equal(parseGoodsItem({ hsCode: "0901.21" }).hsCode, "090121");
    assert.equal(parseGoodsItem({ hsCode: "090121" }).hsCode, "090121");
    assert.equal(parseGoodsItem({ hsCode: "0901.21.10" }).hsCode, "09012110");
    assert.equal(parseGoodsItem({ hsCode: " 09012110 " }).hsCode, "09012110");
  });

  it("rejects malformed HS codes", () => {
    for (const code of ["0901", "901.21", "0901.2", "0901.21.1", "0901-21", "ABCD.EF", "0901.21.10.00"]) {
      assert.deepEqual(goodsIssues({ hsCode: code }), ["items.0.hsCode: invalidHsCode"], code);
    }
    assert.deepEqual(goodsIssues({ hsCode: "" }), ["items.0.hsCode: required"]);
  });

  it("normalises the origin criterion", () => {
    assert.equal(parseGoodsItem({ originCriterion: " cth " }).originCriterion, "CTH");
    assert.equal(parseGoodsItem({ originCriterion: "pc25 %", fobValue: "1" }).originCriterion, "PC 25%");
    assert.deepEqual(goodsIssues({ originCriterion: "PE" }), ["items.0.originCriterion: invalidCriterion"]);
    assert.deepEqual(goodsIssues({ originCriterion: "35%", fobValue: "1" }), ["items.0.originCriterion: invalidCriterion"]);
  });

  it("parses the package count as a positive integer", () => {
    assert.equal(parseGoodsItem({ packageCount: " 40 " }).packageCount, 40);
    assert.deepEqual(goodsIssues({ packageCount: "" }), ["items.0.packageCount: required"]);
    assert.deepEqual(goodsIssues({ packageCount: "0" }), ["items.0.packageCount: mustBePositive"]);
    assert.deepEqual(goodsIssues({ packageCount: "2.5" }), ["items.0.packageCount: invalidInteger"]);
    assert.deepEqual(goodsIssues({ packageCount: "-3" }), ["items.0.packageCount: invalidInteger"]);
    assert.deepEqual(goodsIssues({ packageCount: "99999999999" }), ["items.0.packageCount: tooLarge"]);
  });

  it("checks the package kind code", () => {
    assert.deepEqual(goodsIssues({ packageKind: "XCT" }), []);
    assert.deepEqual(goodsIssues({ packageKind: "BAG" }), ["items.0.packageKind: invalidOption"]);
  });

  it("limits description and marks length", () => {
    assert.deepEqual(goodsIssues({ description: "d".repeat(501), marksAndNumbers: "m".repeat(201) }), [
      "items.0.marksAndNumbers: tooLong",
      "items.0.description: tooLong",
    ]);
  });

  it("requires one to fifty items", () => {
    assert.deepEqual(issuesOf(goodsStepSchema, { items: [] }), ["items: itemsRequired"]);
    assert.deepEqual(issuesOf(goodsStepSchema, {}), ["items: required"]);
    assert.deepEqual(issuesOf(goodsStepSchema, { items: Array.from({ length: 50 }, () => validItem()) }), []);
    assert.deepEqual(issuesOf(goodsStepSchema, { items: Array.from({ length: 51 }, () => validItem()) }), ["items: tooManyItems"]);
  });

  it("numbers issue paths by item", () => {
    const issues = issuesOf(goodsStepSchema, { items: [validItem(), validItem({ fobValue: "1234.565" })] });
    assert.deepEqual(issues, ["items.1.fobValue: tooManyDecimals"]);
  });
});

describe("invoice step", () => {
  const invoice = { invoiceNumber: "INV-1", invoiceDate: "2027-01-18", box13: {} };

  it("defaults every Box 13 flag to false", () => {
    const data = makeInvoiceStepSchema().parse({ invoiceNumber: "INV-1", invoiceDate: "2027-01-18" });
    assert.deepEqual(data.box13, {
      thirdCountryInvoicing: false,
      exhibition: false,
      accumulation: false,
      deMinimis: false,
      backToBack: false,
      issuedRetroactively: false,
      partialCumulation: false,
    });
    assert.equal(data.thirdCountryInvoicerName, null);
    assert.equal(data.thirdCountryInvoicerCountry, null);
  });

  it("requires the invoicer for third-country invoicing", () => {
    assert.deepEqual(issuesOf(makeInvoiceStepSchema(), { ...invoice, box13: { thirdCountryInvoicing: true } }), [
      "thirdCountryInvoicerName: required",
      "thirdCountryInvoicerCountry: requiredChoice",
    ]);
    const data = makeInvoiceStepSchema().parse({
      ...invoice,
      box13: { thirdCountryInvoicing: true },
      thirdCountryInvoicerName: "Global Coffee Pte. Ltd.",
      thirdCountryInvoicerCountry: "sg",
    });
    assert.equal(data.thirdCountryInvoicerName, "Global Coffee Pte. Ltd.");
    assert.equal(data.thirdCountryInvoicerCountry, "SG");
  });

  it("rejects Lao PDR and unknown invoicer countries", () => {
    for (const country of ["LA", "ZZ"]) {
      assert.deepEqual(
        issuesOf(makeInvoiceStepSchema(), {
          ...invoice,
          box13: { thirdCountryInvoicing: true },
          thirdCountryInvoicerName: "X",
          thirdCountryInvoicerCountry: country,
        }),
        ["thirdCountryInvoicerCountry: invalidCountry"],
        country,
      );
    }
  });

  it("drops the invoicer when not ticked", () => {
    const data = makeInvoiceStepSchema().parse({ ...invoice, thirdCountryInvoicerName: "Old", thirdCountryInvoicerCountry: "SG" });
    assert.equal(data.thirdCountryInvoicerName, null);
    assert.equal(data.thirdCountryInvoicerCountry, null);
  });

  it("passes the departure date to the message", () => {
    const result = makeInvoiceStepSchema({ departureDate: "2027-01-17" }).safeParse(invoice);
    assert.equal(result.success, false);
    const issues = toFieldIssues(result.error!);
    assert.deepEqual(issues, [{ path: "invoiceDate", code: "invoiceAfterDeparture", params: { departureDate: "2027-01-17" } }]);
  });

  it("checks the invoice date against departure", () => {
    const schema = makeInvoiceStepSchema({ departureDate: "2027-01-17" });
    assert.deepEqual(issuesOf(schema, invoice), ["invoiceDate: invoiceAfterDeparture"]);
    assert.deepEqual(issuesOf(makeInvoiceStepSchema({ departureDate: "2027-01-18" }), invoice), []);
    assert.deepEqual(issuesOf(makeInvoiceStepSchema({ departureDate: null }), invoice), []);
  });
});

describe("declaration step", () => {
  it("requires the accepted declaration", () => {
    const declaration = { declarationPlace: "Pakse", declarantName: "Khamphone" };
    assert.deepEqual(issuesOf(declarationStepSchema, { ...declaration, accept: true }), []);
    assert.deepEqual(issuesOf(declarationStepSchema, { ...declaration, accept: false }), ["accept: mustAccept"]);
    assert.deepEqual(issuesOf(declarationStepSchema, declaration), ["accept: mustAccept"]);
  });
});

describe("full application schema", () => {
  it("accepts a complete application", () => {
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication()), []);
  });

  it("rejects an invoice after departure", () => {
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ invoiceDate: "2027-01-21" })), [
      "invoiceDate: invoiceAfterDeparture",
    ]);
  });

  it("accepts an invoice on the departure date", () => {
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ invoiceDate: "2027-01-20" })), []);
  });

  it("requires a PC item when partial cumulation is ticked", () => {
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ box13: { partialCumulation: true } })), [
      "box13.partialCumulation: partialCumulationWithoutPcItem",
    ]);
  });

  it("requires the tick for a PC item", () => {
    const items = [validItem(), validItem({ originCriterion: "PC 30%", fobValue: "100.00" })];
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ items })), [
      "items.1.originCriterion: pcItemWithoutPartialCumulation",
    ]);
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ items, box13: { partialCumulation: true } })), []);
  });

  it("checks the third-country invoicer", () => {
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ box13: { thirdCountryInvoicing: true } })), [
      "thirdCountryInvoicerName: required",
      "thirdCountryInvoicerCountry: requiredChoice",
    ]);
  });

  it("reports cross-field and field issues together", () => {
    assert.deepEqual(issuesOf(fullApplicationSchema, validApplication({ invoiceDate: "2027-01-21", consigneeName: "" })), [
      "consigneeName: required",
      "invoiceDate: invoiceAfterDeparture",
    ]);
  });

  it("uses only declared message keys", () => {
    const keys = new Set<string>(validationMessageKeys);
    const broken = validApplication({
      consigneeName: "",
      importingCountry: "CN",
      departureDate: "2027-02-30",
      transportMode: "bus",
      items: [validItem({ hsCode: "9", originCriterion: "72%", fobValue: "", quantity: "x", packageCount: "0" })],
      invoiceNumber: "i".repeat(101),
      box13: { thirdCountryInvoicing: true, partialCumulation: true },
      thirdCountryInvoicerCountry: "LA",
      accept: false as unknown as true,
    });
    const issues = toFieldIssues(fullApplicationSchema.safeParse(broken).error!);
    assert.ok(issues.length >= 8, `expected many issues, got ${issues.length}`);
    for (const issue of issues) {
      assert.ok(keys.has(issue.code), `undeclared key ${issue.code} at ${issue.path}`);
    }
  });
});

describe("normaliseHsCode", () => {
  it("returns digits or null", () => {
    assert.equal(normaliseHsCode("2101.11"), "210111");
    assert.equal(normaliseHsCode("0901.2110"), "09012110");
    assert.equal(normaliseHsCode("0901.21.1"), null);
  });
});
