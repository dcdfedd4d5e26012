import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";

/** A company's products, described once and reused in applications. */
export const products = pgTable("products", {
  id: uuid("id").primaryKey().defaultRandom(),
  companyId: uuid("company_id")
    .notNull()
    .references(() => companies.id),
  nameEn: text("name_en").notNull(),
  nameLo: text("name_lo").notNull(),
  /** HS 2022 subheading, digits only, e.g. "090121". */
  hsCode: text("hs_code").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
