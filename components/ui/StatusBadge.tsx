type Status = "draft" | "submitted" | "returned" | "issued" | "valid" | "revoked" | "expired";

const statusClass: Record<Status, string> = {
  draft: "bg-slate-100 text-slate-800 ring-slate-300",
  submitted: "bg-blue-50 text-blue-900 ring-blue-300",
  returned: "bg-amber-50 text-amber-900 ring-amber-400",
  issued: "bg-green-50 text-green-900 ring-green-400",
  valid: "bg-green-50 text-green-900 ring-green-500",
  revoked: "bg-red-50 text-red-900 ring-red-400",
  expired: "bg-slate-100 text-slate-800 ring-slate-400",
};

/** Coloured label of an application or certificate status; the text comes from messages. */
export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return (
    <span
      data-status={status}
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${statusClass[status]}`}
    >
      {label}
    </span>
  );
}
