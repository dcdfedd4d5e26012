import { NextResponse } from "next/server";
import { currentActor } from "@/app/_server/actor";
import { pdfResponse } from "@/app/_server/pdf-response";
import { getCertificatePdf } from "@/lib/certificates/get-certificate-pdf";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getDb } from "@/lib/server/db";

/**
 * Signed PDF of an issued certificate for the exporter whose company applied or an officer of the
 * issuing office. Other users get 404, the same as for an unknown id.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
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
