import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireActor } from "@/app/_server/actor";
import { AppShell } from "@/components/shell/AppShell";

export default async function ExporterLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("exporter");
  const t = await getTranslations("nav");

  return (
    <AppShell user={actor} homeHref="/exporter" nav={[
        { href: "/exporter", label: t("applications"), exact: true, activeUnder: ["/exporter/applications"] },
        { href: "/exporter/origin-check", label: t("originCheck") },
      ]}>
      {children}
    </AppShell>
  );
}
