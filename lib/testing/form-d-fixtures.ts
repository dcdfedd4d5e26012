import type { FormDBox13Flags, FormDDocument, FormDItem } from "../certificates/form-d-document";

/** Build the Box 13 flags of the sample shipments, with only "Accumulation" ticked, as a new object. */
export function accumulationBox13(): FormDBox13Flags {
  return {
    thirdCountryInvoicing: false,
    exhibition: false,
    accumulation: true,
    deMinimis: false,
    backToBack: false,
    issuedRetroactively: false,
    partialCumulation: false,
  };
}

/**
 * Realistic Form D for tests: roasted and green coffee from Champasak to Bangkok, with an RVC item
 * that prints FOB and a wholly obtained item that does not, and Box 13 "Accumulation" ticked.
 */
export function sampleFormDDocument(overrides: Partial<FormDDocument> = {}): FormDDocument {
  const roastedCoffee: FormDItem = {
    itemNumber: 1,
    marksAndNumbers: "NKC-2027-01\nBANGKOK",
    packages: "70 bags (XBG)",
    description: "Roasted Arabica coffee beans, not decaffeinated, brand NAM KHAM, made by Nam Kham Coffee Co., Ltd.",
    hsCode: "0901.21",
    originCriterion: "72%",
    quantity: "1050",
    quantityUnit: "KGM",
    fobValue: "10000.00",
    fobCurrency: "USD",
  };
  const greenCoffee: FormDItem = {
    itemNumber: 2,
    marksAndNumbers: "NKC-2027-02",
    packages: "40 bags (XBG)",
    description: "Green Robusta coffee beans, not roasted, grown on the Bolaven Plateau",
    hsCode: "0901.11",
    originCriterion: "WO",
    quantity: "2400",
    quantityUnit: "KGM",
    fobValue: null,
    fobCurrency: null,
  };

  return {
    referenceNumber: "LA-TH 27/CPS/00042",
    issueDate: "2027-01-14",
    issuedInCountry: "LAO PDR",
    exporterName: "Nam Kham Coffee Co., Ltd.",
    exporterNameLao: "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ",
    exporterAddress: "Ban Phonsavang, Pakse District, Champasak Province",
    exporterCountry: "LAO PDR",
    consigneeName: "Siam Bean Trading Co., Ltd.",
    consigneeAddress: "88 Sukhumvit Road, Khlong Toei, Bangkok 10110",
    consigneeCountry: "THAILAND",
    departureDate: "2027-01-15",
    meansOfTransport: "Truck",
    vehicleOrVessel: "Truck 80-1234 (Champasak)",
    portOfLoading: "Vang Tao border checkpoint, LAO PDR",
    portOfDischarge: "Chong Mek, THAILAND",
    items: [roastedCoffee, greenCoffee],
    invoiceNumber: "NKC-INV-2027-0007",
    invoiceDate: "2027-01-10",
    thirdCountryInvoicer: null,
    producedInCountry: "LAO PDR",
    importingCountry: "THAILAND",
    declarationPlace: "Pakse",
    declarationDate: "2027-01-12",
    declarantName: "Mr. Somphone Vongsa, Export Manager",
    issuingOfficeName: "Champasak Provincial Department of Industry and Commerce",
    certificationPlace: "Pakse",
    certifyingOfficerName: "Ms. Keo Sengdara",
    box13: accumulationBox13(),
    verificationUrl: "https://eco.moic.gov.la/verify/7KX2MPZ9RTVW4QS8NBY3C0D5EFGH",
    verificationCode: "7KX2-MPZ9-RTVW-4QS8-NBY3-C0D5-EFGH",
    specimen: false,
    ...overrides,
  };
}

/** Text of exactly `length` characters in lines of wide letters, the tallest a field can print. */
function widestText(length: number, lines = 1): string {
  const lineLength = Math.floor((length - (lines - 1)) / lines);
  const line = "WM ".repeat(length).slice(0, lineLength).trimEnd().padEnd(lineLength, "W");
  return Array.from({ length: lines }, () => line).join("\n");
}

/**
 * Form D with every text field at its maximum length and line count, in wide letters, and the
 * maximum number of items: the tallest document the layout must still render.
 */
export function largestFormDDocument(limits: {
  documentTextRules: Record<string, { max: number; maxLines: number }>;
  itemTextRules: Record<string, { max: number; maxLines: number }>;
  maxItems: number;
}): FormDDocument {
  const base = sampleFormDDocument({ specimen: true });
  const fill = <T extends object>(record: T, rules: Record<string, { max: number; maxLines: number }>, keep: string[]): T => {
    const filled: Record<string, unknown> = { ...(record as Record<string, unknown>) };
    for (const [field, rule] of Object.entries(rules)) {
      if (!keep.includes(field)) filled[field] = widestText(rule.max, rule.maxLines);
    }
    return filled as T;
  };

  const keptDocumentFields = ["verificationUrl"];
  const keptItemFields = ["quantity", "quantityUnit"];
  const item = fill(base.items[0], limits.itemTextRules, keptItemFields);
  return {
    ...fill(base, limits.documentTextRules, keptDocumentFields),
    items: Array.from({ length: limits.maxItems }, (_, index) => ({ ...item, itemNumber: index + 1 })),
    thirdCountryInvoicer: { name: widestText(200), country: widestText(100) },
  };
}
