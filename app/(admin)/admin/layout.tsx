import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireActor } from "@/app/_server/actor";
import { AppShell } from "@/components/shell/AppShell";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor("admin");
  const t = await getTranslations("nav");

  return (
    <AppShell user={actor} homeHref="/admin" nav={[{ href: "/admin", label: t("officesAndUsers") }]}>
      {children}
    </AppShell>
  );
}
