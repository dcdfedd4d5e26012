import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/app/_server/actor";
import { loadAdminDirectory } from "@/app/_server/admin-directory";
import { StatusBadge } from "@/components/ui/StatusBadge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

/** Read-only list of issuing offices and user accounts. */
export default async function AdminPage() {
  const actor = await requireActor("admin");
  const { offices, users } = await loadAdminDirectory(actor);
  const t = await getTranslations("admin");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const th = "px-4 py-3";
  const td = "px-4 py-2 align-top";

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>

      <section aria-labelledby="offices-heading" className="space-y-3">
        <h2 id="offices-heading" className="text-lg font-semibold text-slate-900">
          {t("offices")}
        </h2>
        <div className="card overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className={th}>{t("columns.code")}</th>
                <th scope="col" className={th}>{t("columns.name")}</th>
                <th scope="col" className={th}>{t("columns.province")}</th>
                <th scope="col" className={th}>{t("columns.certificationPlace")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {offices.length === 0 && (
                <tr>
                  <td colSpan={4} className={`${td} text-slate-600`}>{t("emptyOffices")}</td>
                </tr>
              )}
              {offices.map((office) => (
                <tr key={office.id}>
                  <td className={`${td} font-mono`}>{office.code}</td>
                  <td className={td}>{locale === "lo" ? office.nameLo : office.nameEn}</td>
                  <td className={td}>{office.province}</td>
                  <td className={td}>{office.certificationPlace}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="users-heading" className="space-y-3">
        <h2 id="users-heading" className="text-lg font-semibold text-slate-900">
          {t("users")}
        </h2>
        <div className="card overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className={th}>{t("columns.name")}</th>
                <th scope="col" className={th}>{t("columns.email")}</th>
                <th scope="col" className={th}>{t("columns.role")}</th>
                <th scope="col" className={th}>{t("columns.organisation")}</th>
                <th scope="col" className={th}>{t("columns.state")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {users.length === 0 && (
                <tr>
                  <td colSpan={5} className={`${td} text-slate-600`}>{t("emptyUsers")}</td>
                </tr>
              )}
              {users.map((user) => (
                <tr key={user.id}>
                  <td className={td}>{user.name}</td>
                  <td className={`${td} break-all`}>{user.email}</td>
                  <td className={td}>{tc(`roles.${user.role}`)}</td>
                  <td className={td}>{user.companyName ?? user.officeName ?? "—"}</td>
                  <td className={td}>
                    <StatusBadge status={user.active ? "valid" : "revoked"} label={user.active ? t("active") : t("inactive")} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
