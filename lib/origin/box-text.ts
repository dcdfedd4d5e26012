import type { FormConventions, TickBox } from "./agreements";
import type { RuleTest } from "./rule-notation";

export type BoxTextContext = {
  form: FormConventions;
  source: "GENERAL" | "PSR";
  /** The RVC the verdict uses, rounded down to a whole number. */
  rvcWholeNumber: string;
  accumulationApplied: boolean;
  deMinimisApplied: boolean;
};

/** Builds the origin criterion box text for a met rule alternative, e.g. "72%", "CTC DMI". */
export function formatRuleBoxText(tests: readonly RuleTest[], context: BoxTextContext): string {
  const { form } = context;
  const psrTexts = context.source === "PSR" ? form.underProductSpecificRule : undefined;

  let text: string;
  if (psrTexts?.criterion) {
    text = psrTexts.criterion;
  } else {
    const single = tests.length === 1;
    text = tests
      .map((test) => {
        if (test.kind === "RVC") {
          return fillTemplate((single && psrTexts?.rvc) || form.rvc, { threshold: test.minimumPercent }, context);
        }
        if (test.kind === "CTC") return fillTemplate((single && psrTexts?.ctc) || form.ctc, { level: test.level }, context);
        return fillTemplate(form.noc, {}, context);
      })
      .join(form.joiner);
  }

  return appendSuffixes(text, context);
}

/** Box text for goods produced entirely from originating materials, or null if the form has no code. */
export function formatProducedEntirelyBoxText(context: BoxTextContext): string | null {
  const code = context.form.producedEntirely;
  return code === null ? null : appendSuffixes(code, { ...context, deMinimisApplied: false });
}

export function formatPartialCumulationBoxText(form: FormConventions, rvcWholeNumber: string): string | null {
  return form.partialCumulation === null ? null : form.partialCumulation.replace("{rvc}", rvcWholeNumber);
}

/** Boxes to tick on the form (Form D box 13) when a criterion is declared. */
export function tickBoxesFor(form: FormConventions, accumulationApplied: boolean, deMinimisApplied: boolean): TickBox[] {
  const ticks: TickBox[] = [];
  if (accumulationApplied && form.tickBoxes.includes("ACCUMULATION")) ticks.push("ACCUMULATION");
  if (deMinimisApplied && form.tickBoxes.includes("DE_MINIMIS")) ticks.push("DE_MINIMIS");
  return ticks;
}

function appendSuffixes(text: string, context: BoxTextContext): string {
  const suffixes = [
    context.accumulationApplied ? context.form.accumulationSuffix : null,
    context.deMinimisApplied ? context.form.deMinimisSuffix : null,
  ].filter((suffix): suffix is string => suffix !== null);
  return [text, ...suffixes].join(" ");
}

function fillTemplate(template: string, values: { threshold?: string; level?: string }, context: BoxTextContext): string {
  return template
    .replace("{rvc}", context.rvcWholeNumber)
    .replace("{threshold}", values.threshold ?? "")
    .replace("{level}", values.level ?? "");
}
