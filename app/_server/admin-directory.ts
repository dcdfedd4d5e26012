import { asc, eq } from "drizzle-orm";
import { companies, offices, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getDb } from "@/lib/server/db";

// NOTE: a read-only listing for the admin shell. It lives here, not in lib/, until user and office
// management gets its own operations; it selects named columns so password hashes never load.

export type OfficeRow = { id: string; code: string; nameEn: string; nameLo: string; province: string; certificationPlace: string };
export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: "exporter" | "officer" | "admin";
  active: boolean;
  companyName: string | null;
  officeName: string | null;
};

/** List issuing offices and user accounts for an administrator. */
export async function loadAdminDirectory(actor: Actor): Promise<{ offices: OfficeRow[]; users: UserRow[] }> {
  if (actor.role !== "admin") throw new AppError("FORBIDDEN");
  const db = await getDb();

  const officeRows = await db
    .select({
      id: offices.id,
      code: offices.code,
      nameEn: offices.nameEn,
      nameLo: offices.nameLo,
      province: offices.province,
      certificationPlace: offices.certificationPlace,
    })
    .from(offices)
    .orderBy(asc(offices.code));

  const userRows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      companyName: companies.nameEn,
      officeName: offices.nameEn,
    })
    .from(users)
    .leftJoin(companies, eq(users.companyId, companies.id))
    .leftJoin(offices, eq(users.officeId, offices.id))
    .orderBy(asc(users.role), asc(users.email));

  return { offices: officeRows, users: userRows };
}
