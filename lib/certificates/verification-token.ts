import { randomBytes } from "node:crypto";

/** 24 random bytes in base64url: 32 characters, 192 bits, not derived from the reference number. */
export const VERIFICATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function createVerificationToken(): string {
  return randomBytes(24).toString("base64url");
}

export function isVerificationToken(value: unknown): value is string {
  return typeof value === "string" && VERIFICATION_TOKEN_PATTERN.test(value);
}

/** Short code printed beside the QR code, for a reader to compare with the verification page. */
export function verificationCodeOf(token: string): string {
  return token.slice(0, 8).toUpperCase();
}
