import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeCookieName, type Locale } from "./config";

// No locale routing: the language comes from the ECO_LOCALE cookie, or from an explicit locale
// passed to getTranslations({ locale }) as the public verification page does.
export default getRequestConfig(async ({ locale: explicitLocale }) => {
  let locale: Locale = defaultLocale;
  if (isLocale(explicitLocale)) {
    locale = explicitLocale;
  } else {
    const cookieLocale = (await cookies()).get(localeCookieName)?.value;
    if (isLocale(cookieLocale)) locale = cookieLocale;
  }

  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Asia/Vientiane" };
});
