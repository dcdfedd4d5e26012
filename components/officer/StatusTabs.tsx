import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const officerListStatuses = ["submitted", "issued", "returned"] as const;
export type OfficerListStatus = (typeof officerListStatuses)[number];

/** Read the ?status parameter of the officer's list; anything unknown shows the queue. */
export function officerListStatusOf(value: string | undefined): OfficerListStatus {
  return officerListStatuses.find((status) => status === value) ?? "submitted";
}

/** Path of the officer's list of applications in one status. */
export function officerListHref(status: OfficerListStatus): string {
  return status === "submitted" ? "/officer" : `/officer?status=${status}`;
}

/** Links between the officer's lists by status, with the shown one marked as the current page. */
export async function StatusTabs({ current }: { current: OfficerListStatus }) {
  const t = await getTranslations("officerQueue");

  return (
    <nav aria-label={t("tabsLabel")} className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-4">
        {officerListStatuses.map((status) => (
          <li key={status}>
            <Link
              href={officerListHref(status)}
              aria-current={status === current ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-1 py-2 text-sm font-medium whitespace-nowrap text-slate-600 hover:border-slate-300 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {t(`tabs.${status}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
