/** The signed-in person on whose behalf a domain operation runs, with the scope it may touch. */
export type Role = "exporter" | "officer" | "admin";

export type Actor = {
  userId: string;
  role: Role;
  /** Set for exporters: the only company whose data they may read or change. */
  companyId: string | null;
  /** Set for officers: the only issuing office they act for. */
  officeId: string | null;
};
