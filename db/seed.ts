import { sql } from "drizzle-orm";
import type { Db } from "./client";
import { auditEvents, companies, offices, products, users } from "./schema";

/** Password of every demo account. Demo data is refused in production unless explicitly allowed. */
export const DEMO_PASSWORD = "demo-password-1";

export const demoAccounts = {
  officer: "officer@demo.la",
  admin: "admin@demo.la",
  exporter: "exporter@demo.la",
} as const;

export type SeedOptions = {
  hashPassword: (password: string) => Promise<string>;
  /** True when the app runs with NODE_ENV=production. */
  production?: boolean;
  /** Required to seed in production, where demo accounts with a published password are a risk. */
  allowInProduction?: boolean;
};

export type SeedResult = { seeded: boolean };

/** Key of the transaction-level advisory lock that makes concurrent first starts seed only once. */
const SEED_LOCK_KEY = 4242002;

/**
 * Load the demo offices, users, company and products into a database that has no office yet; a
 * database with any office is left untouched. Safe to call from several instances at once.
 *
 * The exporter company is in Pakse (Champasak) but is served by the Vientiane Capital office, so
 * that the single demo officer can decide its applications. The Champasak office exists for scope checks
 * and has no users.
 */
export async function seedDemoData(db: Db, options: SeedOptions): Promise<SeedResult> {
  if (options.production && !options.allowInProduction) {
    throw new Error("Refusing to load demo data in production: set DEMO_DATA=1 explicitly to allow it");
  }
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const existing = await tx.select({ id: offices.id }).from(offices).limit(1);
    if (existing.length > 0) return { seeded: false };

    const [vientiane] = await tx
      .insert(offices)
      .values({
        code: "VTE",
        nameEn: "Department of Industry and Commerce, Vientiane Capital",
        nameLo: "ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ນະຄອນຫຼວງວຽງຈັນ",
        province: "LA-VT",
        certificationPlace: "VIENTIANE",
      })
      .returning({ id: offices.id });
    await tx.insert(offices).values({
      code: "CPS",
      nameEn: "Department of Industry and Commerce, Champasak Province",
      nameLo: "ພະແນກອຸດສາຫະກຳ ແລະ ການຄ້າ ແຂວງຈຳປາສັກ",
      province: "LA-CH",
      certificationPlace: "PAKSE",
    });

    const [company] = await tx
      .insert(companies)
      .values({
        officeId: vientiane.id,
        nameEn: "Nam Kham Coffee Co., Ltd.",
        nameLo: "ບໍລິສັດ ນ້ຳຄຳ ກາເຟ ຈຳກັດ",
        addressEn: "Road 13 South, Pakse District, Champasak Province, Lao PDR",
        addressLo: "ຖະໜົນ 13 ໃຕ້, ເມືອງປາກເຊ, ແຂວງຈຳປາສັກ, ສປປ ລາວ",
        province: "LA-CH",
        status: "approved",
      })
      .returning({ id: companies.id });

    await tx.insert(users).values([
      {
        email: demoAccounts.officer,
        passwordHash,
        name: "Vilayphone Keomany",
        role: "officer",
        officeId: vientiane.id,
        locale: "lo",
      },
      { email: demoAccounts.admin, passwordHash, name: "Demo Administrator", role: "admin", locale: "en" },
      {
        email: demoAccounts.exporter,
        passwordHash,
        name: "Bounmy Phetsavong",
        role: "exporter",
        companyId: company.id,
        locale: "lo",
      },
    ]);

    await tx.insert(products).values([
      { companyId: company.id, nameEn: "Roasted coffee beans, not decaffeinated", nameLo: "ເມັດກາເຟຂົ້ວ", hsCode: "090121" },
      { companyId: company.id, nameEn: "Green coffee beans, not roasted", nameLo: "ເມັດກາເຟດິບ", hsCode: "090111" },
      { companyId: company.id, nameEn: "Instant coffee", nameLo: "ກາເຟສຳເລັດຮູບ", hsCode: "210111" },
    ]);

    await tx.insert(auditEvents).values({
      actorUserId: null,
      action: "demo.seeded",
      entityType: "office",
      entityId: vientiane.id,
      officeId: vientiane.id,
      companyId: company.id,
    });
    return { seeded: true };
  });
}
