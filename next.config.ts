import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads WASM and data files at run time; bundled, every query fails.
  // The PDF and signing stack reads font files and native modules from node_modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@react-pdf/renderer",
    "@node-rs/argon2",
    "@signpdf/signpdf",
    "@signpdf/signer-p12",
    "@signpdf/placeholder-pdf-lib",
    "pdf-lib",
    "node-forge",
    "pino",
  ],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
