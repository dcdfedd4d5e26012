import { redirect } from "next/navigation";

/**
 * Target of the landing page's verification box. Accepts the token itself or a whole verification
 * URL copied from a certificate and opens its verification page.
 */
export default async function VerifyLookupPage({ searchParams }: { searchParams: Promise<{ code?: string; lang?: string }> }) {
  const { code = "", lang } = await searchParams;
  const token = extractToken(code);
  if (!token) redirect("/");

  const query = lang === "lo" || lang === "en" ? `?lang=${lang}` : "";
  redirect(`/verify/${encodeURIComponent(token)}${query}`);
}

function extractToken(input: string): string {
  const trimmed = input.trim();
  const marker = "/verify/";
  const index = trimmed.indexOf(marker);
  const tail = index >= 0 ? trimmed.slice(index + marker.length) : trimmed;
  return tail.split(/[/?#\s]/)[0] ?? "";
}
