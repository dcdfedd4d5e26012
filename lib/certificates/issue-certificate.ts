import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationItems, applications, certificates, companies, offices, referenceCounters, users } from "@/db/schema";
import { lockApplication } from "@/lib/applications/lock-application";
import { recordStatusChange } from "@/lib/applications/record-status-change";
import { applicationScope, isUuid } from "@/lib/applications/scope";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/permissions";
import { laoDate, laoYear } from "@/lib/dates";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { SigningCredential } from "@/lib/signing/load-signing-credentials";
import { buildFormDDocument } from "./build-form-d-document";
import type { FormDDocument } from "./form-d-document";
import { formatReferenceNumber } from "./reference-number";
import { renderAndSignFormD, type RenderAndSignOptions, type SignedCertificatePdf } from "./render-and-sign";
import { createVerificationToken } from "./verification-token";

export type RenderAndSign = (
  document: FormDDocument,
  credential: SigningCredential,
  options?: RenderAndSignOptions,
) => Promise<SignedCertificatePdf>;

export type ApproveAndIssueOptions = {
  /** Time of approval; the issue date and the year in the reference number are its Lao date. */
  now?: Date;
  /** Origin of the public verification page, e.g. "https://eco.moic.gov.la". */
  baseUrl: string;
  loadCredential: (db: Db) => Promise<SigningCredential>;
  /** Renderer and signer; tests where the PDF is not under test may pass a fast fake. */
  renderAndSign?: RenderAndSign;
};

export type IssuedCertificate = {
  id: string;
  applicationId: string;
  referenceNumber: string;
  issueDate: string;
  verificationToken: string;
  pdfSha256: string;
  specimen: boolean;
};

function decisionError(applicationId: string, status: string): AppError {
  // Officers never see drafts, so a draft is reported like an unknown id.
  if (status === "draft") return new AppError("NOT_FOUND", "Application not found");
  return new AppError("ALREADY_DECIDED", `Application ${applicationId} is ${status}, not submitted`);
}

/**
 * Take the next serial of an office and year. The upsert locks the counter row until the
 * transaction ends, so concurrent approvals of one office get consecutive serials, and a rolled
 * back approval gives its serial back.
 * NOTE: the lock is held while the PDF renders and is signed, so approvals of one office and year
 * run one after another. Approvals of different offices do not wait for each other.
 */
async function nextSerial(tx: Db, officeId: string, year: number): Promise<number> {
  const [counter] = await tx
    .insert(referenceCounters)
    .values({ officeId, year, lastSerial: 1 })
    .onConflictDoUpdate({
      target: [referenceCounters.officeId, referenceCounters.year],
      set: { lastSerial: sql`${sql.identifier("reference_counters")}.${sql.identifier("last_serial")} + 1` },
    })
    .returning({ lastSerial: referenceCounters.lastSerial });
  return counter.lastSerial;
}

/**
 * Approve a submitted application of the officer's office and issue its certificate, all in one
 * transaction: lock the application, take the next reference number, render and sign the PDF,
 * store it with its SHA-256, mark the application issued and write history and audit. If
 * rendering or signing fails, nothing is issued and the serial is not used.
 * Throws NOT_FOUND, ALREADY_DECIDED, RENDER_FAILED or SIGNING_FAILED.
 */
export async function approveAndIssue(
  db: Db,
  actor: Actor,
  applicationId: string,
  options: ApproveAndIssueOptions,
): Promise<IssuedCertificate> {
  requirePermission(actor, "certificate.issue");
  if (!isUuid(applicationId)) throw new AppError("NOT_FOUND", "Application not found");
  const now = options.now ?? new Date();
  const renderAndSign = options.renderAndSign ?? renderAndSignFormD;

  // Check scope and status before loading the credential, which may create one on first use.
  const [visible] = await db
    .select({ status: applications.status })
    .from(applications)
    .where(and(eq(applications.id, applicationId), applicationScope(actor)));
  if (!visible) throw new AppError("NOT_FOUND", "Application not found");
  if (visible.status !== "submitted") throw decisionError(applicationId, visible.status);

  const credential = await options.loadCredential(db);

  const issued = await db.transaction(async (tx) => {
    const application = await lockApplication(tx, actor, applicationId);
    if (application.status !== "submitted") throw decisionError(applicationId, application.status);

    const [company] = await tx.select().from(companies).where(eq(companies.id, application.companyId));
    const [office] = await tx.select().from(offices).where(eq(offices.id, application.officeId));
    const [officer] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    const items = await tx
      .select()
      .from(applicationItems)
      .where(eq(applicationItems.applicationId, application.id))
      .orderBy(asc(applicationItems.lineNumber));
    if (!company || !office || !officer) throw new AppError("NOT_FOUND", "Application data not found");

    const year = laoYear(now);
    const issueDate = laoDate(now);
    const serial = await nextSerial(tx, office.id, year);
    const referenceNumber = formatReferenceNumber({
      importingCountry: application.importingCountry ?? "",
      year,
      officeCode: office.code,
      serial,
    });
    const verificationToken = createVerificationToken();

    const document = buildFormDDocument({
      application,
      items,
      company,
      office,
      certifyingOfficerName: officer.name,
      referenceNumber,
      issueDate,
      verificationToken,
      baseUrl: options.baseUrl,
      specimen: credential.development,
    });

    let signed: SignedCertificatePdf;
    try {
      signed = await renderAndSign(document, credential, { signingTime: now });
    } catch (error) {
      logger.error({ err: error, applicationId, officeId: office.id, userId: actor.userId }, "certificate rendering or signing failed");
      if (isAppError(error)) throw error;
      throw new AppError("RENDER_FAILED", "Rendering the certificate failed");
    }

    const [certificate] = await tx
      .insert(certificates)
      .values({
        applicationId: application.id,
        officeId: office.id,
        formType: application.formType,
        year,
        serial,
        referenceNumber,
        issueDate,
        verificationToken,
        pdf: signed.pdf,
        pdfSha256: signed.sha256,
        specimen: signed.specimen,
        issuedBy: actor.userId,
        issuedAt: now,
      })
      .returning({ id: certificates.id });

    await tx
      .update(applications)
      .set({ status: "issued", updatedAt: now })
      .where(eq(applications.id, application.id));

    await recordStatusChange(tx, {
      application,
      actorUserId: actor.userId,
      fromStatus: "submitted",
      toStatus: "issued",
      action: "certificate.issued",
      data: { certificateId: certificate.id, referenceNumber, specimen: signed.specimen },
    });

    return {
      id: certificate.id,
      applicationId: application.id,
      referenceNumber,
      issueDate,
      verificationToken,
      pdfSha256: signed.sha256,
      specimen: signed.specimen,
    };
  });

  logger.info(
    { applicationId, certificateId: issued.id, officeId: actor.officeId, userId: actor.userId, referenceNumber: issued.referenceNumber },
    "certificate issued",
  );
  return issued;
}
