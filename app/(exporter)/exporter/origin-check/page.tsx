import { getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { OriginCheckForm } from "@/components/origin-check/OriginCheckForm";

export async function generateMetadata() {
  const t = await getTranslations("originCheck");
  return { title: t("title") };
}

/** Origin check: the exporter enters a cost sheet and sees which origin criteria the goods meet. */
export default async function OriginCheckPage() {
  await requireActor("exporter");
  const t = await getTranslations("originCheck");

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </header>
      <OriginCheckForm />
    </div>
  );
}
