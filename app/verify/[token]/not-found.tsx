import { getTranslations } from "next-intl/server";

/**
 * Render the 404 page for unknown and malformed tokens alike, without a reason. It is written in
 * both languages because a not-found page cannot read the ?lang parameter.
 */
export default async function CertificateNotFound() {
  const english = await getTranslations({ locale: "en", namespace: "verify" });
  const lao = await getTranslations({ locale: "lo", namespace: "verify" });

  return (
    <main className="mx-auto max-w-xl space-y-8 px-4 py-16 text-center" data-testid="verify-not-found">
      <section lang="en">
        <h1 className="text-2xl font-semibold">{english("notFoundTitle")}</h1>
        <p className="mt-2 text-slate-600">{english("notFoundBody")}</p>
      </section>
      <section lang="lo">
        <h2 className="text-2xl font-semibold">{lao("notFoundTitle")}</h2>
        <p className="mt-2 text-slate-600">{lao("notFoundBody")}</p>
      </section>
    </main>
  );
}
