import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

const toneClass: Record<Tone, string> = {
  info: "border-brand-100 bg-brand-50 text-brand-900",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-red-200 bg-red-50 text-red-900",
};

/**
 * Message box. Errors and warnings use role="alert" so screen readers announce them; tests should
 * scope alert selectors with data-testid because Next's route announcer also has role="alert".
 */
export function Alert({
  tone,
  title,
  children,
  testId,
}: {
  tone: Tone;
  title?: ReactNode;
  children?: ReactNode;
  testId?: string;
}) {
  const urgent = tone === "error" || tone === "warning";
  return (
    <div
      role={urgent ? "alert" : "status"}
      data-testid={testId}
      className={`rounded-md border px-4 py-3 text-sm ${toneClass[tone]}`}
    >
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
