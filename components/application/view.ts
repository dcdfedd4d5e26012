import type { FormDBox13Flags as Box13Flags } from "@/lib/certificates/form-d-document";

export type ApplicationStatus = "draft" | "submitted" | "returned" | "issued";

export type ApplicationItemView = {
  lineNumber: number;
  marksAndNumbers: string;
  packageCount: number;
  packageKind: string;
  description: string;
  /** Digits only, e.g. "090121". */
  hsCode: string;
  originCriterion: string;
  /** Decimal string. */
  quantity: string;
  quantityUnit: string;
  fobValue: string | null;
  fobCurrency: string | null;
};

/** An application as the pages show it, with codes still as codes; components translate them. */
export type ApplicationView = {
  id: string;
  status: ApplicationStatus;
  /** Index in formDSteps of the step to resume at. */
  lastStep: number;
  returnReason: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  exporter: { nameEn: string; nameLo: string; addressEn: string } | null;
  office: { nameEn: string; nameLo: string } | null;
  consigneeName: string | null;
  consigneeAddress: string | null;
  importingCountry: string | null;
  departureDate: string | null;
  transportMode: string | null;
  vehicleOrVessel: string | null;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  items: ApplicationItemView[];
  invoiceNumber: string | null;
  invoiceDate: string | null;
  box13: Box13Flags | null;
  thirdCountryInvoicerName: string | null;
  thirdCountryInvoicerCountry: string | null;
  declarationPlace: string | null;
  declarantName: string | null;
  declarationDate: string | null;
  certificate: { id: string; referenceNumber: string; issueDate: string; status: "valid" | "revoked" } | null;
};

/** One row of an application list (exporter dashboard, officer queue). */
export type ApplicationListItem = {
  id: string;
  status: ApplicationStatus;
  lastStep: number;
  consigneeName: string | null;
  importingCountry: string | null;
  exporterName: { en: string; lo: string } | null;
  itemCount: number;
  returnReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  certificate: { id: string; referenceNumber: string } | null;
};
