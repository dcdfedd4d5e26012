"use client";

import { useTranslations } from "next-intl";
import type { Finding } from "@/lib/origin/findings";
import type { AgreementResult, CriterionResult, OriginAssessment, PartResult } from "@/lib/origin/types";
import { findingMessage, formatMoney, formatPercent } from "./finding-message";

const toneClass = {
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  failure: "border-red-200 bg-red-50 text-red-900",
  info: "border-slate-200 bg-slate-50 text-slate-800",
} as const;

/** Assessment of the cost sheet, one panel per agreement, every sentence built from the engine's codes and figures. */
export function OriginResult({ assessment }: { assessment: OriginAssessment }) {
  const t = useTranslations("originCheck");

  return (
    <section aria-labelledby="origin-result-title" className="space-y-4" data-testid="origin-result">
      <h2 id="origin-result-title" className="text-lg font-semibold text-slate-900">
        {t("result.title", { product: assessment.product.name, hsCode: assessment.product.hsCode.display })}
      </h2>
      <p className="text-sm text-slate-600">{t("result.disclaimer")}</p>
      {assessment.results.map((result) => (
        <AgreementPanel key={result.agreement} result={result} currency={assessment.currency} />
      ))}
    </section>
  );
}

function FindingList({ findings, names, testId }: { findings: Finding[]; names: ReadonlyMap<string, string>; testId: string }) {
  const t = useTranslations("originCheck.findings");
  if (findings.length === 0) return null;

  return (
    <ul className="space-y-2" data-testid={testId}>
      {findings.map((finding, index) => {
        const message = findingMessage(finding, names);
        return (
          <li key={index} className={`rounded-md border px-3 py-2 text-sm ${toneClass[message.tone]}`} data-finding={finding.code}>
            {t(message.key as never, message.values as never)}
          </li>
        );
      })}
    </ul>
  );
}

function AgreementPanel({ result, currency }: { result: AgreementResult; currency: string }) {
  const t = useTranslations("originCheck");
  const names = new Map(result.materials.map((material) => [material.id, material.name]));
  const figures = result.figures;
  const testId = `origin-result-${result.agreement}`;

  return (
    <article className="card space-y-4 p-4 sm:p-6" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={`${testId}-title`} className="text-base font-semibold text-slate-900">
            {t(`agreementNames.${result.agreement}`)}
          </h3>
          <p className="text-sm text-slate-600">
            {t("result.rule", { form: result.form, rule: result.rule.notation, source: result.rule.source, hsPrefix: result.rule.hsPrefix ?? "" })}
          </p>
        </div>
        <span
          data-testid={`${testId}-verdict`}
          className={`rounded-full px-3 py-1 text-sm font-semibold ${result.originating ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
        >
          {result.originating ? t("result.qualifies") : t("result.doesNotQualify")}
        </span>
      </header>

      {result.recommended ? (
        <div className="rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-950">
          <p>
            {t("result.boxTextLabel", { form: result.form })}{" "}
            <code className="rounded bg-white px-2 py-0.5 text-base font-semibold" data-testid={`${testId}-box-text`}>
              {result.recommended.boxText}
            </code>
          </p>
          <p className="mt-1">{t("result.recommended", { criterion: result.recommended.criterion })}</p>
          {result.recommended.tickBoxes.map((box) => (
            <p key={box} className="mt-1">
              {t(`result.tickBox.${box}`)}
            </p>
          ))}
          {result.partialCumulation?.boxText && (
            <p className="mt-1">{t("result.partialCumulationBoxText", { boxText: result.partialCumulation.boxText })}</p>
          )}
        </div>
      ) : (
        <div className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-950" data-testid={`${testId}-deciding`}>
          <p className="font-medium">{t("result.noCriterionMet")}</p>
          <FindingList findings={result.decidingParts.map((part) => part.finding)} names={names} testId={`${testId}-deciding-findings`} />
        </div>
      )}

      <section aria-label={t("result.valueContent")} className="space-y-1 text-sm text-slate-800">
        <h4 className="font-semibold text-slate-900">{t("result.valueContent")}</h4>
        <p data-testid={`${testId}-build-up`}>
          {t("result.buildUp", {
            vom: formatMoney(figures.vom),
            labour: formatMoney(figures.directLabour),
            overhead: formatMoney(figures.directOverhead),
            other: formatMoney(figures.otherCosts),
            profit: formatMoney(figures.profit),
            fob: formatMoney(figures.fob),
            percent: formatPercent(figures.buildUp.display),
          })}
        </p>
        <p data-testid={`${testId}-build-down`}>
          {t("result.buildDown", {
            fob: formatMoney(figures.fob),
            vnm: formatMoney(figures.vnm),
            percent: formatPercent(figures.buildDown.display),
          })}
        </p>
        <p className="font-medium" data-testid={`${testId}-rvc`}>
          {t("result.rvc", { percent: formatPercent(figures.rvc.display), method: figures.rvcMethod })}
        </p>
        <p className="text-slate-600">{t("result.currency", { currency })}</p>
      </section>

      <section className="space-y-2">
        <h4 className="text-sm font-semibold text-slate-900">{t("result.criteria")}</h4>
        <ul className="space-y-3">
          {result.criteria.map((criterion) => (
            <CriterionItem key={criterion.criterion} criterion={criterion} names={names} testId={`${testId}-criterion-${criterion.criterion}`} />
          ))}
        </ul>
      </section>

      {result.findings.length > 0 && (
        <section className="space-y-2">
          <h4 className="text-sm font-semibold text-slate-900">{t("result.notes")}</h4>
          <FindingList findings={result.findings} names={names} testId={`${testId}-findings`} />
        </section>
      )}
    </article>
  );
}

function CriterionItem({ criterion, names, testId }: { criterion: CriterionResult; names: ReadonlyMap<string, string>; testId: string }) {
  const t = useTranslations("originCheck");

  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid={testId}>
      <p className="text-sm">
        <span className="font-semibold">{criterion.criterion}</span>{" "}
        <span className={criterion.met ? "text-green-800" : "text-red-800"}>
          {criterion.met ? t("result.met") : t("result.notMet")}
        </span>
        {criterion.boxText && (
          <>
            {" "}
            {t("result.criterionBoxText", { boxText: criterion.boxText })}
          </>
        )}
      </p>
      <ul className="mt-1 space-y-1 text-sm text-slate-700">
        {criterion.parts.map((part, index) => (
          <li key={index}>{partText(t, part, names)}</li>
        ))}
      </ul>
      <div className="mt-2">
        <FindingList findings={criterion.findings} names={names} testId={`${testId}-findings`} />
      </div>
    </li>
  );
}

type Translate = ReturnType<typeof useTranslations<"originCheck">>;

function partText(t: Translate, part: PartResult, names: ReadonlyMap<string, string>): string {
  const status = part.met ? t("result.met") : t("result.notMet");
  if (part.kind === "RVC") {
    return t("result.part.RVC", { rvc: formatPercent(part.rvc.display), minimum: part.minimumPercent, status });
  }
  if (part.kind === "NOC") {
    return t("result.part.NOC", { content: formatPercent(part.nonOriginatingContent.display), maximum: part.maximumPercent, status });
  }

  const failing = part.failingMaterials
    .map((material) => t("result.part.failingMaterial", { name: names.get(material.id) ?? material.name, hsCode: material.hsCode, value: formatMoney(material.value) }))
    .join("; ");
  if (part.deMinimis) {
    return t("result.part.CTC_DE_MINIMIS", {
      level: part.level,
      materials: failing,
      share: formatPercent(part.deMinimis.basis === "WEIGHT" && part.deMinimis.failingShareOfWeight ? part.deMinimis.failingShareOfWeight.display : part.deMinimis.failingShareOfFob.display),
      maximum: part.deMinimis.maximumPercent,
      basis: part.deMinimis.basis,
    });
  }
  return failing
    ? t("result.part.CTC_FAILING", { level: part.level, materials: failing, status })
    : t("result.part.CTC", { level: part.level, status });
}
