import { boolean, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { offices } from "./offices";

export const userRole = pgEnum("user_role", ["exporter", "officer", "admin"]);

/**
 * People who sign in. An exporter belongs to one company; an officer to one office; an admin to
 * neither. The password hash is Argon2id and never leaves the server.
 */
export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  name: text("name").notNull(),
  role: userRole("role").notNull(),
  companyId: uuid("company_id").references(() => companies.id),
  officeId: uuid("office_id").references(() => offices.id),
  /** Preferred interface language: "lo" or "en". */
  locale: text("locale").notNull().default("lo"),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
