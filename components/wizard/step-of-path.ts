import type { FormDStep } from "@/lib/forms/form-d/schema";

const stepFields: Record<Exclude<FormDStep, "review">, readonly string[]> = {
  consignee: ["consigneeName", "consigneeAddress", "importingCountry"],
  transport: ["departureDate", "transportMode", "vehicleOrVessel", "portOfLoading", "portOfDischarge"],
  goods: ["items"],
  invoice: ["invoiceNumber", "invoiceDate", "box13", "thirdCountryInvoicerName", "thirdCountryInvoicerCountry"],
  declaration: ["declarationPlace", "declarantName", "accept"],
};

/** Find the wizard step whose form contains the field at a dotted issue path: "items.0.hsCode" gives "goods". */
export function stepOfPath(path: string): FormDStep | null {
  const head = path.split(".")[0];
  for (const [step, names] of Object.entries(stepFields)) {
    if (names.includes(head)) return step as FormDStep;
  }
  return null;
}
