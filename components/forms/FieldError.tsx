"use client";

import { useTranslations } from "next-intl";

/** Id of the error text of a field, for aria-describedby. */
export function errorIdFor(name: string) {
  return `${fieldIdFor(name)}-error`;
}

/** Element id derived from a react-hook-form path: "items.0.hsCode" gives "field-items-0-hsCode". */
export function fieldIdFor(name: string) {
  return `field-${name.replace(/\./g, "-")}`;
}

/**
 * Error text of a field. The message is a key under "validation" (from the shared zod schema or
 * from the server), translated at render time so a language switch also changes it.
 */
export function FieldError({
  name,
  messageKey,
  params,
}: {
  name: string;
  messageKey: string | undefined;
  params?: Record<string, string | number>;
}) {
  const t = useTranslations("validation");
  if (!messageKey) return null;

  const known = t.has(messageKey as never);
  return (
    <p id={errorIdFor(name)} className="mt-1 text-sm font-medium text-red-700" data-testid={`error-${name}`}>
      {known ? t(messageKey as never, params as never) : t("invalidValue")}
    </p>
  );
}
