import type { Db } from "@/db/client";
import { checkRateLimit, recordRateLimitHit, type RateLimitPolicy } from "@/lib/rate-limit";
import { getCertificatePdfByToken, getPublicCertificate, type CertificatePdf, type PublicCertificate } from "./get-public-certificate";
import { normalizeVerificationCode } from "./verification-token";

/**
 * Unknown tokens allowed per visitor and window. Customs officers open valid links, so only misses
 * count: guessing 140-bit tokens stays pointless, and a scanner is slowed without touching real use.
 */
export const verificationMissPolicy: RateLimitPolicy = { limit: 30, windowMs: 10 * 60 * 1000 };

export type VisitorLookup<T> = { kind: "found"; value: T } | { kind: "notFound" } | { kind: "rateLimited"; retryAfterSeconds: number };

/**
 * Run a lookup by canonical token for one visitor. A malformed code returns notFound before any
 * query, so it neither reads nor adds to the visitor's misses, because it cannot match a certificate.
 */
async function lookUpCounted<T>(
  db: Db,
  visitorKey: string,
  code: string,
  lookUp: (token: string) => Promise<T | null>,
  now: Date,
): Promise<VisitorLookup<T>> {
  const token = normalizeVerificationCode(code);
  if (token === null) return { kind: "notFound" };

  const key = `verify-miss:${visitorKey}`;
  const state = await checkRateLimit(db, key, verificationMissPolicy, now);
  if (state.limited && state.resetAt) {
    return { kind: "rateLimited", retryAfterSeconds: Math.ceil((state.resetAt.getTime() - now.getTime()) / 1000) };
  }

  const value = await lookUp(token);
  if (value !== null) return { kind: "found", value };
  await recordRateLimitHit(db, key, verificationMissPolicy, now);
  return { kind: "notFound" };
}

/**
 * Look up the public summary of a certificate for one visitor (client address), counting misses.
 * The code is a token or a typed verification code in any case and grouping.
 */
export function verifyCertificateForVisitor(db: Db, code: string, visitorKey: string, now = new Date()): Promise<VisitorLookup<PublicCertificate>> {
  return lookUpCounted(db, visitorKey, code, (token) => getPublicCertificate(db, token, { now }), now);
}

/** Look up the signed PDF of a certificate for one visitor, counting misses like the summary. */
export function verifyCertificatePdfForVisitor(db: Db, code: string, visitorKey: string, now = new Date()): Promise<VisitorLookup<CertificatePdf>> {
  return lookUpCounted(db, visitorKey, code, (token) => getCertificatePdfByToken(db, token), now);
}
