import { redirect } from "next/navigation";
import { normalizeVerificationCode } from "@/lib/certificates/verification-token";

/**
 * Target of the verification boxes on the landing and not-found pages. Accepts a whole verification
 * URL copied from a certificate, the token itself, or the grouped verification code typed from
 * paper in any case, and opens the verification page of the canonical token.
 */
export default async function VerifyLookupPage({ searchParams }: { searchParams: Promise<{ code?: string; lang?: string }> }) {
  const { code = "", lang } = await searchParams;
  const typed = extractCode(code);
  if (!typed) redirect("/");

  // A code that cannot be a token still opens its page, which shows "Certificate not found".
  const token = normalizeVerificationCode(typed) ?? typed;
  const query = lang === "lo" || lang === "en" ? `?lang=${lang}` : "";
  redirect(`/verify/${encodeURIComponent(token)}${query}`);
}

/** Return the part after "/verify/" of a pasted URL, or the whole input when it is a typed code. */
function extractCode(input: string): string {
  const trimmed = input.trim();
  const marker = "/verify/";
  const index = trimmed.indexOf(marker);
  if (index < 0) return trimmed;
  return trimmed.slice(index + marker.length).split(/[/?#\s]/)[0] ?? "";
}
