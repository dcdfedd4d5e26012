import {
  boolean,
  customType,
  date,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { applications, formType } from "./applications";
import { offices } from "./offices";
import { users } from "./users";

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType() {
    return "bytea";
  },
  fromDriver(value) {
    return Buffer.isBuffer(value) ? value : Buffer.from(value);
  },
});

export const certificateStatus = pgEnum("certificate_status", ["valid", "revoked"]);

/** Issued certificates with their signed PDF. A row exists only once the signed PDF is stored. */
export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .unique()
      .references(() => applications.id),
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id),
    formType: formType("form_type").notNull(),
    /** Lao calendar year of the issue date; with the serial it makes the reference number. */
    year: integer("year").notNull(),
    serial: integer("serial").notNull(),
    referenceNumber: text("reference_number").notNull().unique(),
    status: certificateStatus("status").notNull().default("valid"),
    /** Lao calendar date (Asia/Vientiane). */
    issueDate: date("issue_date", { mode: "string" }).notNull(),
    /** Random URL-safe token of the public verification page; not derived from the number. */
    verificationToken: text("verification_token").notNull().unique(),
    pdf: bytea("pdf").notNull(),
    /** Hex SHA-256 of the signed PDF bytes. */
    pdfSha256: text("pdf_sha256").notNull(),
    /** True when signed with the generated development credential (PDF marked SPECIMEN). */
    specimen: boolean("specimen").notNull(),
    issuedBy: uuid("issued_by")
      .notNull()
      .references(() => users.id),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("certificates_office_year_serial_idx").on(table.officeId, table.year, table.serial)],
);

/**
 * Last serial used per issuing office and year. Approvals take the next serial with one
 * INSERT ... ON CONFLICT DO UPDATE ... RETURNING, whose row lock serialises concurrent approvals.
 */
export const referenceCounters = pgTable(
  "reference_counters",
  {
    officeId: uuid("office_id")
      .notNull()
      .references(() => offices.id),
    year: integer("year").notNull(),
    lastSerial: integer("last_serial").notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.year] })],
);

/** PKCS#12 signing credentials kept in the database so that every app instance signs alike. */
export const signingCredentials = pgTable("signing_credentials", {
  id: uuid("id").primaryKey().defaultRandom(),
  p12: bytea("p12").notNull(),
  /** Only set for the generated development credential; production credentials come from the environment. */
  password: text("password").notNull(),
  development: boolean("development").notNull(),
  rootCertificatePem: text("root_certificate_pem"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
