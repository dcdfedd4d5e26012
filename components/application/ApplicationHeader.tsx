import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { ApplicationStatus } from "./view";

/** Top of a read-only application page: a link back to the list, then the title and status badge. */
export async function ApplicationHeader({
  backHref,
  backLabel,
  title,
  status,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  status: ApplicationStatus;
}) {
  const ts = await getTranslations("status");
  return (
    <>
      <p>
        <Link href={backHref} className="link text-sm">
          ← {backLabel}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <StatusBadge status={status} label={ts(status)} />
      </div>
    </>
  );
}
