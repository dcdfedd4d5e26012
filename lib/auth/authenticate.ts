import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { checkRateLimit, recordRateLimitHit, resetRateLimit, type RateLimitPolicy } from "@/lib/rate-limit";
import type { Actor } from "./actor";
import { hashPassword, verifyPassword } from "./password";

/** Failed sign-ins allowed per e-mail address before further attempts are rejected. */
export const signInRateLimit: RateLimitPolicy = { limit: 10, windowMs: 15 * 60 * 1000 };

export type AuthenticatedUser = Actor & { name: string; email: string; locale: string };

/** Hash verified when the e-mail is unknown, so both cases take about the same time. */
let dummyHash: Promise<string> | null = null;

function signInKey(email: string): string {
  return `sign-in:${email}`;
}

/**
 * Check an e-mail and password. Returns the user, or null for an unknown e-mail, a wrong password
 * or an inactive account, without saying which. Throws AppError RATE_LIMITED after 10 failures
 * for one e-mail address within 15 minutes, until that window ends.
 */
export async function authenticate(db: Db, email: string, password: string, now = new Date()): Promise<AuthenticatedUser | null> {
  const normalisedEmail = email.trim().toLowerCase();
  const key = signInKey(normalisedEmail);

  const state = await checkRateLimit(db, key, signInRateLimit, now);
  if (state.limited) {
    logger.warn({ resetAt: state.resetAt }, "sign-in rejected: too many failed attempts");
    throw new AppError("RATE_LIMITED", "Too many failed sign-in attempts");
  }

  const [user] = await db.select().from(users).where(eq(users.email, normalisedEmail));
  let valid: boolean;
  if (user) {
    valid = await verifyPassword(user.passwordHash, password);
  } else {
    dummyHash ??= hashPassword("unknown-user-dummy-password");
    await verifyPassword(await dummyHash, password);
    valid = false;
  }

  if (!valid || !user || !user.active) {
    await recordRateLimitHit(db, key, signInRateLimit, now);
    logger.info({ userId: user?.id ?? null }, "sign-in failed");
    return null;
  }

  await resetRateLimit(db, key);
  logger.info({ userId: user.id, role: user.role }, "signed in");
  return {
    userId: user.id,
    role: user.role,
    companyId: user.companyId,
    officeId: user.officeId,
    name: user.name,
    email: user.email,
    locale: user.locale,
  };
}
