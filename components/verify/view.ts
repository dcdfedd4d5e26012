/** The minimum a verifier needs, as shown on the public page and returned by /api/verify/[token]. */
export type PublicCertificateView = {
  referenceNumber: string;
  formType: "D";
  status: "valid" | "revoked" | "expired";
  /** Lao calendar date, YYYY-MM-DD. */
  issueDate: string;
  issuingOffice: { en: string; lo: string };
  exporterName: string;
  consigneeName: string;
  /** ISO 3166-1 alpha-2. */
  importingCountry: string;
  specimen: boolean;
  items: {
    itemNumber: number;
    description: string;
    /** Digits only. */
    hsCode: string;
    originCriterion: string;
    quantity: string;
    quantityUnit: string;
  }[];
};
