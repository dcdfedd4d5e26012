import {
  date,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  index,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { offices } from "./offices";
import { users } from "./users";

export const formType = pgEnum("form_type", ["D"]);

export const applicationStatus = pgEnum("application_status", [
  "draft",
  "submitted",
  "returned",
  "issued",
]);

/** Box 13 ticks of Form D; other forms keep their own keys in the same column. */
export type Box13Flags = {
  thirdCountryInvoicing: boolean;
  exhibition: boolean;
  accumulation: boolean;
  deMinimis: boolean;
  backToBack: boolean;
  issuedRetroactively: boolean;
  partialCumulation: boolean;
};

/**
 * An exporter's application for one certificate of origin, from draft to issue. Nullable columns
 * are filled step by step while the application is a draft; submit validates them all again.
 */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id),
    formType: formType("form_type").notNull().default("D"),
    status: applicationStatus("status").notNull().default("draft"),
    /** Last wizard step the exporter saved, so a draft resumes where it was left. */
    lastStep: integer("last_step").notNull().default(0),

    consigneeName: text("consignee_name"),
    consigneeAddress: text("consignee_address"),
    /** ISO 3166-1 alpha-2 of the importing country. */
    importingCountry: text("importing_country"),

    departureDate: date("departure_date", { mode: "string" }),
    transportMode: text("transport_mode"),
    vehicleOrVessel: text("vehicle_or_vessel"),
    portOfLoading: text("port_of_loading"),
    portOfDischarge: text("port_of_discharge"),

    invoiceNumber: text("invoice_number"),
    invoiceDate: date("invoice_date", { mode: "string" }),
    box13: jsonb("box13").$type<Box13Flags>(),
    thirdCountryInvoicerName: text("third_country_invoicer_name"),
    thirdCountryInvoicerCountry: text("third_country_invoicer_country"),

    declarationPlace: text("declaration_place"),
    declarantName: text("declarant_name"),
    /** Lao calendar date of the exporter's declaration (Box 11). */
    declarationDate: date("declaration_date", { mode: "string" }),

    /** Reason given by the officer the last time the application was returned. */
    returnReason: text("return_reason"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("applications_company_status_idx").on(table.companyId, table.status),
    index("applications_office_status_idx").on(table.officeId, table.status),
  ],
);

/** Goods items of an application (Form D boxes 5 to 9). */
export const applicationItems = pgTable(
  "application_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** Box 5: 1-based position. */
    lineNumber: integer("line_number").notNull(),
    marksAndNumbers: text("marks_and_numbers").notNull(),
    packageCount: integer("package_count").notNull(),
    /** UN/ECE Rec 21 package code, e.g. "XBG". */
    packageKind: text("package_kind").notNull(),
    description: text("description").notNull(),
    /** HS 2022 code, digits only, 6 or 8 digits. */
    hsCode: text("hs_code").notNull(),
    /** Box 8 exactly as printed: "WO", "72%", "CTH", "PC 25%" ... */
    originCriterion: text("origin_criterion").notNull(),
    quantity: numeric("quantity", { precision: 18, scale: 3, mode: "string" }).notNull(),
    /** UN/ECE Rec 20 unit code, e.g. "KGM". */
    quantityUnit: text("quantity_unit").notNull(),
    fobValue: numeric("fob_value", { precision: 18, scale: 2, mode: "string" }),
    fobCurrency: text("fob_currency"),
  },
  (table) => [uniqueIndex("application_items_line_idx").on(table.applicationId, table.lineNumber)],
);

/** Every status change of an application, with who made it and why. */
export const applicationStatusHistory = pgTable(
  "application_status_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    fromStatus: applicationStatus("from_status"),
    toStatus: applicationStatus("to_status").notNull(),
    actorUserId: uuid("actor_user_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("application_status_history_app_idx").on(table.applicationId)],
);
