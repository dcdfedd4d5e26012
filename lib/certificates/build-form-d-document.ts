import type { applicationItems, applications, companies, offices } from "@/db/schema";
import { findAseanImportingCountry, LAO_PDR } from "@/lib/forms/form-d/countries";
import { findPackageKind, transportModes } from "@/lib/forms/form-d/units";
import { formatHsCode } from "@/lib/hs/hs-list";
import { trimFractionZeros } from "@/lib/money";
import type { FormDDocument, FormDItem } from "./form-d-document";
import { addressWithoutCountry, laoCountryNames } from "./printed-address";
import { verificationCodeOf } from "./verification-token";

export type FormDDocumentSource = {
  application: typeof applications.$inferSelect;
  items: (typeof applicationItems.$inferSelect)[];
  company: typeof companies.$inferSelect;
  office: typeof offices.$inferSelect;
  certifyingOfficerName: string;
  referenceNumber: string;
  issueDate: string;
  verificationToken: string;
  /** Origin of the public verification page, without a trailing slash. */
  baseUrl: string;
  specimen: boolean;
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** Upper-case English country name as printed on the form, e.g. "SINGAPORE". */
function printedCountryName(code: string): string {
  return (findAseanImportingCountry(code)?.printName ?? regionNames.of(code) ?? code).toUpperCase();
}

/** English names of a country that may end an address typed for it, e.g. "Thailand". */
function countryNamesOf(code: string): string[] {
  const country = findAseanImportingCountry(code);
  return [country?.nameEn, country?.printName, regionNames.of(code)].filter((name): name is string => Boolean(name));
}

function requireValue(value: string | null, field: string): string {
  if (value === null) throw new Error(`Submitted application has no ${field}`);
  return value;
}

function packagesText(count: number, kindCode: string): string {
  const kind = findPackageKind(kindCode);
  if (!kind) return `${count} ${kindCode}`;
  return `${count} ${count === 1 ? kind.en : kind.enPlural}`;
}

/** Build everything printed on the Form D from a submitted application and the issuing data. */
export function buildFormDDocument(source: FormDDocumentSource): FormDDocument {
  const { application, company, office } = source;
  const importingCountry = requireValue(application.importingCountry, "importing country");
  const transportMode = transportModes.find((mode) => mode.code === application.transportMode);

  const items: FormDItem[] = source.items.map((item) => ({
    itemNumber: item.lineNumber,
    marksAndNumbers: item.marksAndNumbers,
    packages: packagesText(item.packageCount, item.packageKind),
    description: item.description,
    hsCode: formatHsCode(item.hsCode),
    originCriterion: item.originCriterion,
    quantity: trimFractionZeros(item.quantity),
    quantityUnit: item.quantityUnit,
    fobValue: item.fobValue,
    fobCurrency: item.fobValue === null ? null : item.fobCurrency,
  }));

  const box13 = application.box13 ?? {
    thirdCountryInvoicing: false,
    exhibition: false,
    accumulation: false,
    deMinimis: false,
    backToBack: false,
    issuedRetroactively: false,
    partialCumulation: false,
  };
  const invoicer =
    box13.thirdCountryInvoicing && application.thirdCountryInvoicerName && application.thirdCountryInvoicerCountry
      ? { name: application.thirdCountryInvoicerName, country: printedCountryName(application.thirdCountryInvoicerCountry) }
      : null;

  return {
    referenceNumber: source.referenceNumber,
    issueDate: source.issueDate,
    issuedInCountry: LAO_PDR.printName,
    exporterName: company.nameEn,
    exporterNameLao: company.nameLo,
    // Boxes 1 and 2 print the country on a line of its own, so a country that ends the address is removed.
    exporterAddress: addressWithoutCountry(company.addressEn, laoCountryNames),
    exporterCountry: LAO_PDR.printName,
    consigneeName: requireValue(application.consigneeName, "consignee name"),
    consigneeAddress: addressWithoutCountry(requireValue(application.consigneeAddress, "consignee address"), countryNamesOf(importingCountry)),
    consigneeCountry: printedCountryName(importingCountry),
    departureDate: requireValue(application.departureDate, "departure date"),
    meansOfTransport: transportMode?.en ?? requireValue(application.transportMode, "transport mode"),
    vehicleOrVessel: application.vehicleOrVessel ?? "",
    portOfLoading: requireValue(application.portOfLoading, "port of loading"),
    portOfDischarge: requireValue(application.portOfDischarge, "port of discharge"),
    items,
    invoiceNumber: requireValue(application.invoiceNumber, "invoice number"),
    invoiceDate: requireValue(application.invoiceDate, "invoice date"),
    thirdCountryInvoicer: invoicer,
    producedInCountry: LAO_PDR.printName,
    importingCountry: printedCountryName(importingCountry),
    declarationPlace: requireValue(application.declarationPlace, "declaration place"),
    declarationDate: requireValue(application.declarationDate, "declaration date"),
    declarantName: requireValue(application.declarantName, "declarant name"),
    issuingOfficeName: office.nameEn,
    certificationPlace: office.certificationPlace,
    certifyingOfficerName: source.certifyingOfficerName,
    box13,
    verificationUrl: `${source.baseUrl.replace(/\/+$/, "")}/verify/${source.verificationToken}`,
    verificationCode: verificationCodeOf(source.verificationToken),
    specimen: source.specimen,
  };
}
