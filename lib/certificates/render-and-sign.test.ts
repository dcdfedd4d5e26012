import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { type DevelopmentCredential, createDevelopmentCredential } from "../signing/create-development-credential";
import type { SigningCredential } from "../signing/load-signing-credentials";
import { sampleFormDDocument } from "../testing/form-d-fixtures";
import {
  changeOneSignedByte,
  createTrustingNssDatabase,
  decodeBarcodes,
  makeTempDir,
  pdfsig,
  pdftotext,
  qpdfCheck,
  removeTempDir,
  renderPagesToPng,
  writePdf,
} from "../testing/pdf-tools";
import { type SignedCertificatePdf, renderAndSignFormD } from "./render-and-sign";
import { SPECIMEN_MARKING } from "./render-form-d";

describe("renderAndSignFormD", () => {
  const document = sampleFormDDocument();
  let directory: string;
  let development: DevelopmentCredential;
  let signed: SignedCertificatePdf;
  let file: string;

  before(async () => {
    directory = await makeTempDir();
    development = createDevelopmentCredential();
    const credential: SigningCredential = { p12: development.p12, password: development.password, development: true };
    signed = await renderAndSignFormD(document, credential, { signingTime: new Date("2027-01-14T02:30:00Z") });
    file = await writePdf(directory, "signed-form-d.pdf", signed.pdf);
  });

  after(async () => {
    await removeTempDir(directory);
  });

  it("returns the SHA-256 of the PDF", () => {
    assert.equal(signed.sha256, createHash("sha256").update(signed.pdf).digest("hex"));
    assert.match(signed.sha256, /^[0-9a-f]{64}$/);
  });

  it("signs the whole document validly", async () => {
    const output = await pdfsig(file);
    assert.match(output, /Signature is Valid/);
    assert.match(output, /Total document signed/);
    assert.match(output, /Signer Certificate Common Name: Lao e-CO DEVELOPMENT signer - SPECIMEN/);
  });

  it("states ASCII signature details", async () => {
    const output = await pdfsig(file);
    assert.match(output, /Signing Time:\s+Jan 14 2027/);
    const raw = signed.pdf.toString("latin1");
    assert.ok(raw.includes("/Name (Ms. Keo Sengdara)"));
    assert.ok(raw.includes("/Location (Pakse, LAO PDR)"));
    assert.ok(raw.includes("/Reason (ATIGA Form D LA-TH 27/CPS/00042 certified)"));
  });

  it("passes qpdf --check", async () => {
    const result = await qpdfCheck(file);
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
  });

  it("keeps text and Lao name extractable", async () => {
    const text = (await pdftotext(file)).normalize("NFC");
    assert.ok(text.includes(document.referenceNumber));
    assert.ok(text.includes("Nam Kham Coffee"));
    assert.ok(text.includes("ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ".normalize("NFC")));
  });

  it("forces the specimen marking for development", async () => {
    assert.equal(document.specimen, false);
    assert.equal(signed.specimen, true);
    assert.ok((await pdftotext(file)).includes(SPECIMEN_MARKING));
  });

  it("keeps the QR code decodable", async () => {
    const pagesDirectory = await makeTempDir("lao-eco-pages-");
    try {
      const images = await renderPagesToPng(file, pagesDirectory, 150);
      assert.deepEqual(await decodeBarcodes(images[0]), [document.verificationUrl]);
    } finally {
      await removeTempDir(pagesDirectory);
    }
  });

  it("detects one changed byte", async () => {
    const { tampered } = changeOneSignedByte(signed.pdf);
    const output = await pdfsig(await writePdf(directory, "tampered.pdf", tampered));
    assert.doesNotMatch(output, /Signature is Valid/);
    assert.match(output, /Digest Mismatch/);
  });

  it("chains to the trusted development root", async () => {
    const nssDirectory = await makeTempDir("lao-eco-nss-");
    try {
      const database = await createTrustingNssDatabase(nssDirectory, development.rootCertificatePem);
      const output = await pdfsig(file, database);
      assert.match(output, /Certificate is Trusted/);
    } finally {
      await removeTempDir(nssDirectory);
    }
  });

  it("leaves a production PDF unmarked", async () => {
    const production: SigningCredential = { p12: development.p12, password: development.password, development: false };
    const laoOfficer = { ...document, certifyingOfficerName: "ທ່ານ ນາງ ແກ້ວ ແສງດາລາ" };
    const result = await renderAndSignFormD(laoOfficer, production);
    assert.equal(result.specimen, false);
    const text = await pdftotext(await writePdf(directory, "production.pdf", result.pdf));
    assert.doesNotMatch(text, /SPECIMEN/);
    // The Lao name is printed in Box 12 but cannot go into the ASCII signature name.
    assert.ok(text.normalize("NFC").includes(laoOfficer.certifyingOfficerName.normalize("NFC")));
    assert.ok(result.pdf.toString("latin1").includes("/Name (Certifying officer)"));
  });
});
