import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formDSteps, type FormDStep } from "@/lib/forms/form-d/schema";

/**
 * Progress through the wizard steps. Narrow screens show "Step 3 of 6: Goods" over a progress bar;
 * from the sm breakpoint on, a numbered list whose steps up to the furthest one reached are links.
 */
export async function WizardProgress({
  current,
  furthestIndex,
  hrefFor,
}: {
  current: FormDStep;
  furthestIndex: number;
  hrefFor: (step: FormDStep) => string;
}) {
  const t = await getTranslations("wizard");
  const currentIndex = formDSteps.indexOf(current);

  return (
    <nav aria-label={t("progressLabel")}>
      <div className="sm:hidden">
        <p className="mb-2 text-sm font-medium text-slate-800">
          {t("stepOfNamed", { current: currentIndex + 1, total: formDSteps.length, step: t(`steps.${current}`) })}
        </p>
        <div className="h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div className="h-full rounded-full bg-brand-700" style={{ width: `${((currentIndex + 1) / formDSteps.length) * 100}%` }} />
        </div>
      </div>
      <p className="mb-2 hidden text-sm text-slate-600 sm:block">{t("stepOf", { current: currentIndex + 1, total: formDSteps.length })}</p>
      <ol className="hidden flex-wrap gap-2 pb-1 text-sm sm:flex">
        {formDSteps.map((step, index) => {
          const isCurrent = step === current;
          const reachable = index <= furthestIndex && !isCurrent;
          let badgeColour = "bg-slate-200 text-slate-600";
          if (isCurrent) badgeColour = "bg-brand-700 text-white";
          else if (index <= Math.max(currentIndex, furthestIndex)) badgeColour = "bg-brand-100 text-brand-800";
          const badge = (
            <span className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${badgeColour}`}>
              {index + 1}
            </span>
          );
          const content = (
            <>
              {badge}
              <span className="whitespace-nowrap">{t(`steps.${step}`)}</span>
            </>
          );
          return (
            <li key={step} className="shrink-0">
              {reachable ? (
                <Link href={hrefFor(step)} className="flex items-center gap-2 rounded-md px-2 py-1 text-brand-800 hover:bg-brand-50">
                  {content}
                </Link>
              ) : (
                <span
                  aria-current={isCurrent ? "step" : undefined}
                  className={`flex items-center gap-2 rounded-md px-2 py-1 ${isCurrent ? "bg-white font-semibold text-slate-900 ring-1 ring-brand-600" : "text-slate-500"}`}
                >
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
