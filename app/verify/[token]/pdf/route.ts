import { getTranslations } from "next-intl/server";
import { lookUpPublicCertificatePdf, tooManyRequests } from "@/app/_server/public-certificate";
import { pdfResponse } from "@/app/_server/pdf-response";

/** Public download of the signed PDF behind a verification token; unknown tokens get 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpPublicCertificatePdf(token);

  if (lookup.kind === "rateLimited") return tooManyRequests(lookup.retryAfterSeconds, "Too many unknown verification links. Try again later.");
  if (lookup.kind === "notFound") return notFoundText();
  return pdfResponse(lookup.value.pdf, lookup.value.referenceNumber);
}

/** 404 with the not-found message in English and Lao, the same text for every unknown token. */
async function notFoundText(): Promise<Response> {
  const english = await getTranslations({ locale: "en", namespace: "verify" });
  const lao = await getTranslations({ locale: "lo", namespace: "verify" });
  const body = [
    `${english("notFoundTitle")}. ${english("notFoundBody")}`,
    `${lao("notFoundTitle")}. ${lao("notFoundBody")}`,
  ].join("\n\n");
  return new Response(`${body}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
