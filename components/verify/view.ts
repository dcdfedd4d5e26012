// The public page and /api/verify/[token] show exactly what getPublicCertificate returns.
export type { PublicCertificate } from "@/lib/certificates/get-public-certificate";
