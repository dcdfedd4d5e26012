import { pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { offices } from "./offices";

export const companyStatus = pgEnum("company_status", ["pending", "approved", "suspended"]);

/** Exporter companies. Each belongs to the issuing office that serves its province. */
export const companies = pgTable("companies", {
  id: uuid("id").primaryKey().defaultRandom(),
  officeId: uuid("office_id")
    .notNull()
    .references(() => offices.id),
  nameEn: text("name_en").notNull(),
  nameLo: text("name_lo").notNull(),
  addressEn: text("address_en").notNull(),
  addressLo: text("address_lo").notNull(),
  province: text("province").notNull(),
  taxId: text("tax_id"),
  enterpriseRegistrationNumber: text("enterprise_registration_number"),
  status: companyStatus("status").notNull().default("pending"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
