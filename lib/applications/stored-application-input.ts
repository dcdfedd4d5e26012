import type { applicationItems, applications } from "@/db/schema";
import type { FullApplicationInput } from "@/lib/forms/form-d/schema";
import { trimFractionZeros } from "@/lib/money";

type ApplicationRow = typeof applications.$inferSelect;
type ItemRow = typeof applicationItems.$inferSelect;

/**
 * Turn a stored application back into the form values the full application schema parses, so
 * that submit validates what is stored with the same rules as the wizard. Missing values become
 * empty strings, which the schema reports as `required`.
 */
export function storedApplicationInput(
  application: ApplicationRow,
  items: readonly ItemRow[],
  declaration: { declarationPlace?: unknown; declarantName?: unknown; accept?: unknown },
): Record<keyof FullApplicationInput, unknown> {
  return {
    consigneeName: application.consigneeName ?? "",
    consigneeAddress: application.consigneeAddress ?? "",
    importingCountry: application.importingCountry ?? "",
    departureDate: application.departureDate ?? "",
    transportMode: application.transportMode ?? "",
    vehicleOrVessel: application.vehicleOrVessel ?? "",
    portOfLoading: application.portOfLoading ?? "",
    portOfDischarge: application.portOfDischarge ?? "",
    items: items.map((item) => ({
      marksAndNumbers: item.marksAndNumbers,
      packageCount: String(item.packageCount),
      packageKind: item.packageKind,
      description: item.description,
      hsCode: item.hsCode,
      originCriterion: item.originCriterion,
      quantity: trimFractionZeros(item.quantity),
      quantityUnit: item.quantityUnit,
      fobValue: item.fobValue ?? "",
      fobCurrency: item.fobCurrency ?? "",
    })),
    invoiceNumber: application.invoiceNumber ?? "",
    invoiceDate: application.invoiceDate ?? "",
    box13: application.box13 ?? undefined,
    thirdCountryInvoicerName: application.thirdCountryInvoicerName ?? "",
    thirdCountryInvoicerCountry: application.thirdCountryInvoicerCountry ?? "",
    declarationPlace: declaration.declarationPlace,
    declarantName: declaration.declarantName,
    accept: declaration.accept,
  };
}
