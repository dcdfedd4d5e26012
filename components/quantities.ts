import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { formatAmount } from "@/components/format";
import { findPackageKind, findQuantityUnit } from "@/lib/forms/form-d/units";

type QuantityTexts = {
  /** Box 7 packages, e.g. "50 bags" in English and "50 ຖົງ" in Lao. */
  packages: (count: number, kindCode: string) => string;
  /** Box 9 quantity, e.g. "1,050 kilograms". `quantity` is a decimal string. */
  quantity: (quantity: string, unitCode: string) => string;
};

/**
 * Load the formatters of counted package kinds and units of measure in the request's language.
 * English picks the singular or plural through the ICU plural messages under "quantities"; Lao has
 * one form. A code missing from the lists is shown as it is stored. Without `locale` the request's
 * language is used.
 */
export async function getQuantityTexts(locale?: Locale): Promise<QuantityTexts> {
  // Pages with their own language choice, such as the public verify page, pass their locale.
  const t = locale ? await getTranslations({ locale, namespace: "quantities" }) : await getTranslations("quantities");

  return {
    packages(count, kindCode) {
      const amount = formatAmount(String(count));
      if (!findPackageKind(kindCode)) return `${amount} ${kindCode}`;
      return t(`packageKinds.${kindCode}` as never, { count, amount } as never);
    },
    quantity(quantity, unitCode) {
      const amount = formatAmount(quantity);
      if (!findQuantityUnit(unitCode)) return `${amount} ${unitCode}`;
      // The plural category only needs the number's size and whether it is exactly 1, so a float is enough here.
      return t(`units.${unitCode}` as never, { count: Number(quantity), amount } as never);
    },
  };
}
