import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { roleHomePath } from "@/auth.config";
import { currentActor } from "@/app/_server/actor";
import { SignInForm } from "@/components/auth/SignInForm";
import { PublicHeader } from "@/components/shell/PublicHeader";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await currentActor();
  if (actor) redirect(roleHomePath[actor.role]);

  const { callbackUrl } = await searchParams;
  const t = await getTranslations("signIn");

  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-10">
        <div className="card p-6 sm:p-8">
          <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{t("intro")}</p>
          <SignInForm callbackUrl={callbackUrl ?? ""} />
        </div>
        <p className="mt-6 text-center text-sm">
          <Link href="/" className="link">
            {t("verifyInstead")}
          </Link>
        </p>
      </main>
    </div>
  );
}
