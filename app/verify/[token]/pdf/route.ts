import { lookUpPublicCertificatePdf, tooManyRequests } from "@/app/_server/public-certificate";
import { pdfResponse } from "@/app/_server/pdf-response";

/** Public download of the signed PDF behind a verification token; unknown tokens get 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpPublicCertificatePdf(token);

  if (lookup.kind === "rateLimited") return tooManyRequests(lookup.retryAfterSeconds, "Too many unknown verification links. Try again later.");
  if (lookup.kind === "notFound") return new Response("Not found", { status: 404 });
  return pdfResponse(lookup.value.pdf, lookup.value.referenceNumber);
}
