import type { Db } from "@/db/client";
import { getSigningCredential as getCredential } from "@/lib/certificates/get-signing-credential";
import { getEnv } from "@/lib/env";
import type { SigningCredential } from "@/lib/signing/load-signing-credentials";

/**
 * Load the signing credential from the validated configuration. The result is cached per database
 * handle, so a configured PKCS#12 is read and checked once per process, not on every approval.
 */
const cache = new WeakMap<Db, Promise<SigningCredential>>();

export function getSigningCredential(db: Db): Promise<SigningCredential> {
  let credential = cache.get(db);
  if (!credential) {
    credential = getCredential(db, getEnv().signing).catch((error: unknown) => {
      cache.delete(db);
      throw error;
    });
    cache.set(db, credential);
  }
  return credential;
}
