import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signingCredentials } from "@/db/schema";
import { createDevelopmentCredential } from "@/lib/signing/create-development-credential";
import {
  loadSigningCredential,
  type SigningCredential,
  type SigningEnvironment,
} from "@/lib/signing/load-signing-credentials";

/** Key of the transaction-level advisory lock under which the development credential is created. */
const DEVELOPMENT_CREDENTIAL_LOCK_KEY = 4242003;

/**
 * Return the development credential stored in the database, creating it on first use. Every app
 * instance then signs with the same test root. An advisory lock makes instances that start
 * together create only one.
 */
export async function getOrCreateDevelopmentCredential(db: Db): Promise<{ p12: Buffer; password: string }> {
  const select = (tx: Db) =>
    tx
      .select({ p12: signingCredentials.p12, password: signingCredentials.password })
      .from(signingCredentials)
      .where(eq(signingCredentials.development, true))
      .orderBy(desc(signingCredentials.createdAt))
      .limit(1);

  const [existing] = await select(db);
  if (existing) return existing;

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DEVELOPMENT_CREDENTIAL_LOCK_KEY})`);
    const [created] = await select(tx);
    if (created) return created;

    const credential = createDevelopmentCredential();
    await tx.insert(signingCredentials).values({
      p12: credential.p12,
      password: credential.password,
      development: true,
      rootCertificatePem: credential.rootCertificatePem,
    });
    return { p12: credential.p12, password: credential.password };
  });
}

/**
 * Return the credential that signs certificates: the PKCS#12 configured in the environment
 * (SIGNING_P12_PATH or SIGNING_P12_BASE64 with SIGNING_P12_PASSWORD), else the development
 * credential from the database, whose PDFs are marked SPECIMEN. Throws AppError SIGNING_FAILED
 * for a bad configuration.
 */
export function getSigningCredential(db: Db, env: SigningEnvironment): Promise<SigningCredential> {
  return loadSigningCredential(env, () => getOrCreateDevelopmentCredential(db));
}
