import type en from "../messages/en.json";
import type { Locale } from "./config";

// Typed message keys: t("missing.key") fails type checking.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
