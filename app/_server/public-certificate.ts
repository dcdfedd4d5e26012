import type { PublicCertificate } from "@/components/verify/view";
import { getCertificatePdfByToken, getPublicCertificate } from "@/lib/certificates/get-public-certificate";
import { getDb } from "@/lib/server/db";

/** Look up the public summary behind a verification token; malformed tokens never reach the database. */
export async function lookUpPublicCertificate(token: string): Promise<PublicCertificate | null> {
  return getPublicCertificate(await getDb(), token);
}

/** Look up the signed PDF behind a verification token. */
export async function lookUpPublicCertificatePdf(token: string) {
  return getCertificatePdfByToken(await getDb(), token);
}
