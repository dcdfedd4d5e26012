import forge from "node-forge";
import { AppError } from "../errors";

export type ParsedP12 = {
  privateKey: forge.pki.rsa.PrivateKey;
  /** Certificate whose public key matches the private key. */
  signerCertificate: forge.pki.Certificate;
  /** Every certificate in the file, the signer's included, in file order. */
  certificates: forge.pki.Certificate[];
};

function matchesKey(certificate: forge.pki.Certificate, privateKey: forge.pki.rsa.PrivateKey): boolean {
  const publicKey = certificate.publicKey as forge.pki.rsa.PublicKey;
  return publicKey.n !== undefined && publicKey.n.equals(privateKey.n) && publicKey.e.equals(privateKey.e);
}

/**
 * Parse a PKCS#12 file into its RSA private key and certificates. Throws AppError SIGNING_FAILED
 * when the file is not PKCS#12, the password is wrong, or no certificate matches the key.
 */
export function parseP12(p12: Buffer, password: string): ParsedP12 {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString("binary")));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      "SIGNING_FAILED",
      `Invalid PKCS#12 signing credential or wrong password (${reason}); check SIGNING_P12_* settings`,
    );
  }

  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const privateKey = keyBags.find((bag) => bag.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!privateKey || privateKey.n === undefined) {
    throw new AppError("SIGNING_FAILED", "PKCS#12 signing credential contains no RSA private key");
  }

  const certificateBags = parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const certificates = certificateBags.flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const signerCertificate = certificates.find((certificate) => matchesKey(certificate, privateKey));
  if (!signerCertificate) {
    throw new AppError("SIGNING_FAILED", "PKCS#12 signing credential has no certificate matching its private key");
  }

  return { privateKey, signerCertificate, certificates };
}
