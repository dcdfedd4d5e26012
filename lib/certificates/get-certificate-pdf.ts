import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, certificates } from "@/db/schema";
import { applicationScope, isUuid } from "@/lib/applications/scope";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { CertificatePdf } from "./get-public-certificate";

/**
 * Return the signed PDF of a certificate whose application is in the actor's scope: the
 * exporter's company or the officer's office. Throws NOT_FOUND otherwise, as for an unknown id.
 */
export async function getCertificatePdf(db: Db, actor: Actor, certificateId: string): Promise<CertificatePdf> {
  requirePermission(actor, "certificate.read");
  if (!isUuid(certificateId)) throw new AppError("NOT_FOUND", "Certificate not found");

  const [row] = await db
    .select({ pdf: certificates.pdf, referenceNumber: certificates.referenceNumber, sha256: certificates.pdfSha256 })
    .from(certificates)
    .innerJoin(applications, eq(applications.id, certificates.applicationId))
    .where(and(eq(certificates.id, certificateId), applicationScope(actor)));
  if (!row) throw new AppError("NOT_FOUND", "Certificate not found");
  return row;
}
