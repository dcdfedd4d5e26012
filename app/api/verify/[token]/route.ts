import { NextResponse } from "next/server";
import { lookUpPublicCertificate, tooManyRequests } from "@/app/_server/public-certificate";

/**
 * Machine-readable verification: the same minimum as the public page, as JSON. Unknown or
 * malformed tokens get 404 with no detail.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpPublicCertificate(token);
  if (lookup.kind === "rateLimited") return tooManyRequests(lookup.retryAfterSeconds, { error: "RATE_LIMITED" });
  if (lookup.kind === "notFound") {
    return NextResponse.json({ error: "NOT_FOUND" }, { status: 404 });
  }
  const certificate = lookup.value;

  return NextResponse.json(
    {
      referenceNumber: certificate.referenceNumber,
      formType: certificate.formType,
      status: certificate.status,
      issueDate: certificate.issueDate,
      validUntil: certificate.validUntil,
      issuingOffice: certificate.issuingOffice.nameEn,
      exporter: certificate.exporter.nameEn,
      consignee: certificate.consigneeName,
      importingCountry: certificate.importingCountry,
      specimen: certificate.specimen,
      items: certificate.items.map((item) => ({
        itemNumber: item.itemNumber,
        description: item.description,
        hsCode: item.hsCode,
        originCriterion: item.originCriterion,
        quantity: item.quantity,
        quantityUnit: item.quantityUnit,
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
