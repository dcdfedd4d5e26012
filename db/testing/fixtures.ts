/**
 * Test rows with unique names, so tests sharing one database do not see each other's data.
 * Passwords are not hashed here: users that sign in in a test get a real hash from the caller.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../client";
import { companies, offices, users } from "../schema";

export type TestActor = {
  userId: string;
  role: "exporter" | "officer" | "admin";
  companyId: string | null;
  officeId: string | null;
};

const unique = () => randomBytes(4).toString("hex");

/** Insert an issuing office with a random code such as "T1A2B3C". */
export async function createOffice(db: Db, overrides: Partial<typeof offices.$inferInsert> = {}) {
  const code = `T${unique().toUpperCase()}`;
  const [office] = await db
    .insert(offices)
    .values({
      code,
      nameEn: `Test office ${code}`,
      nameLo: `ຫ້ອງການທົດສອບ ${code}`,
      province: "LA-VT",
      certificationPlace: "VIENTIANE",
      ...overrides,
    })
    .returning();
  return office;
}

export async function createCompany(db: Db, officeId: string, overrides: Partial<typeof companies.$inferInsert> = {}) {
  const suffix = unique();
  const [company] = await db
    .insert(companies)
    .values({
      officeId,
      nameEn: `Test Export Co. ${suffix}`,
      nameLo: `ບໍລິສັດ ທົດສອບ ${suffix}`,
      addressEn: `${suffix} Lane Xang Avenue, Vientiane`,
      addressLo: `${suffix} ຖະໜົນລ້ານຊ້າງ, ວຽງຈັນ`,
      province: "LA-VT",
      status: "approved",
      ...overrides,
    })
    .returning();
  return company;
}

/** Insert a user and return it as the actor that domain operations take. */
export async function createUser(
  db: Db,
  role: TestActor["role"],
  scope: { companyId?: string; officeId?: string } = {},
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<TestActor & { email: string; name: string }> {
  const email = `${role}-${unique()}@test.la`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      passwordHash: "not-a-real-hash",
      name: `Test ${role} ${unique()}`,
      role,
      companyId: scope.companyId ?? null,
      officeId: scope.officeId ?? null,
      ...overrides,
    })
    .returning();
  return { userId: user.id, role: user.role, companyId: user.companyId, officeId: user.officeId, email: user.email, name: user.name };
}

/** Insert an office with one officer, and a company served by it with one exporter. */
export async function createTenant(db: Db) {
  const office = await createOffice(db);
  const company = await createCompany(db, office.id);
  const officer = await createUser(db, "officer", { officeId: office.id });
  const exporter = await createUser(db, "exporter", { companyId: company.id });
  return { office, company, officer, exporter };
}
