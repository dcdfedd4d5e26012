import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Issuing offices: MOIC and the provincial Divisions of Industry and Commerce. */
export const offices = pgTable("offices", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Short code printed in reference numbers, e.g. "VTE". */
  code: text("code").notNull().unique(),
  nameEn: text("name_en").notNull(),
  nameLo: text("name_lo").notNull(),
  /** ISO 3166-2 subdivision, e.g. "LA-VT". */
  province: text("province").notNull(),
  /** Place printed in Box 12, e.g. "VIENTIANE". */
  certificationPlace: text("certification_place").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
