import assert from "node:assert/strict";
import { describe, it } from "node:test";
import forge from "node-forge";
import { createDevelopmentCredential } from "./create-development-credential";
import { parseP12 } from "./parse-p12";

type KeyUsageExtension = {
  digitalSignature?: boolean;
  nonRepudiation?: boolean;
  keyCertSign?: boolean;
  cRLSign?: boolean;
  critical?: boolean;
};

describe("createDevelopmentCredential", () => {
  const now = new Date("2027-01-14T03:00:00Z");
  const credential = createDevelopmentCredential(now);
  const parsed = parseP12(credential.p12, credential.password);
  const root = forge.pki.certificateFromPem(credential.rootCertificatePem);
  const signer = parsed.signerCertificate;

  it("packs signer and root in the PKCS#12", () => {
    assert.equal(parsed.certificates.length, 2);
    const fingerprints = parsed.certificates.map((certificate) =>
      forge.md.sha256.create().update(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes()).digest().toHex(),
    );
    const rootFingerprint = forge.md.sha256
      .create()
      .update(forge.asn1.toDer(forge.pki.certificateToAsn1(root)).getBytes())
      .digest()
      .toHex();
    assert.ok(fingerprints.includes(rootFingerprint), "root certificate is in the PKCS#12");
  });

  it("marks the signer as development", () => {
    assert.equal(signer.subject.getField("CN").value, "Lao e-CO DEVELOPMENT signer - SPECIMEN");
    assert.equal(signer.subject.getField("O").value, "Ministry of Industry and Commerce (development)");
  });

  it("makes the root a certificate authority", () => {
    assert.equal((root.getExtension("basicConstraints") as { cA: boolean }).cA, true);
    const keyUsage = root.getExtension("keyUsage") as KeyUsageExtension;
    assert.equal(keyUsage.keyCertSign, true);
    assert.equal(keyUsage.cRLSign, true);
    assert.ok(root.verify(root), "root is self-signed");
  });

  it("limits the signer to signing documents", () => {
    assert.equal((signer.getExtension("basicConstraints") as { cA: boolean }).cA, false);
    const keyUsage = signer.getExtension("keyUsage") as KeyUsageExtension;
    assert.equal(keyUsage.digitalSignature, true);
    assert.equal(keyUsage.nonRepudiation, true);
    assert.notEqual(keyUsage.keyCertSign, true);
  });

  it("issues the signer from the root", () => {
    assert.ok(root.verify(signer), "root signature on the signer certificate verifies");
    assert.equal(signer.issuer.hash, root.subject.hash);
  });

  it("makes the certificates valid now", () => {
    for (const certificate of [root, signer]) {
      assert.ok(certificate.validity.notBefore < now);
      assert.ok(certificate.validity.notAfter > now);
    }
  });

  it("rejects a wrong password", () => {
    assert.throws(() => parseP12(credential.p12, `${credential.password}x`), { code: "SIGNING_FAILED" });
  });

  it("uses a new key and password each call", () => {
    const other = createDevelopmentCredential(now);
    assert.notEqual(other.password, credential.password);
    assert.notEqual(other.rootCertificatePem, credential.rootCertificatePem);
  });
});
