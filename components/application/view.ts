// Pages render the views that the domain operations return; only their types cross into components.
export type { ApplicationItemView, ApplicationView } from "@/lib/applications/get-application";
export type { ApplicationListItem } from "@/lib/applications/list-applications";
export type { ApplicationStatus } from "@/lib/applications/record-status-change";
