import type { StatusHistoryEntry } from "@/lib/applications/get-application";

export type StatusHistoryEvent = {
  kind: "submitted" | "resubmitted" | "returned" | "issued";
  actorName: string;
  reason: string | null;
  createdAt: Date;
};

/**
 * Turn the status history into the events shown to officers and exporters, oldest first. Creating
 * the draft is left out, and a submission after a return is marked as a resubmission.
 */
export function statusHistoryEvents(entries: readonly StatusHistoryEntry[]): StatusHistoryEvent[] {
  const events: StatusHistoryEvent[] = [];
  for (const entry of entries) {
    let kind: StatusHistoryEvent["kind"];
    if (entry.toStatus === "submitted") {
      kind = entry.fromStatus === "returned" ? "resubmitted" : "submitted";
    } else if (entry.toStatus === "returned" || entry.toStatus === "issued") {
      kind = entry.toStatus;
    } else {
      continue;
    }
    events.push({ kind, actorName: entry.actorName, reason: entry.reason, createdAt: entry.createdAt });
  }
  return events;
}
