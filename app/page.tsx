import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { roleHomePath } from "@/auth.config";
import { currentActor } from "@/app/_server/actor";
import { PublicHeader } from "@/components/shell/PublicHeader";
import Link from "next/link";

/** Signed-in users go to their role's home page; others see a short introduction, sign-in and verification. */
export default async function LandingPage() {
  const actor = await currentActor();
  if (actor) redirect(roleHomePath[actor.role]);

  const t = await getTranslations("landing");

  return (
    <div className="flex min-h-screen flex-col">
      <PublicHeader />
      <main id="main" className="mx-auto grid w-full max-w-5xl flex-1 content-start items-start gap-6 px-4 py-10 md:grid-cols-2">
        <section className="card p-6 sm:p-8">
          <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
          <p className="mt-3 text-slate-700">{t("intro")}</p>
          <p className="mt-6">
            <Link href="/sign-in" className="btn-primary">
              {t("signIn")}
            </Link>
          </p>
        </section>
        <section className="card p-6 sm:p-8" aria-labelledby="verify-heading">
          <h2 id="verify-heading" className="text-xl font-semibold text-brand-900">
            {t("verifyTitle")}
          </h2>
          <p className="mt-2 text-sm text-slate-700">{t("verifyIntro")}</p>
          <form action="/verify" method="get" className="mt-4 space-y-3">
            <div>
              <label htmlFor="verify-code" className="label">
                {t("verifyLabel")}
              </label>
              <input id="verify-code" name="code" type="text" required autoComplete="off" spellCheck={false} className="input font-mono" />
            </div>
            <button type="submit" className="btn-secondary">
              {t("verifyButton")}
            </button>
          </form>
        </section>
      </main>
    </div>
  );
}
