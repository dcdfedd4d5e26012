import { readFile } from "node:fs/promises";
import { AppError } from "../errors";
import { parseP12 } from "./parse-p12";

/** PKCS#12 file and password that sign certificates. */
export type SigningCredential = {
  p12: Buffer;
  password: string;
  /** True for the generated development credential: PDFs signed with it are marked SPECIMEN. */
  development: boolean;
};

/** The environment variables this module reads, so callers can pass `process.env` or a test object. */
export type SigningEnvironment = {
  SIGNING_P12_PATH?: string;
  SIGNING_P12_BASE64?: string;
  SIGNING_P12_PASSWORD?: string;
};

/** Supplier of the development credential, e.g. one stored in the database on first start. */
export type DevelopmentCredentialSource = () => Promise<{ p12: Buffer; password: string }>;

function configurationError(message: string): AppError {
  return new AppError("SIGNING_FAILED", message);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

async function readP12FromEnvironment(env: SigningEnvironment): Promise<Buffer | undefined> {
  const path = nonEmpty(env.SIGNING_P12_PATH);
  const base64 = nonEmpty(env.SIGNING_P12_BASE64);
  if (path && base64) {
    throw configurationError("Both SIGNING_P12_PATH and SIGNING_P12_BASE64 are set: set only one of them");
  }

  if (path) {
    try {
      return await readFile(path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw configurationError(`Failed to read the PKCS#12 file SIGNING_P12_PATH=${path}: ${reason}`);
    }
  }

  if (base64) {
    if (!/^[A-Za-z0-9+/=\s]+$/.test(base64)) {
      throw configurationError("SIGNING_P12_BASE64 is not valid base64: encode the .p12 file with `base64 -w0`");
    }
    return Buffer.from(base64, "base64");
  }

  return undefined;
}

/**
 * Build the signing credential from environment variables: a PKCS#12 from SIGNING_P12_PATH (a file)
 * or SIGNING_P12_BASE64, unlocked with SIGNING_P12_PASSWORD. With neither set, the development
 * credential from `developmentCredential` is used. The PKCS#12 is parsed once here, so a wrong
 * password fails at start-up rather than at the first issue. Throws AppError SIGNING_FAILED.
 */
export async function loadSigningCredential(
  env: SigningEnvironment,
  developmentCredential: DevelopmentCredentialSource,
): Promise<SigningCredential> {
  const p12 = await readP12FromEnvironment(env);

  if (p12 === undefined) {
    const development = await developmentCredential();
    return { p12: development.p12, password: development.password, development: true };
  }

  const password = env.SIGNING_P12_PASSWORD;
  if (password === undefined) {
    throw configurationError("SIGNING_P12_PASSWORD is missing: set it to the PKCS#12 password (empty string if none)");
  }
  parseP12(p12, password);
  return { p12, password, development: false };
}
