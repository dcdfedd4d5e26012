import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/app/_server/actor";
import { pdfResponse } from "@/app/_server/pdf-response";
import { getCertificatePdf } from "@/lib/certificates/get-certificate-pdf";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getDb } from "@/lib/server/db";

/**
 * Signed PDF of an issued certificate for the exporter whose company applied or an officer of the
 * issuing office. Other users get 404, the same as for an unknown id. A signed-out browser is sent
 * to the sign-in page, which returns to the PDF; other signed-out clients get a JSON 401.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) {
    if (!acceptsHtml(request)) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname);
    return NextResponse.redirect(signIn);
  }
  const { id } = await params;

  try {
    const certificate = await getCertificatePdf(await getDb(), actor, id);
    return pdfResponse(certificate.pdf, certificate.referenceNumber);
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) {
      return NextResponse.json({ error: "NOT_FOUND" }, { status: 404 });
    }
    logger.error({ err: error, certificateId: id, userId: actor.userId }, "certificate PDF download failed");
    return NextResponse.json({ error: "UNEXPECTED" }, { status: 500 });
  }
}

/** Check whether the request comes from a browser navigation, which asks for HTML. */
function acceptsHtml(request: Request): boolean {
  return (request.headers.get("accept") ?? "").toLowerCase().includes("text/html");
}
