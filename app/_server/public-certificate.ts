import { headers } from "next/headers";
import type { CertificatePdf, PublicCertificate } from "@/lib/certificates/get-public-certificate";
import { verifyCertificateForVisitor, verifyCertificatePdfForVisitor, type VisitorLookup } from "@/lib/certificates/verify-for-visitor";
import { getDb } from "@/lib/server/db";

/**
 * Client address of the request, for counting verification misses.
 * NOTE: X-Forwarded-For is trusted as set by the load balancer in front of the app; a client that
 * reaches the app directly can forge it.
 */
async function visitorKey(): Promise<string> {
  const requestHeaders = await headers();
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || requestHeaders.get("x-real-ip") || "unknown";
}

/** Look up the public summary behind a verification token; malformed tokens never reach the database. */
export async function lookUpPublicCertificate(token: string): Promise<VisitorLookup<PublicCertificate>> {
  return verifyCertificateForVisitor(await getDb(), token, await visitorKey());
}

/** Look up the signed PDF behind a verification token. */
export async function lookUpPublicCertificatePdf(token: string): Promise<VisitorLookup<CertificatePdf>> {
  return verifyCertificatePdfForVisitor(await getDb(), token, await visitorKey());
}

/** 429 response for a visitor over the miss limit. */
export function tooManyRequests(retryAfterSeconds: number, body: string | object): Response {
  const init = { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } };
  return typeof body === "string" ? new Response(body, init) : Response.json(body, init);
}
