import { createHash } from "node:crypto";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import signpdf, { Signer } from "@signpdf/signpdf";
import forge from "node-forge";
import { PDFDocument } from "pdf-lib";
import { AppError } from "../errors";
import type { SigningCredential } from "./load-signing-credentials";
import { type ParsedP12, parseP12 } from "./parse-p12";

export type SignatureDetails = {
  /** Signer's name as shown by PDF readers, e.g. the certifying officer. Printable ASCII only. */
  name: string;
  /** Printable ASCII only, e.g. "Certificate of origin issued". */
  reason: string;
  /** Printable ASCII only, e.g. "Vientiane, LAO PDR". */
  location: string;
  contactInfo?: string;
  /** Time stated in the signature; defaults to now. */
  signingTime?: Date;
};

/**
 * Bytes reserved for the CMS signature. A signature with a 2048-bit key and a two-certificate chain
 * takes about 2.5 KB, so 8 KB leaves room for a longer chain or a 4096-bit key.
 */
const SIGNATURE_LENGTH = 8192;

// @signpdf 3.3.0 writes these fields as PDFDocEncoding strings, which garbles Lao or Thai text.
const printableAscii = /^[\x20-\x7E]*$/;

/**
 * CMS signer over a PKCS#12 parsed once. @signpdf/signer-p12 re-parses the file on every call; with
 * the parse cached, signing a one-page certificate took about 25-30 ms warm on a 2-core machine.
 */
class ParsedP12Signer extends Signer {
  constructor(private readonly credential: ParsedP12) {
    super();
  }

  async sign(content: Buffer, signingTime?: Date): Promise<Buffer> {
    const { privateKey, signerCertificate, certificates } = this.credential;
    const signedData = forge.pkcs7.createSignedData();
    signedData.content = forge.util.createBuffer(content.toString("binary"));
    for (const certificate of certificates) signedData.addCertificate(certificate);

    // adbe.pkcs7.detached expects a SHA-256 signer with these authenticated attributes, in this order.
    signedData.addSigner({
      key: privateKey,
      certificate: signerCertificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    signedData.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(signedData.toAsn1()).getBytes(), "binary");
  }
}

const MAX_CACHED_SIGNERS = 4;
const signerCache = new Map<string, ParsedP12Signer>();

/** Return a signer for the credential, parsing its PKCS#12 only the first time it is seen. */
function signerFor(credential: SigningCredential): ParsedP12Signer {
  const cacheKey = createHash("sha256").update(credential.p12).update("\0").update(credential.password).digest("hex");
  const cached = signerCache.get(cacheKey);
  if (cached) return cached;

  const signer = new ParsedP12Signer(parseP12(credential.p12, credential.password));
  if (signerCache.size >= MAX_CACHED_SIGNERS) {
    const oldestKey = signerCache.keys().next().value;
    if (oldestKey !== undefined) signerCache.delete(oldestKey);
  }
  signerCache.set(cacheKey, signer);
  return signer;
}

function assertPrintableAscii(field: string, value: string): void {
  if (!printableAscii.test(value)) {
    throw new AppError("SIGNING_FAILED", `Signature ${field} must be printable ASCII, got ${JSON.stringify(value)}`);
  }
}

/**
 * Sign a PDF with a detached CMS signature (SubFilter adbe.pkcs7.detached, SHA-256) that covers the
 * whole file. pdf-lib rewrites the file to add the signature field, so the output does not start
 * with the input bytes. Throws AppError SIGNING_FAILED.
 */
export async function signPdf(pdf: Buffer, credential: SigningCredential, details: SignatureDetails): Promise<Buffer> {
  const contactInfo = details.contactInfo ?? "";
  assertPrintableAscii("name", details.name);
  assertPrintableAscii("reason", details.reason);
  assertPrintableAscii("location", details.location);
  assertPrintableAscii("contact info", contactInfo);

  const signer = signerFor(credential);
  const signingTime = details.signingTime ?? new Date();

  try {
    const document = await PDFDocument.load(pdf);
    pdflibAddPlaceholder({
      pdfDoc: document,
      name: details.name,
      reason: details.reason,
      location: details.location,
      contactInfo,
      signingTime,
      signatureLength: SIGNATURE_LENGTH,
    });
    const withPlaceholder = Buffer.from(await document.save({ useObjectStreams: false }));
    return await signpdf.sign(withPlaceholder, signer, signingTime);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("SIGNING_FAILED", `Signing the PDF failed: ${reason}`);
  }
}
