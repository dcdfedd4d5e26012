import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/format";
import type { StatusHistoryEntry } from "@/lib/applications/get-application";
import { statusHistoryEvents } from "./status-history-events";

const markerClass = {
  submitted: "bg-brand-700",
  resubmitted: "bg-brand-700",
  returned: "bg-amber-500",
  issued: "bg-green-600",
} as const;

/**
 * Timeline of an application's submissions and decisions, each with who made it and when (in
 * Vientiane time), and the reason of every return. Renders nothing before the first submission.
 */
export async function StatusHistory({ entries }: { entries: readonly StatusHistoryEntry[] }) {
  const events = statusHistoryEvents(entries);
  if (events.length === 0) return null;

  const t = await getTranslations("statusHistory");
  const locale = await getLocale();

  return (
    <section className="card p-5" aria-labelledby="status-history-heading" data-testid="status-history">
      <h2 id="status-history-heading" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <ol className="mt-3 space-y-3">
        {events.map((event, index) => (
          <li key={index} className="flex gap-3 text-sm" data-testid={`history-${event.kind}`}>
            <span className={`mt-1.5 size-2.5 shrink-0 rounded-full ${markerClass[event.kind]}`} aria-hidden="true" />
            <div className="min-w-0">
              <p>
                <span className="font-semibold text-slate-900">{t(`events.${event.kind}`)}</span>
                <span className="text-slate-600">
                  {" · "}
                  <time dateTime={event.createdAt.toISOString()}>{formatInstant(event.createdAt, locale)}</time>
                  {" · "}
                  {t("actor", { name: event.actorName })}
                </span>
              </p>
              {event.reason && (
                <p className="mt-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 whitespace-pre-line text-slate-800">
                  <span className="font-medium">{t("reason")}:</span> {event.reason}
                </p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
