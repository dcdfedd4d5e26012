/** File name for a certificate PDF: "LA-TH 26/VTE/00001" gives "LA-TH-26-VTE-00001.pdf". */
export function certificateFileName(referenceNumber: string): string {
  const safe = referenceNumber.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${safe || "certificate"}.pdf`;
}

/** Build the download response of a signed certificate PDF, named after its reference number. */
export function pdfResponse(pdf: Uint8Array, referenceNumber: string, cacheControl = "private, no-store"): Response {
  const fileName = certificateFileName(referenceNumber);
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Content-Length": String(pdf.byteLength),
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
