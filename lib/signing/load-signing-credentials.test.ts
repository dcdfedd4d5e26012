import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import path from "node:path";
import { writeFile } from "node:fs/promises";
import { makeTempDir, removeTempDir } from "../testing/pdf-tools";
import { type DevelopmentCredential, createDevelopmentCredential } from "./create-development-credential";
import { loadSigningCredential } from "./load-signing-credentials";

describe("loadSigningCredential", () => {
  let directory: string;
  let production: DevelopmentCredential;
  let development: DevelopmentCredential;
  let p12File: string;
  const developmentSource = async () => ({ p12: development.p12, password: development.password });

  before(async () => {
    directory = await makeTempDir("lao-eco-p12-");
    production = createDevelopmentCredential();
    development = createDevelopmentCredential();
    p12File = path.join(directory, "signer.p12");
    await writeFile(p12File, production.p12);
  });

  after(async () => {
    await removeTempDir(directory);
  });

  it("reads the PKCS#12 from a file", async () => {
    const credential = await loadSigningCredential(
      { SIGNING_P12_PATH: p12File, SIGNING_P12_PASSWORD: production.password },
      developmentSource,
    );
    assert.equal(credential.development, false);
    assert.ok(credential.p12.equals(production.p12));
    assert.equal(credential.password, production.password);
  });

  it("reads the PKCS#12 from base64", async () => {
    const credential = await loadSigningCredential(
      { SIGNING_P12_BASE64: production.p12.toString("base64"), SIGNING_P12_PASSWORD: production.password },
      developmentSource,
    );
    assert.equal(credential.development, false);
    assert.ok(credential.p12.equals(production.p12));
  });

  it("falls back to the development credential", async () => {
    const credential = await loadSigningCredential({ SIGNING_P12_PASSWORD: "ignored" }, developmentSource);
    assert.equal(credential.development, true);
    assert.ok(credential.p12.equals(development.p12));
    assert.equal(credential.password, development.password);
  });

  it("treats blank variables as unset", async () => {
    const credential = await loadSigningCredential({ SIGNING_P12_PATH: " ", SIGNING_P12_BASE64: "" }, developmentSource);
    assert.equal(credential.development, true);
  });

  it("rejects both path and base64", async () => {
    await assert.rejects(
      loadSigningCredential(
        { SIGNING_P12_PATH: p12File, SIGNING_P12_BASE64: "AAAA", SIGNING_P12_PASSWORD: production.password },
        developmentSource,
      ),
      { code: "SIGNING_FAILED", message: /set only one/ },
    );
  });

  it("rejects a missing password", async () => {
    await assert.rejects(loadSigningCredential({ SIGNING_P12_PATH: p12File }, developmentSource), {
      code: "SIGNING_FAILED",
      message: /SIGNING_P12_PASSWORD is missing/,
    });
  });

  it("rejects a wrong password", async () => {
    await assert.rejects(
      loadSigningCredential({ SIGNING_P12_PATH: p12File, SIGNING_P12_PASSWORD: "wrong" }, developmentSource),
      { code: "SIGNING_FAILED", message: /wrong password/ },
    );
  });

  it("rejects a missing file", async () => {
    await assert.rejects(
      loadSigningCredential(
        { SIGNING_P12_PATH: path.join(directory, "absent.p12"), SIGNING_P12_PASSWORD: "x" },
        developmentSource,
      ),
      { code: "SIGNING_FAILED", message: /Failed to read the PKCS#12 file/ },
    );
  });

  it("rejects invalid base64", async () => {
    await assert.rejects(
      loadSigningCredential({ SIGNING_P12_BASE64: "not base64!", SIGNING_P12_PASSWORD: "x" }, developmentSource),
      { code: "SIGNING_FAILED", message: /not valid base64/ },
    );
  });
});
