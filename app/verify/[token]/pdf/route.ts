import { lookUpPublicCertificatePdf } from "@/app/_server/public-certificate";
import { pdfResponse } from "@/app/_server/pdf-response";

/** Public download of the signed PDF behind a verification token; unknown tokens get 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const certificate = await lookUpPublicCertificatePdf(token);

  if (!certificate) return new Response("Not found", { status: 404 });
  return pdfResponse(certificate.pdf, certificate.referenceNumber);
}
