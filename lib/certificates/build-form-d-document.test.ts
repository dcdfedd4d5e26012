import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildFormDDocument, type FormDDocumentSource } from "./build-form-d-document";

const now = new Date("2027-01-20T03:00:00Z");

function source(overrides: Partial<FormDDocumentSource["application"]> = {}): FormDDocumentSource {
  return {
    application: {
      id: "7d1f8a52-2d0e-4c5e-9a55-0d6f5a4c1a01",
      companyId: "c",
      officeId: "o",
      formType: "D",
      status: "submitted",
      lastStep: 5,
      consigneeName: "Siam Coffee Trading Co., Ltd.",
      consigneeAddress: "99 Sukhumvit Road, Bangkok",
      importingCountry: "TH",
      departureDate: "2027-01-20",
      transportMode: "road",
      vehicleOrVessel: null,
      portOfLoading: "Vang Tao",
      portOfDischarge: "Chong Mek",
      invoiceNumber: "INV-1",
      invoiceDate: "2027-01-18",
      box13: {
        thirdCountryInvoicing: true,
        exhibition: false,
        accumulation: false,
        deMinimis: false,
        backToBack: false,
        issuedRetroactively: false,
        partialCumulation: false,
      },
      thirdCountryInvoicerName: "Global Coffee Pte. Ltd.",
      thirdCountryInvoicerCountry: "SG",
      declarationPlace: "Pakse",
      declarantName: "Bounmy Phetsavong",
      declarationDate: "2027-01-19",
      returnReason: null,
      createdBy: "u",
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    },
    items: [
      {
        id: "i1",
        applicationId: "a",
        lineNumber: 1,
        marksAndNumbers: "N/M",
        packageCount: 40,
        packageKind: "XBG",
        description: "Roasted coffee",
        hsCode: "09012110",
        originCriterion: "72%",
        quantity: "1050.500",
        quantityUnit: "KGM",
        fobValue: "1234.10",
        fobCurrency: "USD",
      },
      {
        id: "i2",
        applicationId: "a",
        lineNumber: 2,
        marksAndNumbers: "N/M",
        packageCount: 1,
        packageKind: "XPX",
        description: "Green coffee",
        hsCode: "090111",
        originCriterion: "WO",
        quantity: "500.000",
        quantityUnit: "KGM",
        fobValue: null,
        fobCurrency: "USD",
      },
    ],
    company: {
      id: "c",
      officeId: "o",
      nameEn: "Nam Kham Coffee Co., Ltd.",
      nameLo: "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ",
      addressEn: "Pakse, Champasak",
      addressLo: "ປາກເຊ, ຈຳປາສັກ",
      province: "LA-CH",
      taxId: null,
      enterpriseRegistrationNumber: null,
      status: "approved",
      createdAt: now,
    },
    office: {
      id: "o",
      code: "VTE",
      nameEn: "Department of Industry and Commerce, Vientiane Capital",
      nameLo: "ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ນະຄອນຫຼວງວຽງຈັນ",
      province: "LA-VT",
      certificationPlace: "VIENTIANE",
      createdAt: now,
    },
    certifyingOfficerName: "Vilayphone Keomany",
    referenceNumber: "LA-TH 27/VTE/00001",
    issueDate: "2027-01-20",
    verificationToken: "7KX2MPZ9ABCDEFGH0123456789VW",
    baseUrl: "https://eco.example.la/",
    specimen: true,
  };
}

describe("buildFormDDocument", () => {
  it("prints each party's country once", () => {
    const withCountries = source({ consigneeAddress: "99 Sukhumvit Road, Bangkok 10110, Thailand" });
    withCountries.company = { ...withCountries.company, addressEn: "Road 13 South, Pakse District, Champasak Province, Lao PDR" };
    const document = buildFormDDocument(withCountries);

    assert.equal(document.exporterAddress, "Road 13 South, Pakse District, Champasak Province");
    assert.equal(document.exporterCountry, "LAO PDR");
    assert.equal(document.consigneeAddress, "99 Sukhumvit Road, Bangkok 10110");
    assert.equal(document.consigneeCountry, "THAILAND");

    // An address that does not end with the country is printed as typed.
    assert.equal(buildFormDDocument(source()).consigneeAddress, "99 Sukhumvit Road, Bangkok");
    assert.equal(buildFormDDocument(source()).exporterAddress, "Pakse, Champasak");
  });

  it("fills every box from the application", () => {
    const document = buildFormDDocument(source());
    assert.equal(document.issuedInCountry, "LAO PDR");
    assert.equal(document.exporterName, "Nam Kham Coffee Co., Ltd.");
    assert.equal(document.exporterNameLao, "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ");
    assert.equal(document.consigneeCountry, "THAILAND");
    assert.equal(document.importingCountry, "THAILAND");
    assert.equal(document.meansOfTransport, "Truck");
    assert.equal(document.vehicleOrVessel, "");
    assert.equal(document.issuingOfficeName, "Department of Industry and Commerce, Vientiane Capital");
    assert.equal(document.certificationPlace, "VIENTIANE");
    assert.equal(document.certifyingOfficerName, "Vilayphone Keomany");
    assert.equal(document.declarationDate, "2027-01-19");
    assert.equal(document.specimen, true);
  });

  it("prints items with packages, HS display and FOB", () => {
    const [first, second] = buildFormDDocument(source()).items;
    assert.deepEqual(first, {
      itemNumber: 1,
      marksAndNumbers: "N/M",
      packages: "40 bags",
      description: "Roasted coffee",
      hsCode: "0901.21.10",
      originCriterion: "72%",
      quantity: "1050.5",
      quantityUnit: "KGM",
      fobValue: "1234.10",
      fobCurrency: "USD",
    });
    assert.equal(second.packages, "1 pallet");
    assert.equal(second.quantity, "500");
    assert.equal(second.fobValue, null);
    assert.equal(second.fobCurrency, null);
  });

  it("adds the third-country invoicer", () => {
    assert.deepEqual(buildFormDDocument(source()).thirdCountryInvoicer, { name: "Global Coffee Pte. Ltd.", country: "SINGAPORE" });
    const unticked = source();
    unticked.application.box13 = { ...unticked.application.box13!, thirdCountryInvoicing: false };
    assert.equal(buildFormDDocument(unticked).thirdCountryInvoicer, null);
  });

  it("builds the verification URL and code", () => {
    const document = buildFormDDocument(source());
    assert.equal(document.verificationUrl, "https://eco.example.la/verify/7KX2MPZ9ABCDEFGH0123456789VW");
    assert.equal(document.verificationCode, "7KX2-MPZ9-ABCD-EFGH-0123-4567-89VW");
  });

  it("throws when a required value is missing", () => {
    assert.throws(() => buildFormDDocument(source({ invoiceNumber: null })), /no invoice number/);
  });
});
