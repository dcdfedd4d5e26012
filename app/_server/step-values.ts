import type { ApplicationView } from "@/components/application/view";
import type { DeclarationFormValues } from "@/components/wizard/steps/step-props";
import { emptyGoodsItem } from "@/components/wizard/steps/empty-goods-item";
import { formatHsCode } from "@/lib/hs/hs-list";
import type {
  ConsigneeStepInput,
  GoodsStepInput,
  InvoiceStepInput,
  TransportStepInput,
} from "@/lib/forms/form-d/schema";

/** Convert the saved application to form field values (strings and booleans) for each wizard step. */
export function stepValues(application: ApplicationView) {
  const consignee: ConsigneeStepInput = {
    consigneeName: application.consigneeName ?? "",
    consigneeAddress: application.consigneeAddress ?? "",
    importingCountry: application.importingCountry ?? "",
  };

  const transport: TransportStepInput = {
    departureDate: application.departureDate ?? "",
    transportMode: application.transportMode ?? "",
    vehicleOrVessel: application.vehicleOrVessel ?? "",
    portOfLoading: application.portOfLoading ?? "",
    portOfDischarge: application.portOfDischarge ?? "",
  };

  const goods: GoodsStepInput = {
    items:
      application.items.length > 0
        ? application.items.map((item) => ({
            marksAndNumbers: item.marksAndNumbers,
            packageCount: String(item.packageCount),
            packageKind: item.packageKind,
            description: item.description,
            hsCode: formatHsCode(item.hsCode),
            originCriterion: item.originCriterion,
            quantity: item.quantity,
            quantityUnit: item.quantityUnit,
            fobValue: item.fobValue ?? "",
            fobCurrency: item.fobCurrency ?? emptyGoodsItem.fobCurrency,
          }))
        : [{ ...emptyGoodsItem }],
  };

  const invoice: InvoiceStepInput = {
    invoiceNumber: application.invoiceNumber ?? "",
    invoiceDate: application.invoiceDate ?? "",
    box13: {
      thirdCountryInvoicing: application.box13?.thirdCountryInvoicing ?? false,
      exhibition: application.box13?.exhibition ?? false,
      accumulation: application.box13?.accumulation ?? false,
      deMinimis: application.box13?.deMinimis ?? false,
      backToBack: application.box13?.backToBack ?? false,
      issuedRetroactively: application.box13?.issuedRetroactively ?? false,
      partialCumulation: application.box13?.partialCumulation ?? false,
    },
    thirdCountryInvoicerName: application.thirdCountryInvoicerName ?? "",
    thirdCountryInvoicerCountry: application.thirdCountryInvoicerCountry ?? "",
  };

  const declaration: DeclarationFormValues = {
    declarationPlace: application.declarationPlace ?? "",
    declarantName: application.declarantName ?? "",
    accept: false,
  };

  return { consignee, transport, goods, invoice, declaration };
}
