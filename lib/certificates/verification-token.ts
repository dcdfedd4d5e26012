import { randomBytes } from "node:crypto";

/**
 * Crockford base32 alphabet. It leaves out I, L, O and U, so a person can read the token off
 * paper and type it without confusing look-alike characters.
 */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Characters in a verification token: 28 base32 characters carry 140 random bits. */
export const VERIFICATION_TOKEN_LENGTH = 28;

/** Canonical token as stored and as printed in the verification URL: upper-case Crockford base32. */
export const VERIFICATION_TOKEN_PATTERN = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{28}$/;

const CODE_GROUP_SIZE = 4;

/** Maximum input length the normaliser reads: the grouped code with generous spacing. Longer input is rejected at once. */
const MAX_CODE_INPUT_LENGTH = 100;

/** Random bytes behind a token: 18 bytes give 144 bits, of which the token uses the first 140. */
export const VERIFICATION_TOKEN_BYTES = 18;

/**
 * Create a random verification token: 140 bits from crypto.randomBytes in 28 Crockford base32
 * characters. It is not derived from the reference number.
 */
export function createVerificationToken(): string {
  return encodeVerificationToken(randomBytes(VERIFICATION_TOKEN_BYTES));
}

/** Encode the first 140 bits of 18 bytes as 28 Crockford base32 characters, most significant bit first. */
export function encodeVerificationToken(bytes: Uint8Array): string {
  if (bytes.length !== VERIFICATION_TOKEN_BYTES) throw new RangeError(`expected ${VERIFICATION_TOKEN_BYTES} bytes, got ${bytes.length}`);

  let token = "";
  for (let index = 0; index < VERIFICATION_TOKEN_LENGTH; index += 1) {
    // Each character takes 5 bits that may span two bytes, so read a 16-bit window and shift.
    const bitOffset = index * 5;
    const byteIndex = bitOffset >> 3;
    const window = (bytes[byteIndex] << 8) | bytes[byteIndex + 1];
    token += CROCKFORD_ALPHABET[(window >> (11 - (bitOffset & 7))) & 0b11111];
  }
  return token;
}

export function isVerificationToken(value: unknown): value is string {
  return typeof value === "string" && VERIFICATION_TOKEN_PATTERN.test(value);
}

/**
 * Convert a verification code as a person typed it into the canonical token, or return null when
 * it cannot be one. Case, spaces and hyphens (also the dashes a PDF viewer may copy) are ignored, and I and L are read as 1 and O as 0,
 * following Crockford's decoding rule. U and any other character make the code invalid.
 */
export function normalizeVerificationCode(input: string): string | null {
  if (typeof input !== "string" || input.length > MAX_CODE_INPUT_LENGTH) return null;

  const canonical = input
    .replace(/[\s\-\u2010-\u2015\u2212]/g, "")
    .toUpperCase()
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  return isVerificationToken(canonical) ? canonical : null;
}

/**
 * Return the whole token in groups of four joined by hyphens, e.g. "7KX2-MPZ9-…" (7 groups), for
 * printing beside the QR code and on the verification page.
 */
export function verificationCodeOf(token: string): string {
  const groups: string[] = [];
  for (let start = 0; start < token.length; start += CODE_GROUP_SIZE) {
    groups.push(token.slice(start, start + CODE_GROUP_SIZE));
  }
  return groups.join("-");
}
