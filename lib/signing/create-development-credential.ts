import { randomBytes } from "node:crypto";
import forge from "node-forge";

export type DevelopmentCredential = {
  /** DER-encoded PKCS#12 with the signer's key, the signer certificate and the root certificate. */
  p12: Buffer;
  password: string;
  /** Root CA certificate, for a verifier (or a test's NSS database) to trust. */
  rootCertificatePem: string;
};

const ONE_DAY_MS = 24 * 60 * 60 * 1000;
const ROOT_VALIDITY_YEARS = 10;
const SIGNER_VALIDITY_YEARS = 5;

const developmentOrganisation = "Ministry of Industry and Commerce (development)";

function distinguishedName(commonName: string): forge.pki.CertificateField[] {
  return [
    { shortName: "C", value: "LA" },
    { shortName: "O", value: developmentOrganisation },
    { shortName: "CN", value: commonName },
  ];
}

/** Random positive serial number as hex: 16 bytes with the high bit cleared, as RFC 5280 requires. */
function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  return bytes.toString("hex");
}

function addYears(date: Date, years: number): Date {
  const shifted = new Date(date);
  shifted.setUTCFullYear(shifted.getUTCFullYear() + years);
  return shifted;
}

function createCertificate(
  publicKey: forge.pki.PublicKey,
  subject: forge.pki.CertificateField[],
  issuer: forge.pki.CertificateField[],
  validFrom: Date,
  validYears: number,
): forge.pki.Certificate {
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  certificate.serialNumber = randomSerialNumber();
  certificate.validity.notBefore = validFrom;
  certificate.validity.notAfter = addYears(validFrom, validYears);
  certificate.setSubject(subject);
  certificate.setIssuer(issuer);
  return certificate;
}

/**
 * Generate a development signing credential: a test root CA (CA:TRUE, keyCertSign, cRLSign) and a
 * signer certificate (CA:FALSE, digitalSignature, nonRepudiation) issued by it, packed with the
 * signer's key in one password-protected PKCS#12. PDFs signed with it must be marked SPECIMEN.
 *
 * node-forge 1.4.4 generates the RSA keys with Node's native crypto when it is available, about
 * 50 ms per 2048-bit key on a 2-core machine (the pure-JavaScript fallback took about 1 s).
 */
export function createDevelopmentCredential(now: Date = new Date()): DevelopmentCredential {
  // Backdate by a day so that a verifier whose clock runs slightly behind still sees a valid certificate.
  const validFrom = new Date(now.getTime() - ONE_DAY_MS);

  const rootKeys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const rootName = distinguishedName("Lao e-CO DEVELOPMENT root CA - SPECIMEN");
  const root = createCertificate(rootKeys.publicKey, rootName, rootName, validFrom, ROOT_VALIDITY_YEARS);
  root.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  root.sign(rootKeys.privateKey, forge.md.sha256.create());

  const signerKeys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const signerName = distinguishedName("Lao e-CO DEVELOPMENT signer - SPECIMEN");
  const signer = createCertificate(signerKeys.publicKey, signerName, rootName, validFrom, SIGNER_VALIDITY_YEARS);
  signer.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "subjectKeyIdentifier" },
    { name: "authorityKeyIdentifier", keyIdentifier: root.generateSubjectKeyIdentifier().getBytes() },
  ]);
  signer.sign(rootKeys.privateKey, forge.md.sha256.create());

  const password = randomBytes(18).toString("base64url");
  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(signerKeys.privateKey, [signer, root], password, {
    algorithm: "3des",
    friendlyName: "Lao e-CO development signer",
  });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), "binary");

  return { p12, password, rootCertificatePem: forge.pki.certificateToPem(root) };
}
