import type { AgreementId } from "./agreements";
import { OriginDecimal } from "./decimal";
import type { MaterialInput, OriginAssessmentInput } from "./types";

/** Cost sheets of the worked examples in docs/origin-rules.md, for the tests. */

const THAI_FORM_D = { kind: "CERTIFICATE_OF_ORIGIN", country: "TH", agreement: "ATIGA" } as const;
const LAO_SUPPLIER = { kind: "SUPPLIER_DECLARATION", country: "LA" } as const;

/** 1,000 kg roasted Arabica from Pakse to Bangkok, FOB USD 10,000; RVC 72.4% both ways. */
export function roastedCoffee(agreements: AgreementId[] = ["ATIGA"]): OriginAssessmentInput {
  return {
    product: { name: "Roasted ground Arabica coffee, 250 g valve bags", hsCode: "0901.21" },
    agreements,
    importingCountry: "TH",
    fob: "10000",
    currency: "USD",
    materials: [
      { id: "lao-beans", name: "Lao green Arabica", hsCode: "0901.11", value: "2160", origin: "WHOLLY_OBTAINED_LAO" },
      { id: "retail-boxes", name: "Printed retail boxes", hsCode: "4819.20", value: "200", origin: "ORIGINATING", evidence: THAI_FORM_D },
      { id: "labels", name: "Labels printed in Vientiane", hsCode: "4821.10", value: "100", origin: "ORIGINATING", evidence: LAO_SUPPLIER },
      { id: "brazil-beans", name: "Brazilian green Arabica", hsCode: "0901.11", value: "2160", origin: "NON_ORIGINATING" },
      { id: "foil-bags", name: "Foil valve bags", hsCode: "3923.29", value: "600", origin: "NON_ORIGINATING" },
    ],
    directLabour: "900",
    directOverhead: "1100",
    otherCosts: "640",
    profit: "2140",
  };
}

/** 1,000 pairs of men's cotton denim trousers, FOB USD 8,500; RVC 35.88% both ways. */
export function denimTrousers(
  agreements: AgreementId[] = ["ATIGA"],
  overrides: { fabric?: string; profit?: string } = {},
): OriginAssessmentInput {
  return {
    product: { name: "Men's cotton denim trousers", hsCode: "6203.42" },
    agreements,
    importingCountry: "TH",
    fob: "8500",
    currency: "USD",
    materials: [
      { id: "fabric", name: "Cotton denim fabric", hsCode: "5209.42", value: overrides.fabric ?? "5000", origin: "NON_ORIGINATING" },
      { id: "zippers", name: "Zippers", hsCode: "9607.11", value: "300", origin: "NON_ORIGINATING" },
      { id: "thread", name: "Sewing thread bought locally", hsCode: "5204.11", value: "150", origin: "UNDETERMINED" },
      { id: "buttons-labels", name: "Buttons and labels", hsCode: "9606.21", value: "250", origin: "ORIGINATING", evidence: THAI_FORM_D },
      { id: "polybags", name: "Polybags made in Laos", hsCode: "3923.21", value: "100", origin: "ORIGINATING", evidence: LAO_SUPPLIER },
    ],
    directLabour: "1300",
    directOverhead: "700",
    otherCosts: "400",
    profit: overrides.profit ?? "300",
  };
}

/**
 * Instant coffee, FOB USD 10,000, with imported extract of the same subheading worth
 * `extractValue`. RVC is 39%, so only the CTH route with de minimis can qualify.
 */
export function instantCoffee(extractValue: string, agreements: AgreementId[] = ["ATIGA"]): OriginAssessmentInput {
  // Green coffee absorbs the change in extract value so the cost sheet keeps adding up to FOB.
  const greenCoffeeValue = new OriginDecimal(5100).minus(extractValue).toFixed();
  const materials: MaterialInput[] = [
    { id: "lao-roasted", name: "Lao roasted coffee", hsCode: "0901.21", value: "2000", origin: "ORIGINATING", evidence: LAO_SUPPLIER },
    { id: "green-coffee", name: "Imported green coffee", hsCode: "0901.11", value: greenCoffeeValue, origin: "NON_ORIGINATING" },
    { id: "jars", name: "Glass jars", hsCode: "7010.90", value: "1000", origin: "NON_ORIGINATING" },
    { id: "extract", name: "Instant coffee extract", hsCode: "2101.11", value: extractValue, origin: "NON_ORIGINATING" },
  ];
  return {
    product: { name: "Instant coffee", hsCode: "2101.11" },
    agreements,
    fob: "10000",
    currency: "USD",
    materials,
    directLabour: "700",
    directOverhead: "600",
    otherCosts: "300",
    profit: "300",
  };
}
