import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigurationError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies development defaults", () => {
    const env = parseEnv({});
    assert.equal(env.nodeEnv, "development");
    assert.equal(env.databaseUrl, undefined);
    assert.equal(env.pgliteDir, ".data/pglite");
    assert.equal(env.baseUrl, "http://127.0.0.1:3000");
    assert.equal(env.demoData, true);
    assert.equal(env.logLevel, "info");
  });

  it("turns demo data off in production", () => {
    const env = parseEnv({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(32) });
    assert.equal(env.production, true);
    assert.equal(env.demoData, false);
    assert.equal(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(32), DEMO_DATA: "1" }).demoData, true);
  });

  it("parses demo data flags", () => {
    for (const [value, expected] of [["0", false], ["false", false], ["OFF", false], ["yes", true], ["on", true]] as const) {
      assert.equal(parseEnv({ DEMO_DATA: value }).demoData, expected, value);
    }
    assert.throws(() => parseEnv({ DEMO_DATA: "maybe" }), /DEMO_DATA: must be 1\/0/);
  });

  it("requires AUTH_SECRET in production", () => {
    assert.throws(() => parseEnv({ NODE_ENV: "production" }), /AUTH_SECRET: is required in production/);
    assert.throws(() => parseEnv({ AUTH_SECRET: "short" }), /AUTH_SECRET: must be at least 32 characters/);
  });

  it("rejects a bad database URL and base URL", () => {
    assert.throws(() => parseEnv({ DATABASE_URL: "mysql://localhost/x" }), ConfigurationError);
    assert.throws(() => parseEnv({ BASE_URL: "ftp://example" }), /BASE_URL/);
    assert.equal(parseEnv({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/eco" }).databaseUrl, "postgres://postgres@127.0.0.1:5432/eco");
  });

  it("strips the base URL trailing slash", () => {
    assert.equal(parseEnv({ BASE_URL: "https://eco.example.la/" }).baseUrl, "https://eco.example.la");
  });

  it("treats empty values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", BASE_URL: " ", LOG_LEVEL: "" });
    assert.equal(env.databaseUrl, undefined);
    assert.equal(env.baseUrl, "http://127.0.0.1:3000");
    assert.equal(env.logLevel, "info");
  });

  it("checks the signing settings together", () => {
    assert.throws(
      () => parseEnv({ SIGNING_P12_PATH: "/a.p12", SIGNING_P12_BASE64: "AAAA", SIGNING_P12_PASSWORD: "x" }),
      /SIGNING_P12_BASE64: must not be set together/,
    );
    assert.throws(() => parseEnv({ SIGNING_P12_PATH: "/a.p12" }), /SIGNING_P12_PASSWORD: is required/);
    const env = parseEnv({ SIGNING_P12_PATH: "/a.p12", SIGNING_P12_PASSWORD: "" });
    assert.equal(env.signing.SIGNING_P12_PATH, "/a.p12");
    assert.equal(env.signing.SIGNING_P12_PASSWORD, "");
  });

  it("never echoes a secret value", () => {
    const secret = "tiny-secret";
    assert.throws(
      () => parseEnv({ AUTH_SECRET: secret }),
      (error: Error) => !error.message.includes(secret),
    );
  });

  it("rejects an unknown log level", () => {
    assert.throws(() => parseEnv({ LOG_LEVEL: "verbose" }), /LOG_LEVEL/);
    assert.equal(parseEnv({ LOG_LEVEL: "debug" }).logLevel, "debug");
  });
});
