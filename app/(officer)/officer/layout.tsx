import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireActor } from "@/app/_server/actor";
import { AppShell } from "@/components/shell/AppShell";

export default async function OfficerLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("officer");
  const t = await getTranslations("nav");

  return (
    <AppShell user={actor} homeHref="/officer" nav={[{ href: "/officer", label: t("officeApplications") }]}>
      {children}
    </AppShell>
  );
}
