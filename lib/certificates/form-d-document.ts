/**
 * Everything printed on an issued ATIGA Form D, as plain strings. The PDF template renders this
 * and nothing else, so the same document always gives the same layout.
 */
export type FormDBox13Flags = {
  thirdCountryInvoicing: boolean;
  exhibition: boolean;
  accumulation: boolean;
  deMinimis: boolean;
  backToBack: boolean;
  issuedRetroactively: boolean;
  partialCumulation: boolean;
};

export type FormDItem = {
  /** Box 5: 1, 2, 3 ... */
  itemNumber: number;
  /** Box 6 */
  marksAndNumbers: string;
  /** Box 7: number and kind of packages, e.g. "40 bags" */
  packages: string;
  /** Box 7: description of goods */
  description: string;
  /** Box 7: HS code as displayed, e.g. "0901.21" */
  hsCode: string;
  /** Box 8: origin criterion exactly as written, e.g. "72%", "WO", "CTH" */
  originCriterion: string;
  /** Box 9: gross weight or other quantity, decimal string, e.g. "1050" or "1050.5" */
  quantity: string;
  /** Box 9: UN/ECE Rec 20 unit code, e.g. "KGM" */
  quantityUnit: string;
  /** Box 9: FOB value as a decimal string with two decimals, or null when not required */
  fobValue: string | null;
  /** ISO 4217 currency of the FOB value, e.g. "USD" */
  fobCurrency: string | null;
};

export type FormDDocument = {
  /** Reference No., unique per issuing office and year, e.g. "LA-TH 26/VTE/00001" */
  referenceNumber: string;
  /** Issue date as a Lao calendar date, YYYY-MM-DD (Asia/Vientiane) */
  issueDate: string;
  issuedInCountry: string; // "LAO PDR"
  /** Box 1: exporter's name (Lao and/or English), address, country */
  exporterName: string;
  exporterNameLao: string | null;
  exporterAddress: string;
  exporterCountry: string;
  /** Box 2 */
  consigneeName: string;
  consigneeAddress: string;
  consigneeCountry: string;
  /** Box 3 */
  departureDate: string; // YYYY-MM-DD
  meansOfTransport: string; // e.g. "Truck"
  vehicleOrVessel: string; // e.g. "Truck 80-1234"
  portOfLoading: string; // port or border checkpoint of loading
  portOfDischarge: string;
  items: FormDItem[];
  /** Box 10: invoice number and date (YYYY-MM-DD) */
  invoiceNumber: string;
  invoiceDate: string;
  /** Box 7 addition for third-country invoicing: invoicer's name and country */
  thirdCountryInvoicer: { name: string; country: string } | null;
  /** Box 11: country where goods were produced, importing country, place and date of declaration */
  producedInCountry: string; // "LAO PDR"
  importingCountry: string; // e.g. "THAILAND"
  declarationPlace: string;
  declarationDate: string; // YYYY-MM-DD
  declarantName: string;
  /** Box 12: issuing office and certifying officer */
  issuingOfficeName: string;
  certificationPlace: string;
  certifyingOfficerName: string;
  box13: FormDBox13Flags;
  /** Public verification URL encoded in the QR code and printed in words */
  verificationUrl: string;
  /** Short code printed beside the QR for manual entry */
  verificationCode: string;
  /** True when signed with a development certificate: the PDF carries a visible SPECIMEN marking */
  specimen: boolean;
};
