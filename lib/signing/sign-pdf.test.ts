import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import {
  changeOneSignedByte,
  createTrustingNssDatabase,
  makeTempDir,
  pdfsig,
  qpdfCheck,
  removeTempDir,
  writePdf,
} from "../testing/pdf-tools";
import { type DevelopmentCredential, createDevelopmentCredential } from "./create-development-credential";
import type { SigningCredential } from "./load-signing-credentials";
import { signPdf } from "./sign-pdf";

async function samplePdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText("Lao e-CO signing test", { x: 50, y: 780, size: 14, font });
  return Buffer.from(await document.save());
}

const details = {
  name: "Lao e-CO DEVELOPMENT signer",
  reason: "Certificate of origin issued",
  location: "Vientiane, LAO PDR",
};

describe("signPdf", () => {
  let directory: string;
  let development: DevelopmentCredential;
  let credential: SigningCredential;
  let signed: Buffer;
  let signedFile: string;

  before(async () => {
    directory = await makeTempDir();
    development = createDevelopmentCredential();
    credential = { p12: development.p12, password: development.password, development: true };
    signed = await signPdf(await samplePdf(), credential, details);
    signedFile = await writePdf(directory, "signed.pdf", signed);
  });

  after(async () => {
    await removeTempDir(directory);
  });

  it("produces a valid whole-document signature", async () => {
    const output = await pdfsig(signedFile);
    assert.match(output, /Signature is Valid/);
    assert.match(output, /Total document signed/);
    assert.match(output, /adbe\.pkcs7\.detached/);
    assert.match(output, /Lao e-CO DEVELOPMENT signer - SPECIMEN/);
  });

  it("passes qpdf --check", async () => {
    const result = await qpdfCheck(signedFile);
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
  });

  it("detects one changed byte", async () => {
    const { tampered } = changeOneSignedByte(signed);
    const output = await pdfsig(await writePdf(directory, "tampered.pdf", tampered));
    assert.doesNotMatch(output, /Signature is Valid/);
    assert.match(output, /Digest Mismatch/);
  });

  it("reports bytes appended after the signature", async () => {
    const appended = Buffer.concat([signed, Buffer.from("\n% appended\n")]);
    const output = await pdfsig(await writePdf(directory, "appended.pdf", appended));
    assert.match(output, /Not total document signed/);
  });

  it("chains to a trusted development root", async () => {
    const nssDirectory = await makeTempDir("lao-eco-nss-");
    try {
      const database = await createTrustingNssDatabase(nssDirectory, development.rootCertificatePem);
      const output = await pdfsig(signedFile, database);
      assert.match(output, /Signature is Valid/);
      assert.match(output, /Certificate is Trusted/);
    } finally {
      await removeTempDir(nssDirectory);
    }
  });

  it("rejects non-ASCII signature fields", async () => {
    await assert.rejects(signPdf(await samplePdf(), credential, { ...details, location: "ວຽງຈັນ" }), {
      code: "SIGNING_FAILED",
    });
  });

  it("rejects a wrong password", async () => {
    await assert.rejects(signPdf(await samplePdf(), { ...credential, password: "wrong" }, details), {
      code: "SIGNING_FAILED",
    });
  });

  it("signs again with the cached credential", async () => {
    const second = await signPdf(await samplePdf(), credential, { ...details, signingTime: new Date("2027-01-14T03:00:00Z") });
    const output = await pdfsig(await writePdf(directory, "second.pdf", second));
    assert.match(output, /Signature is Valid/);
    assert.match(output, /Jan 14 2027/);
  });
});
