import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * Fixed-window counters in the rate_limits table, shared by every app instance. A window starts
 * at the first hit after the previous one expired; its count resets then.
 */
export type RateLimitPolicy = {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
};

export type RateLimitState = {
  limited: boolean;
  count: number;
  /** When the current window ends, or null when there is none. */
  resetAt: Date | null;
};

/** Read the current state of a key without counting a hit. */
export async function checkRateLimit(db: Db, key: string, policy: RateLimitPolicy, now = new Date()): Promise<RateLimitState> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row) return { limited: false, count: 0, resetAt: null };

  const resetAt = new Date(row.windowStart.getTime() + policy.windowMs);
  if (resetAt <= now) return { limited: false, count: 0, resetAt: null };
  return { limited: row.count >= policy.limit, count: row.count, resetAt };
}

/**
 * Count one hit, starting a new window if the last one expired, in a single upsert so that
 * concurrent hits are all counted. Returns the state after the hit.
 */
export async function recordRateLimitHit(db: Db, key: string, policy: RateLimitPolicy, now = new Date()): Promise<RateLimitState> {
  const windowExpired = sql`${rateLimits.windowStart} <= ${new Date(now.getTime() - policy.windowMs).toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${windowExpired} then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`,
        count: sql`case when ${windowExpired} then 1 else ${rateLimits.count} + 1 end`,
      },
    })
    .returning();

  const resetAt = new Date(row.windowStart.getTime() + policy.windowMs);
  return { limited: row.count > policy.limit, count: row.count, resetAt };
}

/** Forget a key, e.g. after a successful sign-in. */
export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
