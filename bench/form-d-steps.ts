/** Form D wizard values shared by the benchmark scripts. */
import { addDays, laoDate } from "@/lib/dates";
import { accumulationBox13 } from "@/lib/testing/form-d-fixtures";

/**
 * Return the step values of a valid two-item coffee shipment to Thailand, as the wizard sends them,
 * with the departure 10 days after today in Vientiane.
 */
export function formDStepValues(now = new Date()) {
  const departureDate = addDays(laoDate(now), 10);
  const item = { marksAndNumbers: "NK/TH/01-42", packageCount: "42", packageKind: "XBG", quantityUnit: "KGM", fobCurrency: "USD" };
  return {
    consignee: { consigneeName: "Siam Roasters Co., Ltd.", consigneeAddress: "88 Sukhumvit Soi 21, Bangkok 10110", importingCountry: "TH" },
    transport: {
      departureDate,
      transportMode: "road",
      vehicleOrVessel: "VT 4567",
      portOfLoading: "Vang Tao, Champasak",
      portOfDischarge: "Bangkok",
    },
    goods: {
      items: [
        { ...item, description: "Roasted coffee beans, not decaffeinated", hsCode: "0901.21", originCriterion: "72%", quantity: "1050", fobValue: "10000.00" },
        { ...item, description: "Green coffee beans, not roasted", hsCode: "0901.11", originCriterion: "WO", quantity: "900", fobValue: "" },
      ],
    },
    invoice: {
      invoiceNumber: "NK-INV-2026-0117",
      invoiceDate: addDays(departureDate, -1),
      box13: accumulationBox13(),
      thirdCountryInvoicerName: "",
      thirdCountryInvoicerCountry: "",
    },
    declaration: { declarationPlace: "VIENTIANE", declarantName: "Bounmy Phetsavong", accept: true },
  };
}

export const formDDataSteps = ["consignee", "transport", "goods", "invoice"] as const;
