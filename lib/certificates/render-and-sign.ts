import { createHash } from "node:crypto";
import type { SigningCredential } from "../signing/load-signing-credentials";
import { signPdf } from "../signing/sign-pdf";
import type { FormDDocument } from "./form-d-document";
import { type RenderFormDOptions, renderFormD } from "./render-form-d";

export type SignedCertificatePdf = {
  pdf: Buffer;
  /** Hex SHA-256 of the signed PDF bytes. */
  sha256: string;
  /** True when the PDF carries the SPECIMEN marking, which a development credential always forces. */
  specimen: boolean;
};

export type RenderAndSignOptions = RenderFormDOptions & {
  /** Time stated in the signature; defaults to now. */
  signingTime?: Date;
};

/**
 * Keep the printable ASCII part of a value for a signature field (see signPdf): diacritics are
 * dropped ("Hà Nội" gives "Ha Noi") and Lao text disappears, leaving `fallback` if nothing remains.
 */
function toPrintableAscii(value: string, fallback: string): string {
  const ascii = value
    .normalize("NFKD")
    .replace(/[^\x20-\x7E]/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
  return ascii === "" ? fallback : ascii;
}

/**
 * Render a Form D certificate and sign it. A development credential always produces a SPECIMEN
 * PDF, whatever `document.specimen` is, so a test signature can never look like a real one.
 * Throws AppError VALIDATION_FAILED, RENDER_FAILED or SIGNING_FAILED.
 */
export async function renderAndSignFormD(
  document: FormDDocument,
  credential: SigningCredential,
  options: RenderAndSignOptions = {},
): Promise<SignedCertificatePdf> {
  const specimen = document.specimen || credential.development;
  const unsigned = await renderFormD({ ...document, specimen }, options);

  const pdf = await signPdf(unsigned, credential, {
    name: toPrintableAscii(document.certifyingOfficerName, "Certifying officer"),
    reason: toPrintableAscii(`ATIGA Form D ${document.referenceNumber} certified`, "ATIGA Form D certified"),
    location: toPrintableAscii(`${document.certificationPlace}, ${document.issuedInCountry}`, "LAO PDR"),
    contactInfo: toPrintableAscii(document.issuingOfficeName, ""),
    signingTime: options.signingTime,
  });

  return { pdf, sha256: createHash("sha256").update(pdf).digest("hex"), specimen };
}
